package org.kafo.server.web;

import java.util.List;
import java.util.Map;

/**
 * One form of a page as the template draws it: blank (with the values the page proposes) or as it
 * was sent back, with what was typed, the fields that could not be read, the verdicts that refused
 * it, or what the model said against it. A page may hold several forms of the same name, one per
 * row ({@code key}); ids of fields are made of the form's name, its key and the field's name, so
 * that they stay unique, unless the page's field names are unique by themselves ({@link #plain()}).
 *
 * @param key     the row the form is about (an organisation, an obstacle), empty for a form of the page
 * @param sent    whether it is the form that was sent back
 * @param values  what was typed, by field (several for checkboxes)
 * @param errors  the message key of each field that could not be read
 * @param problem what the model or the accounts refused it for (a name taken), in the reader's words, or null
 * @param bare    whether a field's id is its name alone
 */
public record SentForm(String name, String key, boolean sent, Map<String, List<String>> values,
        Map<String, String> errors, List<VerdictLine> verdicts, String problem, boolean bare) {

    static SentForm blank(String name, String key) {
        return new SentForm(name, key, false, Map.of(), Map.of(), List.of(), null, false);
    }

    /** The same form, its fields' ids their names alone (a page whose field names are unique). */
    public SentForm plain() {
        return new SentForm(name, key, sent, values, errors, verdicts, problem, true);
    }

    /** A field's id in the page. */
    public String id(String field) {
        return bare ? field : key.isEmpty() ? name + "-" + field : name + "-" + key + "-" + field;
    }

    /** What was typed in the field, or, on a blank form, what the page proposes. */
    public String value(String field, Object proposed) {
        if (sent) {
            List<String> typed = values.getOrDefault(field, List.of());
            return typed.isEmpty() || typed.get(0) == null ? "" : typed.get(0);
        }
        return proposed == null ? "" : proposed.toString();
    }

    /** What was typed in the field, or empty. */
    public String value(String field) {
        return value(field, null);
    }

    /** Whether a checkbox or an option is chosen: as sent, or as the page proposes. */
    public boolean checked(String field, String option, boolean proposed) {
        return sent ? values.getOrDefault(field, List.of()).contains(option) : proposed;
    }

    /** Whether a box (of any value) was ticked: as sent, or as the page proposes. */
    public boolean ticked(String field, boolean proposed) {
        return sent ? !value(field).isEmpty() : proposed;
    }

    /** The message key of a field that could not be read, or null. */
    public String error(String field) {
        return errors.get(field);
    }

    /**
     * The key of a field's label on pages that label fields {@code field.<name>}: {@code field.name}
     * for {@code name-<party>} as for {@code name}.
     */
    public static String labelKey(String field) {
        return "field." + field.replaceFirst("-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", "");
    }

    /** Whether it came back refused or unread: a folded form opens again. */
    public boolean failed() {
        return sent && (!errors.isEmpty() || !verdicts.isEmpty() || problem != null);
    }
}
