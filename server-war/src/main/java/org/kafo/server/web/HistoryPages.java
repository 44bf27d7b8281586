package org.kafo.server.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.server.access.Permission;
import org.kafo.server.api.HistoryEntryView;
import org.kafo.server.api.Page;
import org.kafo.server.history.History;
import org.kafo.server.signin.Accounts;

/**
 * Who did what and when in a framework, newest first, a page at a time, for its parties
 * ({@code READ_HISTORY}, as {@code GET /api/frameworks/{id}/history}); the history outside any
 * framework is the administration's ({@link AdminPages#platformHistory}).
 */
@Path("")
@Produces(Pages.HTML)
public class HistoryPages extends Pages {

    /** Entries on a page. */
    static final int SIZE = 25;

    @Inject
    History history;

    @Inject
    Accounts accounts;

    @GET
    @Path("frameworks/{id}/history")
    public Response framework(@PathParam("id") FrameworkId id, @QueryParam("page") Integer page) {
        ConsultationFramework framework = access.framework(id, Permission.READ_HISTORY);
        Page<HistoryEntryView> entries = history.newestOf(id.value(), Page.Request.at(page, SIZE));
        return page("history.jte", "history.title", "name", framework.name(), "framework", id.value(),
                "entries", lines(entries, visit.texts(), accounts), "at", entries);
    }

    /** The entries of a page as their reader reads them, each account by its name. */
    static List<HistoryLine> lines(Page<HistoryEntryView> entries, Texts texts, Accounts accounts) {
        Map<String, String> names = new HashMap<>();
        return entries.items().stream().map(entry -> HistoryLine.of(entry, texts, username -> username == null ? "—"
                : names.computeIfAbsent(username, u -> accounts.account(u).map(Accounts.Account::displayName).orElse(u))))
                .toList();
    }
}
