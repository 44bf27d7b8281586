package org.kafo.model.common;

/** A failure of the domain that a caller can handle: every one carries a stable code. */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable, machine-readable code such as {@code money.negative}. */
    public String code() {
        return code;
    }
}
