package org.kafo.rules.planted;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;

/**
 * A rule that leans on a test library: planted in the test sources so that the architecture test
 * shows it catches a dependency the core must not have. Never part of the production classes.
 */
public final class LeakyRule {

    private LeakyRule() {
    }

    public static List<Verdict> check(Object command, Situation situation) {
        Assertions.assertThat(situation.hasFramework()).isTrue();
        return List.of();
    }
}
