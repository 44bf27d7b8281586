package org.kafo.server.access;

import java.util.List;
import java.util.UUID;

/** Who a signed-in request comes from: the account and every role it has been granted. */
public record Identity(String username, String displayName, boolean administrator, List<Grant> grants) {

    public Identity {
        grants = List.copyOf(grants);
    }

    /** The grants that cover one framework of a commune (or the commune itself when framework is null). */
    public List<Grant> grantsIn(UUID commune, UUID framework) {
        return grants.stream().filter(g -> framework == null ? g.commune().equals(commune) : g.covers(commune, framework))
                .toList();
    }
}
