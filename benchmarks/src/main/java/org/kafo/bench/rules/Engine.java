package org.kafo.bench.rules;

import java.util.List;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;

/** One way of asking the catalogue about an intended change. */
public interface Engine {

    /**
     * The verdicts of every catalogue rule that watches the command, in catalogue order: a command of
     * the process, or a question such as {@code FollowUp}, which the rule book checks too.
     */
    List<Verdict> check(Object command, Situation situation);
}
