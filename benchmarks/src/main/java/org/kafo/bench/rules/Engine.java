package org.kafo.bench.rules;

import java.util.List;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.Command;

/** One way of asking the catalogue about an intended change. */
public interface Engine {

    /** The verdicts of every catalogue rule that watches the command, in catalogue order. */
    List<Verdict> check(Command command, Situation situation);
}
