package org.kafo.server.signin;

import org.kafo.model.common.DomainException;

/** No account, or no such grant of an account: 404. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object key) {
        super(what + ".not-found", what + " " + key + " does not exist");
    }
}
