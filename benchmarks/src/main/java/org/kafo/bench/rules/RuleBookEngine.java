package org.kafo.bench.rules;

import java.util.List;
import org.kafo.rules.RuleBook;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.pact.PactRules;

/** The rule book, asked through its public API as the process asks it: {@code book.check(command, situation)}. */
public final class RuleBookEngine implements Engine {

    private final RuleBook book = RuleBook.builder(Catalogue.PROFILE).pack(PactRules.pack()).build();

    @Override
    public List<Verdict> check(Object command, Situation situation) {
        return book.check(command, situation);
    }
}
