package org.kafo.rules.pact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.Membership;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.rules.Quorum;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.HoldMeeting;
import org.kafo.rules.command.InstallCommittee;
import org.kafo.rules.command.ReviewPlan;

/**
 * MEET-1: a meeting decides only with a quorum: the municipality present (when
 * {@link RuleProfile#quorumRequiresMunicipality()}) and at least
 * {@link RuleProfile#quorumProfessionalPercent()} percent of the professional organisations that
 * are members of the framework on the meeting day (PACT: half), rounded up: 1 of 2 is half, 2 of 3
 * are needed for half of 3. Only members count, present when at least one person signed the
 * attendance sheet for them. When the percent is above zero, at least one professional
 * organisation must be present, even in a framework that has none as a member: a meeting of the
 * commune alone does not decide for the professionals.
 *
 * <p>On {@link HoldMeeting}, a warning ({@code MEET-1.held-without-municipality},
 * {@code MEET-1.held-without-quorum}): the meeting took place and its attendance is recorded, but
 * it cannot decide. Blocking when a decision is taken at a held meeting that lacked the quorum on
 * the day it was held ({@code MEET-1.cannot-decide-without-municipality},
 * {@code MEET-1.cannot-decide-without-quorum}): {@link AdoptActionPlan}, {@link ReviewPlan} and
 * {@link InstallCommittee}. Whether the deciding meeting exists and was held is the question of
 * the rule about that decision (PLAN-1, CYC-1, MON-1).
 */
public final class Meet1Quorum {

    public static final String ID = "MEET-1";

    private Meet1Quorum() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID)
                .on(HoldMeeting.class, Meet1Quorum::onHolding)
                .on(AdoptActionPlan.class, (command, situation, profile) ->
                        onDecision(command.meeting(), "adopt-plan", situation, profile))
                .on(ReviewPlan.class, (command, situation, profile) ->
                        onDecision(command.meeting(), "review-plan", situation, profile))
                .on(InstallCommittee.class, (command, situation, profile) ->
                        onDecision(command.meeting(), "install-committee", situation, profile))
                .build();
    }

    /** {@code percent} of {@code members}, rounded up; at least one when the percent is above zero. */
    static int needed(int members, int percent) {
        if (percent == 0) {
            return 0;
        }
        return Math.max(1, (members * percent + 99) / 100);
    }

    /**
     * The quorum of a meeting of the situation's framework held on {@code day}, with the parties
     * {@code present} says were there (at least one person signed for them): what MEET-1 counts.
     */
    public static Quorum quorum(Predicate<OrganisationId> present, LocalDate day, Situation situation,
            RuleProfile profile) {
        ConsultationFramework framework = situation.framework();
        List<Membership> professionals = Members.professionalsOn(framework, day);
        int there = (int) professionals.stream().filter(m -> present.test(m.organisation())).count();
        boolean municipality = framework.membersOn(day).stream()
                .anyMatch(m -> Members.isMunicipality(m, framework, situation) && present.test(m.organisation()));
        return new Quorum(profile.quorumRequiresMunicipality(), municipality, there, professionals.size(),
                needed(professionals.size(), profile.quorumProfessionalPercent()));
    }

    private static List<Verdict> onHolding(HoldMeeting command, Situation situation, RuleProfile profile) {
        Optional<Meeting> meeting = DecidingMeeting.find(command.meeting(), situation);
        if (meeting.isEmpty()) {
            return List.of();
        }
        Quorum count = quorum(meeting.get()::wasPresent, command.on(), situation, profile);
        return verdicts(count, command.meeting(), "held", null, situation, profile);
    }

    private static List<Verdict> onDecision(MeetingId id, String decision, Situation situation, RuleProfile profile) {
        Optional<Meeting> meeting = DecidingMeeting.find(id, situation).filter(Meeting::isHeld);
        if (meeting.isEmpty()) {
            return List.of();
        }
        Quorum count = quorum(meeting.get()::wasPresent, meeting.get().heldOn().orElseThrow(), situation,
                profile);
        return verdicts(count, id, "cannot-decide", decision, situation, profile);
    }

    private static List<Verdict> verdicts(Quorum count, MeetingId meeting, String when, String decision,
            Situation situation, RuleProfile profile) {
        List<Verdict> verdicts = new ArrayList<>();
        if (count.municipalityMissing()) {
            verdicts.add(verdict(decision, ID + "." + when + "-without-municipality",
                    "framework", situation.framework().name(), "frameworkId", situation.framework().id(),
                    "meeting", Labels.meeting(meeting, situation), "meetingId", meeting));
        }
        if (count.professionalsMissing()) {
            verdicts.add(verdict(decision, ID + "." + when + "-without-quorum",
                    "framework", situation.framework().name(), "frameworkId", situation.framework().id(),
                    "meeting", Labels.meeting(meeting, situation), "meetingId", meeting,
                    "present", count.present(), "members", count.members(), "needed", count.needed(),
                    "percent", profile.quorumProfessionalPercent()));
        }
        return verdicts;
    }

    /** A warning when the meeting is held; blocking, naming the decision, when it decides. */
    private static Verdict verdict(String decision, String key, Object... facts) {
        if (decision == null) {
            return Verdict.warning(ID, key, facts);
        }
        Object[] withDecision = Arrays.copyOf(facts, facts.length + 2);
        withDecision[facts.length] = "decision";
        withDecision[facts.length + 1] = decision;
        return Verdict.blocking(ID, key, withDecision);
    }
}
