package org.kafo.server.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form a page was sent back with, if any: the page draws every other form blank and this one
 * as it was typed, with its errors or verdicts.
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
    public static Sent of(String name, Object key, MultivaluedMap<String, String> typed, FormInput input,
            List<VerdictLine> verdicts) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        typed.forEach((field, list) -> {
            if (!field.equals("csrf")) {
                values.put(field, List.copyOf(list));
            }
        });
        return new Sent(new SentForm(name, key == null ? "" : key.toString(), true, values, input.errors(),
                List.copyOf(verdicts)));
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
}
