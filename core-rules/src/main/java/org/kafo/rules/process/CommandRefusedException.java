package org.kafo.rules.process;

import java.util.List;
import org.kafo.rules.Verdict;

/** Thrown by {@link Outcome#orElseThrow()} for a refused command; it carries every verdict. */
public final class CommandRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Verdict> verdicts;

    public CommandRefusedException(List<Verdict> verdicts) {
        super("refused by " + verdicts.stream().filter(Verdict::isBlocking).map(Verdict::ruleId).distinct().toList());
        this.verdicts = List.copyOf(verdicts);
    }

    public List<Verdict> verdicts() {
        return verdicts;
    }
}
