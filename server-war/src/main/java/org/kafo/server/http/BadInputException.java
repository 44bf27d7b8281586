package org.kafo.server.http;

import java.util.Arrays;

/**
 * A request the server refuses before the process sees it: a body that is not the strict JSON of its
 * type, or a path or query parameter of the wrong form. Answered with 400 and a detail in the
 * caller's language ({@link org.kafo.server.problem.Messages}); the facts it carries are already cut to
 * {@link #MAX_ECHO} characters, so that no detail echoes more of the input than that.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** At most this many characters of what the client sent appear in a detail. */
    public static final int MAX_ECHO = 200;

    private final String code;
    private final String messageKey;
    private final transient Object[] facts;

    /**
     * @param code       the problem's stable code, {@code json.type} or {@code param.invalid}
     * @param messageKey the key of the detail in {@link org.kafo.server.problem.Messages}
     * @param facts      the detail's facts, each cut to {@link #MAX_ECHO} characters here
     */
    public BadInputException(String code, String messageKey, Object... facts) {
        super(code + " " + messageKey, null, false, false);
        this.code = code;
        this.messageKey = messageKey;
        this.facts = Arrays.stream(facts).map(BadInputException::echo).toArray();
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] facts() {
        return facts.clone();
    }

    /** Client input as a detail may show it: at most {@link #MAX_ECHO} characters, marked when cut. */
    public static String echo(Object value) {
        String text = String.valueOf(value);
        if (text.length() <= MAX_ECHO) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_ECHO - 1)) ? MAX_ECHO - 1 : MAX_ECHO;
        return text.substring(0, end) + "…";
    }
}
