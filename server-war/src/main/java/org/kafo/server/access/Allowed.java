package org.kafo.server.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the signed-in account's grants let it do in one framework, for a page that shows only the
 * buttons its reader may use. It decides nothing: the request that follows the button still asks
 * the {@link AccessPolicy}, which records its decision.
 */
public final class Allowed {

    private final boolean administrator;
    private final List<Grant> grants;

    Allowed(boolean administrator, List<Grant> grants) {
        this.administrator = administrator;
        this.grants = List.copyOf(grants);
    }

    /** Whether the account may do it for some party: any party, or its own organisation. */
    public boolean may(Permission operation) {
        return forAnyParty(operation) || !organisations(operation).isEmpty();
    }

    /** Whether the account may do it whichever party it concerns. */
    public boolean forAnyParty(Permission operation) {
        return (administrator && operation.administrator())
                || grants.stream().anyMatch(g -> operation.anyParty().contains(g.role()));
    }

    /** Whether the account may do it for that organisation. */
    public boolean mayFor(Permission operation, UUID organisation) {
        return forAnyParty(operation) || organisations(operation).contains(organisation);
    }

    /** The organisations the account may do it for as their own (none for the roles that may for any). */
    public Set<UUID> organisations(Permission operation) {
        return grants.stream().filter(g -> operation.ownOrganisation().contains(g.role()) && g.organisation() != null)
                .map(Grant::organisation).collect(Collectors.toUnmodifiableSet());
    }
}
