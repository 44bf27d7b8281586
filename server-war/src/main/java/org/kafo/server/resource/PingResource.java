package org.kafo.server.resource;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kafo.server.access.Public;

/**
 * {@code GET /api/ping}: the API answers, and nothing else is asked of it (no database, no rules). The
 * benchmarks take it as the cost of a bare JAX-RS request; it stays public, with no credentials.
 */
@Path("ping")
@Public
@Tag(name = "Service", description = "The API itself")
public class PingResource {

    static final String PONG = "pong";

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Answers pong, touching neither the database nor the rules; public")
    @SecurityRequirements
    @APIResponse(responseCode = "200", description = "The API answers",
            content = @Content(mediaType = MediaType.TEXT_PLAIN,
                    schema = @Schema(implementation = String.class, example = PONG)))
    public String ping() {
        return PONG;
    }
}
