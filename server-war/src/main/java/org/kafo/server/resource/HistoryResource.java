package org.kafo.server.resource;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kafo.model.framework.FrameworkId;
import org.kafo.server.access.AccessPolicy;
import org.kafo.server.access.Permission;
import org.kafo.server.api.HistoryEntryView;
import org.kafo.server.api.Page;
import org.kafo.server.api.Paging;
import org.kafo.server.history.History;

/**
 * A framework's history: every accepted command, oldest first. Read only: there is no way to change it.
 * What happened outside any framework is {@link PlatformHistoryResource}'s.
 */
@Path("frameworks/{framework}/history")
@Tag(name = "History")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    @Inject
    AccessPolicy access;

    @Inject
    History history;

    @GET
    @Operation(summary = "Who did what and when in the framework: each accepted command with its request and events, oldest first")
    public Page<HistoryEntryView> history(@PathParam("framework") FrameworkId framework, @BeanParam Paging pages) {
        Page.Request paging = pages.request();
        access.framework(framework, Permission.READ_HISTORY);
        return history.of(framework.value(), paging);
    }
}
