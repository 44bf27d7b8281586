package org.kafo.persistence.jpa;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.common.Money;
import org.kafo.model.common.Period;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sector;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.PlanId;

/** The plans and committees of a framework that the repository tests store, as small as the model allows. */
final class Fixtures {

    static final LocalDate DAY = LocalDate.of(2009, 1, 15);
    static final Sector IRRIGATION = Sector.of("small-scale-irrigation");

    private Fixtures() {
    }

    /** The three-month plan of {@code cycle}, starting {@code cycle - 1} quarters after {@link #DAY}, with one action. */
    static ActionPlan plan(FrameworkId framework, int cycle, PlanId previous, MeetingId adoptedAt) {
        LocalDate start = DAY.plusMonths(3L * (cycle - 1));
        return ActionPlan.adopt(framework, cycle, previous, Period.ofMonths(start, 3), adoptedAt, start,
                List.of(ActionSpec.of("Réhabiliter le canal", IRRIGATION, ActionKind.INFRASTRUCTURE,
                        OrganisationId.newId(), start.plusMonths(2), Money.xof(4_000_000), List.of())));
    }

    /** A committee of one member, installed on {@link #DAY} to follow {@code plan}. */
    static MonitoringCommittee committee(FrameworkId framework, MeetingId installedAt, PlanId plan) {
        return MonitoringCommittee.install(framework, installedAt, DAY,
                List.of(CommitteeMember.from(DAY, OrganisationId.newId(), PartyCategory.MUNICIPALITY,
                        new Person("Awa Traoré", Sex.FEMALE, false, "secrétaire générale"))),
                "Suivi du plan d'action", List.of("Vérifier l'avancement"), Period.ofMonths(DAY, 3), plan);
    }
}
