package org.kafo.server.resource;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kafo.server.access.AccessPolicy;
import org.kafo.server.access.Permission;
import org.kafo.server.api.HistoryEntryView;
import org.kafo.server.api.Page;
import org.kafo.server.api.Paging;
import org.kafo.server.history.History;

/**
 * The history outside any framework: territory, organisations, accounts (created, disabled, enabled,
 * their passwords changed, never a password) and roles in whole communes, oldest first; the
 * administrator's to read. Read only, as a framework's history is.
 */
@Path("history")
@Tag(name = "History")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformHistoryResource {

    @Inject
    AccessPolicy access;

    @Inject
    History history;

    @GET
    @Operation(summary = "Who did what and when outside any framework (the administrator): territory, organisations,"
            + " accounts created, disabled or enabled and their passwords changed (never a password), roles in whole"
            + " communes; oldest first")
    public Page<HistoryEntryView> outsideFrameworks(
            @Parameter(description = "only the entries about this account") @QueryParam("account") String account,
            @BeanParam Paging pages) {
        Page.Request paging = pages.request();
        access.require(Permission.READ_PLATFORM_HISTORY);
        return history.outsideFrameworks(account == null || account.isBlank() ? null : account.strip(), paging);
    }
}
