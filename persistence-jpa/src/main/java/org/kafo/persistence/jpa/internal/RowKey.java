package org.kafo.persistence.jpa.internal;

import java.io.Serializable;
import java.util.Objects;

/** The key of a row of a list an aggregate holds: the aggregate's id and the row's position. */
public class RowKey implements Serializable {

    private static final long serialVersionUID = 1L;

    String owner;
    int position;

    public RowKey() {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowKey that && position == that.position && Objects.equals(owner, that.owner);
    }

    @Override
    public int hashCode() {
        return Objects.hash(owner, position);
    }
}
