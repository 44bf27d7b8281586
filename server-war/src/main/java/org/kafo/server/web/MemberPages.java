package org.kafo.server.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.framework.Membership;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.rules.command.AdmitMember;
import org.kafo.rules.command.ChangeRepresentatives;
import org.kafo.rules.command.Command;
import org.kafo.rules.command.EndMembership;
import org.kafo.server.access.Permission;
import org.kafo.server.api.FrameworkView;
import org.kafo.server.api.MembershipView;

/**
 * A framework's members, current and past, with their sectors and representatives: the commune
 * officer admits an organisation and ends a membership; the officer, or a representative for their
 * own organisation, changes its representatives.
 */
@Path("frameworks/{id}/members")
@Produces(Pages.HTML)
public class MemberPages extends FrameworkLifePages {

    @GET
    public Response members(@PathParam("id") FrameworkId id, @QueryParam("done") String done,
            @QueryParam("warned") String warned) {
        return render(200, access.framework(id, Permission.READ_FRAMEWORK), Sent.none(), done, warnings(warned));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response admit(@PathParam("id") FrameworkId id, MultivaluedMap<String, String> form) {
        ConsultationFramework framework = access.framework(id, Permission.ADMIT_MEMBER);
        FormInput input = new FormInput();
        UUID organisation = input.id("organisation", first(form, "organisation"), true);
        List<Person> representatives = representatives(input, form);
        LocalDate from = input.date("from", first(form, "from"), true);
        List<Sector> sectors = all(form, "sectors").stream().map(Sector::of).toList();
        return run(framework, "admit", null, form, input, () -> new AdmitMember(id,
                new OrganisationId(organisation), sectors, representatives, from), "members.admitted");
    }

    @POST
    @Path("{organisation}/departure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response endMembership(@PathParam("id") FrameworkId id, @PathParam("organisation") OrganisationId organisation,
            MultivaluedMap<String, String> form) {
        ConsultationFramework framework = access.framework(id, Permission.END_MEMBERSHIP);
        FormInput input = new FormInput();
        LocalDate lastDay = input.date("lastDay", first(form, "lastDay"), true);
        String reason = FormInput.optional(first(form, "reason"));
        return run(framework, "end", organisation.value(), form, input,
                () -> new EndMembership(id, organisation, lastDay, reason), "members.ended");
    }

    @POST
    @Path("{organisation}/representatives")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeRepresentatives(@PathParam("id") FrameworkId id,
            @PathParam("organisation") OrganisationId organisation, MultivaluedMap<String, String> form) {
        ConsultationFramework framework = access.framework(id, Permission.CHANGE_REPRESENTATIVES, organisation);
        FormInput input = new FormInput();
        List<Person> representatives = representatives(input, form);
        LocalDate on = input.date("on", first(form, "on"), true);
        return run(framework, "representatives", organisation.value(), form, input,
                () -> new ChangeRepresentatives(id, organisation, representatives, on), "members.representatives-changed");
    }

    private Response run(ConsultationFramework framework, String name, UUID key, MultivaluedMap<String, String> form,
            FormInput input, Supplier<Command> command, String done) {
        return run(frameworkAt(form, framework.id()), name, key, form, input, command,
                "/frameworks/" + framework.id().value() + "/members", done,
                (status, sent) -> render(status, framework, sent, null, List.of()));
    }

    /** Up to two representatives: the first one required, the second if typed. */
    private static List<Person> representatives(FormInput input, MultivaluedMap<String, String> form) {
        List<Person> people = new ArrayList<>();
        Person first = person(input, form, "1", true);
        Person second = person(input, form, "2", false);
        if (first != null) {
            people.add(first);
        }
        if (second != null) {
            people.add(second);
        }
        return people;
    }

    private Response render(int status, ConsultationFramework framework, Sent sent, String done, List<VerdictLine> warned) {
        List<MembershipView> current = framework.memberships().stream().filter(Membership::isCurrent)
                .map(MembershipView::of).toList();
        List<MembershipView> past = framework.memberships().stream().filter(m -> !m.isCurrent())
                .sorted(Comparator.comparing((Membership m) -> m.effective().from()).reversed())
                .map(MembershipView::of).toList();
        Set<UUID> mentioned = framework.memberships().stream().map(m -> m.organisation().value())
                .collect(Collectors.toSet());
        Map<UUID, String> names = new LinkedHashMap<>(names(mentioned));
        List<Organisation> candidates = candidates(framework);
        candidates.forEach(o -> names.put(o.id().value(), o.name()));
        boolean changeable = framework.status() != FrameworkStatus.SUSPENDED
                && framework.status() != FrameworkStatus.DISSOLVED;
        return page(status, "members.jte", "members.title", "f", FrameworkView.of(framework), "current", current,
                "past", past, "names", names, "candidates", candidates, "allowed", access.allowed(framework),
                "changeable", changeable, "sent", sent, "done", done, "warned", warned, "today", LocalDate.now());
    }

    /**
     * The organisations that may be admitted: the commune's, and those of no commune (programmes,
     * partners, NGOs), less the current members.
     */
    private List<Organisation> candidates(ConsultationFramework framework) {
        Set<OrganisationId> current = framework.currentMembers().stream().map(Membership::organisation)
                .collect(Collectors.toSet());
        List<Organisation> found = new ArrayList<>(repositories.organisations().findByCommune(framework.commune()));
        found.addAll(repositories.organisations().findOutsideCommunes());
        return found.stream().filter(o -> !current.contains(o.id())).distinct()
                .sorted(Comparator.comparing(Organisation::name)).toList();
    }
}
