package org.kafo.server.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kafo.model.Repositories;
import org.kafo.model.committee.ObstacleStatus;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.indicator.TotalsQueries;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.rules.command.FollowUp;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.server.access.Permission;
import org.kafo.server.api.CommitteeView;
import org.kafo.server.api.FrameworkView;
import org.kafo.server.api.IndicatorsView;
import org.kafo.server.api.MeetingView;
import org.kafo.server.api.MembershipView;
import org.kafo.server.api.PlanView;

/**
 * The frameworks the signed-in account's grants let it see (with the way to propose one, for a role
 * that may), and a framework's cockpit: read through the access policy, the repositories and the
 * process, as the API reads them.
 */
@Path("")
@Produces(Pages.HTML)
public class FrameworkPages extends Pages {

    @Inject
    Repositories repositories;

    @Inject
    ConsultationProcess process;

    @Inject
    TotalsQueries totals;


    @GET
    public Response myFrameworks() {
        boolean mayPropose = access.signedIn().grants().stream()
                .anyMatch(g -> Permission.PROPOSE_FRAMEWORK.anyParty().contains(g.role()));
        List<FrameworkView> frameworks = repositories.frameworks().findAll().stream()
                .filter(access::sees)
                .sorted(Comparator.comparing(ConsultationFramework::name))
                .map(FrameworkView::of)
                .toList();
        return page("frameworks.jte", "frameworks.title", "frameworks", frameworks, "mayPropose", mayPropose);
    }

    @GET
    @Path("frameworks/{id}")
    public Response cockpit(@PathParam("id") FrameworkId id) {
        ConsultationFramework framework = access.framework(id, Permission.READ_FRAMEWORK);
        LocalDate today = LocalDate.now();
        FrameworkView view = FrameworkView.of(framework, writes.views(process.followUp(new FollowUp(id, today))));
        List<MembershipView> members = framework.memberships().stream().filter(m -> m.isCurrent())
                .map(MembershipView::of).toList();
        MeetingView next = repositories.meetings().findByFramework(id).stream()
                .filter(m -> m.status() == MeetingStatus.PLANNED || m.status() == MeetingStatus.CONVENED)
                .min(Comparator.comparing(Meeting::sequence))
                .map(m -> MeetingView.of(m, rules, visit.texts().locale())).orElse(null);
        PlanView plan = repositories.plans().findInForce(id).stream().findFirst().map(PlanView::of).orElse(null);
        List<CommitteeView.ObstacleValue> obstacles = repositories.committees().findByFramework(id).stream()
                .flatMap(c -> c.obstacles().stream()).filter(o -> o.status() != ObstacleStatus.RESOLVED)
                .map(CommitteeView.ObstacleValue::of).toList();
        IndicatorsView indicators = IndicatorsView.of(totals.ofFramework(id, today));
        Set<UUID> mentioned = new HashSet<>();
        members.forEach(m -> mentioned.add(m.organisation()));
        if (plan != null) {
            plan.actions().forEach(a -> mentioned.add(a.responsible()));
        }
        mentioned.remove(null);
        Map<UUID, String> names = repositories.organisations()
                .findAll(mentioned.stream().map(OrganisationId::new).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(o -> o.id().value(), Organisation::name, (a, b) -> a));
        return page("cockpit.jte", "cockpit.title", "c",
                new Cockpit(view, members, next, plan, obstacles, indicators, names, today));
    }
}
