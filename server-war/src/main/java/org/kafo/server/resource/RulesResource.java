package org.kafo.server.resource;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kafo.rules.RuleBook;
import org.kafo.server.access.AccessPolicy;
import org.kafo.server.access.Caller;
import org.kafo.server.access.Permission;
import org.kafo.server.api.RulesView;

/** {@code GET /api/rules}: the rules every change is judged by, as the configuration chose them. */
@Path("rules")
@Tag(name = "Rules")
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {

    @Inject
    AccessPolicy access;

    @Inject
    Caller caller;

    @Inject
    RuleBook rules;

    @GET
    @Operation(summary = "The rules in force: each with its severity, what it checks (in the Accept-Language, fr or en)"
            + " and its pack; the profile's name and values; anyone signed in")
    public RulesView rules() {
        access.require(Permission.READ_RULES);
        return RulesView.of(rules, caller.locale());
    }
}
