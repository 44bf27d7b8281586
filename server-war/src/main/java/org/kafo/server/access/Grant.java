package org.kafo.server.access;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A role given to an account in the frameworks of one commune: in {@code framework}, or in all the
 * commune's frameworks when it is null. {@code organisation} binds the account to the party it
 * speaks for (a representative's organisation, the officer's municipality).
 */
public record Grant(UUID id, String username, Role role, UUID commune, UUID framework, UUID organisation,
        String grantedBy, OffsetDateTime grantedAt) {

    /** Whether the grant covers {@code framework} of {@code commune}. */
    public boolean covers(UUID commune, UUID framework) {
        return this.commune.equals(commune) && (this.framework == null || this.framework.equals(framework));
    }
}
