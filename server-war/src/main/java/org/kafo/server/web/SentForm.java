package org.kafo.server.web;

import java.util.List;
import java.util.Map;

/**
 * One form of a page as the template draws it: blank (with the values the page proposes) or as it
 * was sent back, with what was typed, the fields that could not be read and the verdicts that
 * refused it. A page may hold several forms of the same name, one per row ({@code key}); ids of
 * fields are made of the form's name, its key and the field's name, so that they stay unique.
 *
 * @param key    the row the form is about (an organisation, an obstacle), empty for a form of the page
 * @param sent   whether it is the form that was sent back
 * @param values what was typed, by field (several for checkboxes)
 * @param errors the message key of each field that could not be read
 */
public record SentForm(String name, String key, boolean sent, Map<String, List<String>> values,
        Map<String, String> errors, List<VerdictLine> verdicts) {

    static SentForm blank(String name, String key) {
        return new SentForm(name, key, false, Map.of(), Map.of(), List.of());
    }

    /** A field's id in the page. */
    public String id(String field) {
        return key.isEmpty() ? name + "-" + field : name + "-" + key + "-" + field;
    }

    /** What was typed in the field, or, on a blank form, what the page proposes. */
    public String value(String field, Object proposed) {
        if (sent) {
            List<String> typed = values.getOrDefault(field, List.of());
            return typed.isEmpty() ? "" : typed.get(0);
        }
        return proposed == null ? "" : proposed.toString();
    }

    /** Whether a checkbox or an option is chosen: as sent, or as the page proposes. */
    public boolean checked(String field, String option, boolean proposed) {
        return sent ? values.getOrDefault(field, List.of()).contains(option) : proposed;
    }

    /** The message key of a field that could not be read, or null. */
    public String error(String field) {
        return errors.get(field);
    }

    /** Whether it came back refused or unread: a folded form opens again. */
    public boolean failed() {
        return sent && (!errors.isEmpty() || !verdicts.isEmpty());
    }
}
