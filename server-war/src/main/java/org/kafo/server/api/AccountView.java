package org.kafo.server.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An account: its name, whether it administers the platform, whether it may sign in (the
 * administrator disables and enables it), the language its holder chose for the web pages
 * ({@code fr}, {@code en}; absent until chosen), and its roles in communes' frameworks.
 */
@Schema(name = "Account")
public record AccountView(String username, String displayName, boolean administrator, boolean enabled,
        OffsetDateTime createdAt, @Schema(enumeration = {"fr", "en"}) String language, List<GrantView> grants) {

    /** A role in the frameworks of a commune: in one framework, or in all of them when framework is absent. */
    @Schema(name = "Grant")
    public record GrantView(UUID id, String role, UUID commune, UUID framework, UUID organisation, String grantedBy,
            OffsetDateTime grantedAt) {
    }
}
