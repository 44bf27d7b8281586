package org.kafo.rules.pact;

import java.util.List;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AddCommitteeMember;
import org.kafo.rules.command.EndMembership;

/**
 * MON-4 (a default of the PACT profile): a committee member sits for a current member organisation of
 * the framework. "The consultation framework group then moves to install an inclusive monitoring
 * committee": the committee is drawn from the framework's parties.
 *
 * <p>On {@link AddCommitteeMember}, blocking when the organisation is not a current member of the
 * framework ({@code MON-4.not-a-member}). On {@link EndMembership}, a warning when people still sit on
 * the committee for the organisation that leaves ({@code MON-4.still-on-committee}): their seats are
 * ended with {@code RemoveCommitteeMember}.
 */
public final class Mon4SeatForAMember {

    public static final String ID = "MON-4";

    private Mon4SeatForAMember() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID)
                .on(AddCommitteeMember.class, Mon4SeatForAMember::onJoining)
                .on(EndMembership.class, Mon4SeatForAMember::onLeavingTheFramework)
                .build();
    }

    private static List<Verdict> onJoining(AddCommitteeMember command, Situation situation, RuleProfile profile) {
        ConsultationFramework framework = situation.framework();
        if (framework.currentMembership(command.organisation()).isPresent()) {
            return List.of();
        }
        return List.of(Verdict.blocking(ID, ID + ".not-a-member", "framework", framework.name(),
                "organisation", Labels.organisation(command.organisation(), situation), "person", command.person().name(),
                "frameworkId", framework.id(), "organisationId", command.organisation()));
    }

    private static List<Verdict> onLeavingTheFramework(EndMembership command, Situation situation,
            RuleProfile profile) {
        int seats = situation.committee().map(c -> (int) c.currentMembers().stream()
                .map(CommitteeMember::organisation).filter(command.organisation()::equals).count()).orElse(0);
        if (seats == 0) {
            return List.of();
        }
        ConsultationFramework framework = situation.framework();
        return List.of(Verdict.warning(ID, ID + ".still-on-committee", "framework", framework.name(),
                "organisation", Labels.organisation(command.organisation(), situation), "count", seats, "lastDay", command.lastDay(),
                "frameworkId", framework.id(), "organisationId", command.organisation()));
    }

}
