package org.kafo.rules;

import java.util.List;

/**
 * A rule of the approach, for one kind of intended change (a command of the process). Pure: it
 * reads the command, the situation of the framework and the profile, and returns its verdicts —
 * none when the change is fine. No I/O, no exceptions for expected rejections.
 *
 * @param <C> the command it checks
 */
@FunctionalInterface
public interface Rule<C> {

    List<Verdict> check(C command, Situation situation, RuleProfile profile);
}
