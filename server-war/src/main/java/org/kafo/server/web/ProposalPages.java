package org.kafo.server.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.CommuneId;
import org.kafo.rules.command.ProposeFramework;
import org.kafo.rules.process.Outcome;
import org.kafo.server.access.Grant;
import org.kafo.server.access.Identity;
import org.kafo.server.access.Permission;
import org.kafo.server.write.Precondition;

/**
 * A commune officer proposes a framework for two or three priority sectors (EST-2), in one of the
 * communes their grants cover; accepted, the framework's members page follows, for its admissions.
 */
@Path("frameworks/new")
@Produces(Pages.HTML)
public class ProposalPages extends FrameworkLifePages {

    @GET
    public Response form() {
        access.signedIn();
        return render(200, Sent.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(MultivaluedMap<String, String> form) {
        FormInput input = new FormInput();
        UUID commune = input.id("commune", first(form, "commune"), true);
        String name = input.required("name", first(form, "name"));
        LocalDate on = input.date("on", first(form, "on"), true);
        List<Sector> sectors = all(form, "sectors").stream().map(Sector::of).toList();
        if (commune == null) {
            access.signedIn();
            return render(400, Sent.of("propose", null, form, input, List.of()));
        }
        access.commune(new CommuneId(commune), Permission.PROPOSE_FRAMEWORK, null);
        return send("propose", null, form, input, Precondition.NONE,
                () -> new ProposeFramework(new CommuneId(commune), name, sectors, on),
                (Outcome<ConsultationFramework> outcome) -> seeOther("/frameworks/" + outcome.result().id().value()
                        + "/members?done=proposal.done" + warned(outcome)),
                this::render);
    }

    private Response render(int status, Sent sent) {
        Identity who = access.signedIn();
        List<Commune> communes = who.grants().stream()
                .filter(g -> Permission.PROPOSE_FRAMEWORK.anyParty().contains(g.role()))
                .map(Grant::commune).distinct()
                .map(c -> repositories.communes().find(new CommuneId(c)).orElse(null))
                .filter(c -> c != null).sorted(Comparator.comparing(Commune::name)).toList();
        List<String> sectors = rules.sectors(visit.texts().locale()).stream().map(Sector::code).toList();
        return page(status, "propose.jte", "proposal.title", "communes", communes, "sectors", sectors,
                "f", sent.form("propose"), "today", LocalDate.now());
    }
}
