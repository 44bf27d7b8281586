package org.kafo.server.planted;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.kafo.model.Repositories;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.Membership;
import org.kafo.server.access.AccessPolicy;
import org.kafo.server.access.Permission;

/** What the architecture test must catch: a list filtered by a framework that only asks whether the caller is signed in. */
@Path("unfiltered")
public class UnfilteredList {

    AccessPolicy access;

    Repositories repositories;

    @GET
    public List<Membership> members(@QueryParam("framework") String framework) {
        access.require(Permission.READ_DIRECTORY);
        return repositories.frameworks().get(FrameworkId.of(framework)).memberships();
    }
}
