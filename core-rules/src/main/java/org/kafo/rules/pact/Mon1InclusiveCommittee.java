package org.kafo.rules.pact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.ActionPlan;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.ConveneMeeting;
import org.kafo.rules.command.InstallCommittee;
import org.kafo.rules.command.RemoveCommitteeMember;

/**
 * MON-1: after a plan is adopted, the framework installs an inclusive monitoring committee: the
 * municipality and the professional organisations of each priority sector at least. "The
 * consultation framework group then moves to install an inclusive monitoring committee to oversee
 * the implementation of the action plan."
 *
 * <p>On {@link InstallCommittee}, blocking when:
 * <ul>
 *   <li>no plan is in force ({@code MON-1.no-plan-in-force}): a committee oversees a plan;</li>
 *   <li>the framework already has its committee ({@code MON-1.already-installed}): there is one
 *       per framework, whose members and mandate then evolve;</li>
 *   <li>the installing meeting is not a meeting of the framework
 *       ({@code MON-1.meeting-unknown}) or was not held ({@code MON-1.meeting-not-held});</li>
 *   <li>no member sits for the municipality ({@code MON-1.no-municipality});</li>
 *   <li>a priority sector has no member sitting for a professional organisation whose current
 *       framework membership represents it ({@code MON-1.sector-unrepresented}, per sector).</li>
 * </ul>
 * Only the committee members current from installation count (those given with a last day do not).
 *
 * <p>On {@link ConveneMeeting}, a warning when a plan is in force and no committee is installed
 * ({@code MON-1.no-committee}): the next meeting should install it.
 *
 * <p>On {@link RemoveCommitteeMember}, the committee stays inclusive once installed: blocking when the
 * person is the last member sitting for the municipality ({@code MON-1.municipality-leaving}) or the
 * last sitting for the professional organisations of a priority sector the committee represents
 * ({@code MON-1.last-of-sector-leaving}, per sector). Another member joins first, then this one leaves.
 */
public final class Mon1InclusiveCommittee {

    public static final String ID = "MON-1";

    private Mon1InclusiveCommittee() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID)
                .on(InstallCommittee.class, Mon1InclusiveCommittee::onInstallation)
                .on(ConveneMeeting.class, Mon1InclusiveCommittee::onConvocation)
                .on(RemoveCommitteeMember.class, Mon1InclusiveCommittee::onDeparture)
                .build();
    }

    private static List<Verdict> onInstallation(InstallCommittee command, Situation situation, RuleProfile profile) {
        ConsultationFramework framework = situation.framework();
        List<Verdict> verdicts = new ArrayList<>();
        if (situation.planInForce().isEmpty()) {
            verdicts.add(Verdict.blocking(ID, ID + ".no-plan-in-force", "framework", framework.name(),
                    "frameworkId", framework.id()));
        }
        situation.committee().ifPresent(committee -> verdicts.add(Verdict.blocking(ID, ID + ".already-installed",
                "framework", framework.name(), "frameworkId", framework.id(), "committeeId", committee.id(),
                "installedOn", committee.installedOn())));
        DecidingMeeting.refusal(ID, command.meeting(), situation).ifPresent(verdicts::add);
        List<CommitteeMember> members = command.members().stream().filter(CommitteeMember::isCurrent).toList();
        if (members.stream().noneMatch(m -> m.category() == PartyCategory.MUNICIPALITY)) {
            verdicts.add(Verdict.blocking(ID, ID + ".no-municipality", "framework", framework.name(),
                    "frameworkId", framework.id()));
        }
        for (Sector sector : framework.prioritySectors()) {
            boolean represented = members.stream()
                    .filter(m -> m.category() == PartyCategory.PROFESSIONAL_ORGANISATION)
                    .anyMatch(m -> framework.currentMembership(m.organisation())
                            .filter(membership -> membership.represents(sector)).isPresent());
            if (!represented) {
                verdicts.add(Verdict.blocking(ID, ID + ".sector-unrepresented", "framework", framework.name(),
                        "frameworkId", framework.id(),
                        "sector", sector));
            }
        }
        return verdicts;
    }

    private static List<Verdict> onDeparture(RemoveCommitteeMember command, Situation situation,
            RuleProfile profile) {
        Optional<MonitoringCommittee> committee = situation.committee();
        Optional<CommitteeMember> leaving = committee.flatMap(c -> c.currentSeat(command.organisation(),
                command.person()));
        if (leaving.isEmpty()) {
            return List.of();
        }
        ConsultationFramework framework = situation.framework();
        List<CommitteeMember> before = committee.get().currentMembers();
        List<CommitteeMember> after = before.stream().filter(m -> m != leaving.get()).toList();
        List<Verdict> verdicts = new ArrayList<>();
        String person = leaving.get().person().name();
        String organisation = Labels.organisation(command.organisation(), situation);
        if (hasMunicipality(before) && !hasMunicipality(after)) {
            verdicts.add(Verdict.blocking(ID, ID + ".municipality-leaving", "framework", framework.name(),
                    "person", person, "organisation", organisation, "lastDay", command.lastDay(),
                    "frameworkId", framework.id(), "organisationId", command.organisation()));
        }
        for (Sector sector : framework.prioritySectors()) {
            if (represents(before, sector, framework) && !represents(after, sector, framework)) {
                verdicts.add(Verdict.blocking(ID, ID + ".last-of-sector-leaving", "framework", framework.name(),
                        "person", person, "organisation", organisation, "sector", sector,
                        "lastDay", command.lastDay(), "frameworkId", framework.id(),
                        "organisationId", command.organisation()));
            }
        }
        return verdicts;
    }

    private static boolean hasMunicipality(List<CommitteeMember> members) {
        return members.stream().anyMatch(m -> m.category() == PartyCategory.MUNICIPALITY);
    }

    private static boolean represents(List<CommitteeMember> members, Sector sector, ConsultationFramework framework) {
        return members.stream()
                .filter(m -> m.category() == PartyCategory.PROFESSIONAL_ORGANISATION)
                .anyMatch(m -> framework.currentMembership(m.organisation())
                        .filter(membership -> membership.represents(sector)).isPresent());
    }

    private static List<Verdict> onConvocation(ConveneMeeting command, Situation situation, RuleProfile profile) {
        Optional<ActionPlan> plan = situation.planInForce();
        if (plan.isEmpty() || situation.committee().isPresent()) {
            return List.of();
        }
        return List.of(Verdict.warning(ID, ID + ".no-committee", "framework", situation.framework().name(),
                "frameworkId", situation.framework().id(), "plan", plan.get().cycle(), "planId", plan.get().id()));
    }
}
