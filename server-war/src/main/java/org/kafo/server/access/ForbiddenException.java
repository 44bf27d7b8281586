package org.kafo.server.access;

/** The caller has a role here, and that role may not do this: 403. */
public class ForbiddenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Permission operation;

    public ForbiddenException(Permission operation, String message) {
        super(message);
        this.operation = operation;
    }

    public Permission operation() {
        return operation;
    }
}
