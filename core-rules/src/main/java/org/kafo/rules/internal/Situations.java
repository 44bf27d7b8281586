package org.kafo.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kafo.model.Repositories;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.Membership;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.need.Need;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.CostShare;
import org.kafo.rules.Situation;

/**
 * Loads what the rules see of a framework through the repository ports: the framework, its needs,
 * meetings, plans and committee, and every organisation they name (members past and current, those
 * who raised needs, own or pay for actions, attended meetings or sit on the committee). The
 * process's and the indicators' own: the module does not export it.
 */
public final class Situations {

    private final Repositories repositories;

    public Situations(Repositories repositories) {
        this.repositories = Objects.requireNonNull(repositories, "repositories are required");
    }

    /**
     * The situation of a framework as it is stored now.
     *
     * @throws org.kafo.model.common.AggregateNotFoundException if there is no such framework
     */
    public Situation of(FrameworkId framework) {
        Objects.requireNonNull(framework, "framework is required");
        return of(repositories.frameworks().get(framework), List.of());
    }

    /**
     * The situation of a loaded framework, with the organisations a command names besides.
     *
     * @throws org.kafo.model.common.AggregateNotFoundException if one of {@code involved} does not exist
     */
    public Situation of(ConsultationFramework framework, Collection<OrganisationId> involved) {
        FrameworkId id = framework.id();
        List<Need> needs = repositories.needs().findByFramework(id);
        List<Meeting> meetings = repositories.meetings().findByFramework(id);
        List<ActionPlan> plans = repositories.plans().findByFramework(id);
        MonitoringCommittee committee = repositories.committees().findByFramework(id).orElse(null);

        Set<OrganisationId> named = new LinkedHashSet<>(involved);
        framework.memberships().stream().map(Membership::organisation).forEach(named::add);
        needs.stream().map(Need::raisedBy).forEach(named::add);
        for (Meeting meeting : meetings) {
            meeting.convocation().ifPresent(c -> {
                named.add(c.issuedBy());
                named.addAll(c.invitees());
            });
            meeting.attendance().stream().map(Attendance::organisation).forEach(named::add);
        }
        for (ActionPlan plan : plans) {
            for (Action action : plan.actions()) {
                named.add(action.responsible());
                action.costShares().stream().map(CostShare::party).forEach(named::add);
            }
        }
        if (committee != null) {
            committee.members().stream().map(CommitteeMember::organisation).forEach(named::add);
        }
        List<Organisation> organisations = new ArrayList<>(repositories.organisations().findAll(named));
        Set<OrganisationId> found = new LinkedHashSet<>();
        organisations.forEach(o -> found.add(o.id()));
        for (OrganisationId wanted : involved) {
            if (found.add(wanted)) {
                organisations.add(repositories.organisations().get(wanted));
            }
        }
        return Situation.of(framework).organisations(organisations).needs(needs).meetings(meetings).plans(plans)
                .committee(committee).build();
    }
}
