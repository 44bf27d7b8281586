package org.kafo.bench.rules;

import java.util.List;
import java.util.Objects;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.Command;

/**
 * One intended change of a generated framework, as the rules judged it when the process ran it: the
 * command, a private copy of the situation the rule book saw, and the verdicts the process returned.
 *
 * @param command   the command of the process
 * @param situation the framework as it was before the change (a copy no later command changes)
 * @param verdicts  what the process's rule book said about it
 */
public record CheckedCommand(Command command, Situation situation, List<Verdict> verdicts) {

    public CheckedCommand {
        Objects.requireNonNull(command, "command is required");
        Objects.requireNonNull(situation, "situation is required");
        verdicts = List.copyOf(verdicts);
    }
}
