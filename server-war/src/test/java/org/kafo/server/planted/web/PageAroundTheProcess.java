package org.kafo.server.planted.web;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.kafo.model.Repositories;
import org.kafo.model.need.NeedId;
import org.kafo.rules.process.ConsultationProcess;

/** A page that writes around the process: through an entity manager, a repository's save and a command. */
@Path("planted-page")
public class PageAroundTheProcess {

    EntityManager entities;

    Repositories repositories;

    ConsultationProcess process;

    @POST
    public void withdraw(NeedId id) {
        repositories.needs().save(repositories.needs().get(id));
        entities.flush();
        process.withdrawNeed(null);
    }
}
