package org.kafo.samples.ccco;

import java.util.List;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.ConveneMeeting;

/**
 * BF-CCCO-1 (blocking): the mayor chairs the CCCo (decree 2009-838), so the party that convenes its
 * meetings is the municipality of the framework's commune. That the chair convenes is this pack's
 * reading of "chaired by the mayor" (a choice); PACT leaves the convening party open.
 */
final class MayorConvenes {

    static final String ID = "BF-CCCO-1";

    private MayorConvenes() {
    }

    static RuleDefinition definition() {
        return RuleDefinition.of(ID).on(ConveneMeeting.class, MayorConvenes::check).build();
    }

    private static List<Verdict> check(ConveneMeeting command, Situation situation, RuleProfile profile) {
        boolean municipality = situation.categoryOf(command.convenedBy())
                .filter(PartyCategory.MUNICIPALITY::equals).isPresent();
        boolean ofTheCommune = situation.organisation(command.convenedBy())
                .flatMap(Organisation::commune)
                .map(situation.framework().commune()::equals)
                .orElse(true);
        if (municipality && ofTheCommune) {
            return List.of();
        }
        String name = situation.organisation(command.convenedBy()).map(Organisation::name)
                .orElse(command.convenedBy().toString());
        return List.of(Verdict.blocking(ID, ID + ".not-the-mayor", "framework", situation.framework().name(),
                "frameworkId", situation.framework().id(), "organisation", name, "organisationId", command.convenedBy(),
                "plannedOn", command.plannedOn()));
    }
}
