package org.kafo.server.planted;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.kafo.model.Repositories;
import org.kafo.model.framework.FrameworkId;

/** What the architecture test must catch: a resource that answers without asking the access policy. */
@Path("unguarded")
public class UnguardedResource {

    Repositories repositories;

    @GET
    public Object framework(String id) {
        return repositories.frameworks().get(FrameworkId.of(id));
    }
}
