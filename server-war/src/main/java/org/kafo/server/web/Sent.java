package org.kafo.server.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form a page was sent back with, if any: the page draws every other form blank and this one
 * as it was typed, with its errors, its verdicts or the model's word against it. Every page that
 * shows a form again draws it from here ({@link SentForm}, the templates {@code sentformerrors} and
 * {@code sentfielderror}).
 */
public final class Sent {

    private static final Sent NONE = new Sent(null);

    private final SentForm form;

    private Sent(SentForm form) {
        this.form = form;
    }

    /** A page shown afresh: every form blank. */
    public static Sent none() {
        return NONE;
    }

    /** A form sent back: what was typed, what could not be read, what the rules said. */
    public static Sent of(String name, Object key, Map<String, List<String>> typed, FormInput input,
            List<VerdictLine> verdicts) {
        return of(name, key, typed, input.errors(), verdicts, null);
    }

    /** A form the model or the accounts refused: what was typed, and why, in the reader's words. */
    public static Sent refused(String name, Object key, Map<String, List<String>> typed, String problem) {
        return of(name, key, typed, Map.of(), List.of(), problem);
    }

    private static Sent of(String name, Object key, Map<String, List<String>> typed, Map<String, String> errors,
            List<VerdictLine> verdicts, String problem) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        typed.forEach((field, list) -> {
            if (!field.equals("csrf") && list != null) {
                values.put(field, list.stream().map(v -> v == null ? "" : v).toList());
            }
        });
        return new Sent(new SentForm(name, key == null ? "" : key.toString(), true, values, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors)),
                List.copyOf(verdicts), problem, false));
    }

    /** The form of that name. */
    public SentForm form(String name) {
        return form(name, "");
    }

    /** The form of that name for that row. */
    public SentForm form(String name, Object key) {
        String row = key == null ? "" : key.toString();
        return form != null && form.name().equals(name) && form.key().equals(row) ? form : SentForm.blank(name, row);
    }

    /** The form that was sent back, whichever it is, or null on a page shown afresh. */
    public SentForm sent() {
        return form;
    }
}
