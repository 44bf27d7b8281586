package org.kafo.bench.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.need.Need;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.plan.ActionPlan;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.Command;
import org.kafo.rules.process.Outcome;

/**
 * Keeps what the rule book saw while the process ran a story: a rule of its own, added to the book
 * of the generation only, notes each command with its situation; the commands no catalogue rule
 * watches (attendance sheets, deliveries, status changes, ...) are played but not kept. The situation holds the loaded
 * aggregates that the change then mutates, so it is copied at once (snapshot and restore), each
 * aggregate version copied once and shared by the situations that saw it.
 */
final class SituationRecorder {

    /** Watches every command; says nothing. */
    static final String RULE_ID = "BENCH-RECORDER";

    private final Map<String, Object> copies = new HashMap<>();
    private final List<CheckedCommand> checked = new ArrayList<>();
    private Command pendingCommand;
    private Situation pendingSituation;

    RuleDefinition rule() {
        return RuleDefinition.of(RULE_ID).on(Command.class, (command, situation, profile) -> {
            pendingCommand = command;
            pendingSituation = copy(situation);
            return List.of();
        }).build();
    }

    /** Runs one call of the process and keeps its command with the verdicts it got. */
    <O extends Outcome<?>> O run(Supplier<O> call) {
        pendingCommand = null;
        pendingSituation = null;
        O outcome = call.get();
        answered(outcome);
        return outcome;
    }

    /** Keeps the command the rule book just saw with the verdicts of the process's {@code outcome}. */
    void answered(Outcome<?> outcome) {
        if (pendingCommand != null && Catalogue.watches(pendingCommand.getClass())) {
            List<Verdict> verdicts = outcome.verdicts();
            checked.add(new CheckedCommand(pendingCommand, pendingSituation, verdicts));
        }
        pendingCommand = null;
        pendingSituation = null;
    }

    List<CheckedCommand> checked() {
        return checked;
    }

    private Situation copy(Situation seen) {
        if (!seen.hasFramework()) {
            return seen;
        }
        Situation.Builder copy = Situation.of(copy(seen.framework(),
                f -> ConsultationFramework.restore(f.snapshot(), f.version())));
        copy.organisations(seen.organisations().stream()
                .map(o -> copy(o, x -> Organisation.restore(x.snapshot(), x.version()))).toList());
        copy.needs(seen.needs().stream().map(n -> copy(n, x -> Need.restore(x.snapshot(), x.version()))).toList());
        copy.meetings(seen.meetings().stream()
                .map(m -> copy(m, x -> Meeting.restore(x.snapshot(), x.version()))).toList());
        copy.plans(seen.plans().stream()
                .map(p -> copy(p, x -> ActionPlan.restore(x.snapshot(), x.version()))).toList());
        seen.committee().ifPresent(c -> copy.committee(copy(c,
                x -> MonitoringCommittee.restore(x.snapshot(), x.version()))));
        return copy.build();
    }

    /** The copy of an aggregate as loaded at its version: loaded aggregates are not changed before the rules run. */
    @SuppressWarnings("unchecked")
    private <A extends AggregateRoot<?>> A copy(A aggregate, Function<A, A> restore) {
        String key = aggregate.getClass().getSimpleName() + aggregate.id() + "@" + aggregate.version();
        return (A) copies.computeIfAbsent(key, k -> restore.apply(aggregate));
    }
}
