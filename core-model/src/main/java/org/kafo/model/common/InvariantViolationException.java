package org.kafo.model.common;

import java.util.List;

/**
 * A structural invariant of the model was broken by the caller: a required value missing, money
 * negative, dates out of order, a command that the aggregate's state does not allow. Policy
 * (plan length, quorum, who may own what) is never checked here but by the rule book.
 */
public final class InvariantViolationException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<Object> values;

    public InvariantViolationException(String code, String message) {
        this(code, message, new Object[0]);
    }

    /**
     * @param values what the message names, in its order, for a reader to word the failure in its
     *               own language by its code (the field's name, the limit, the value given, ...)
     */
    public InvariantViolationException(String code, String message, Object... values) {
        super(code, message);
        this.values = List.of(values);
    }

    /** What the message names, in its order; empty when the code says it all. */
    public List<Object> values() {
        return values == null ? List.of() : values;
    }
}
