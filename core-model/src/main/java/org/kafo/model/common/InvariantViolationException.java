package org.kafo.model.common;

/**
 * A structural invariant of the model was broken by the caller: a required value missing, money
 * negative, dates out of order, a command that the aggregate's state does not allow. Policy
 * (plan length, quorum, who may own what) is never checked here but by the rule book.
 */
public final class InvariantViolationException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvariantViolationException(String code, String message) {
        super(code, message);
    }
}
