package org.kafo.server.signin;

import org.kafo.model.common.DomainException;

/** What would clash with what is stored (an account name already taken): 409. */
public class ConflictException extends DomainException {

    public ConflictException(String code, String message) {
        super(code, message);
    }
}
