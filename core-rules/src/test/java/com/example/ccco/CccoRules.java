package com.example.ccco;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RulePack;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.ConveneMeeting;

/**
 * An integrator's pack, outside Kafo, declared as a service: Burkina Faso's communal consultation
 * framework (CCCo, decree 2009-838) is chaired by the mayor, so only the municipality convenes it.
 */
public final class CccoRules implements RulePack {

    public static final String MAYOR_CONVENES = "BF-CCCO-1";

    @Override
    public String name() {
        return "bf-ccco";
    }

    @Override
    public List<RuleDefinition> rules(RuleProfile profile) {
        return List.of(RuleDefinition.of(MAYOR_CONVENES)
                .on(ConveneMeeting.class, (command, situation, p) -> situation.categoryOf(command.convenedBy())
                        .filter(PartyCategory.MUNICIPALITY::equals).isPresent()
                        ? List.of()
                        : List.of(Verdict.blocking(MAYOR_CONVENES, MAYOR_CONVENES + ".not-the-mayor",
                                "organisation", situation.organisation(command.convenedBy())
                                        .map(Organisation::name).orElse(String.valueOf(command.convenedBy())),
                                "organisationId", command.convenedBy(), "plannedOn", command.plannedOn())))
                .build());
    }

    @Override
    public Optional<ResourceBundle> messages(Locale locale) {
        boolean french = Locale.FRENCH.getLanguage().equals(locale.getLanguage());
        return Optional.of(ResourceBundle.getBundle("com.example.ccco.messages", french ? Locale.FRENCH : Locale.ROOT));
    }
}
