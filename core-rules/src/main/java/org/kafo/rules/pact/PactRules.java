package org.kafo.rules.pact;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.kafo.rules.RuleBook;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RulePack;
import org.kafo.rules.RuleProfile;

/**
 * The catalogue of the PACT approach (GIZ, Mali): EST-1 ... MEET-2, in catalogue order, with their
 * messages in English and French. The rules read their parameters from the profile each time they
 * check, so the same definitions serve every profile.
 */
public final class PactRules implements RulePack {

    private static final PactRules PACK = new PactRules();

    private static final String MESSAGES = "org.kafo.rules.pact.messages";

    private PactRules() {
    }

    public static RulePack pack() {
        return PACK;
    }

    /** PACT's rules on PACT's profile. */
    public static RuleBook book() {
        return RuleBook.builder(RuleProfile.pact()).pack(PACK).build();
    }

    @Override
    public String name() {
        return "pact";
    }

    @Override
    public List<RuleDefinition> rules(RuleProfile profile) {
        return List.of(
                Est1CouncilDeliberation.definition(),
                Est2PrioritySectorCount.definition(),
                Est3MunicipalityAndSectorsRepresented.definition(),
                Est4TechnicalServicesAndRelevantPartners.definition(),
                Need1NeedsBeforeFirstMeeting.definition(),
                Need2NeedKindAndSource.definition(),
                Need3CorrectedWhileOpen.definition(),
                Plan1PlanHorizon.definition(),
                Plan2ResponsibleAndDueDate.definition(),
                Plan3OwnershipByRole.definition(),
                Plan4NoCapitalInvestmentByBarredParties.definition(),
                Plan5ProfessionalShareOfInfrastructure.definition(),
                Plan6CostSharesAddUp.definition(),
                Plan7PdescRegistration.definition(),
                Mon1InclusiveCommittee.definition(),
                Mon2MandateCoversPlan.definition(),
                Mon3ObstaclesOnAgenda.definition(),
                Mon4SeatForAMember.definition(),
                Cyc1ReviewBeforeNextPlan.definition(),
                Cyc2PeriodicMeetings.definition(),
                Cyc3OverdueFollowUp.definition(),
                Meet1Quorum.definition(),
                Meet2PostponeOrCancel.definition(),
                Gov1DeliberatingBody.definition(),
                Gov2SpecialDelegationConfirmed.definition());
    }

    /**
     * French for a French locale, otherwise English (the root bundle). English is asked for as
     * {@link Locale#ROOT}: asking for {@code Locale.ENGLISH} would fall back to the default locale
     * first and, on a machine set to French, return French. {@code ResourceBundle.Control} would
     * avoid that too, but is refused inside a named module.
     */
    @Override
    public Optional<ResourceBundle> messages(Locale locale) {
        boolean french = Locale.FRENCH.getLanguage().equals(locale.getLanguage());
        return Optional.of(ResourceBundle.getBundle(MESSAGES, french ? Locale.FRENCH : Locale.ROOT));
    }
}
