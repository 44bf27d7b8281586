package org.kafo.server.access;

/** The caller has a role here, and that role may not do this: 403. */
public class ForbiddenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }
}
