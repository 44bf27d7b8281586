package org.kafo.server.access;

import java.util.List;

/** The caller has a role here, and that role may not do this: 403. */
public class ForbiddenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient List<Object> values;

    public ForbiddenException(String message) {
        this("access.forbidden", message);
    }

    /**
     * @param code   what is refused, for the problem's detail in the caller's language ({@code access.no-role})
     * @param values what the detail names, in its order (roles, the operation)
     */
    public ForbiddenException(String code, String message, Object... values) {
        super(message);
        this.code = code;
        this.values = List.of(values);
    }

    public String code() {
        return code;
    }

    public List<Object> values() {
        return values == null ? List.of() : values;
    }
}
