package org.kafo.rules.pact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.Membership;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.CorrectNeed;
import org.kafo.rules.command.RecordNeed;

/**
 * NEED-2: a need is an investment, a business-environment measure or capacity building, raised by
 * the professionals of a priority sector. "Sector professionals identify their needs in terms of
 * investments and measures to improve the business environment."
 *
 * <p>On {@link RecordNeed}, blocking when:
 * <ul>
 *   <li>it has no kind ({@code NEED-2.no-kind}): the kind decides how the need can be planned;</li>
 *   <li>it has no sector ({@code NEED-2.no-sector}), or a sector that is not a priority sector of
 *       the framework ({@code NEED-2.sector-not-priority});</li>
 *   <li>the organisation raising it is not a current professional-organisation member of the
 *       framework ({@code NEED-2.not-a-professional-member}): needs come from the professionals,
 *       not from the commune, partners or technical services;</li>
 *   <li>that organisation's membership does not represent the need's sector
 *       ({@code NEED-2.sector-not-represented}): professionals speak for their own sector, so that
 *       NEED-1 counts each sector's needs from its own organisations.</li>
 * </ul>
 *
 * <p>On {@link CorrectNeed}, the same checks on the corrected sector and kind, for the organisation
 * that raised the need: a correction cannot make it a need the rule would have refused.
 */
public final class Need2NeedKindAndSource {

    public static final String ID = "NEED-2";

    private Need2NeedKindAndSource() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID)
                .on(RecordNeed.class, Need2NeedKindAndSource::check)
                .on(CorrectNeed.class, Need2NeedKindAndSource::onCorrection)
                .build();
    }

    private static List<Verdict> onCorrection(CorrectNeed command, Situation situation, RuleProfile profile) {
        Optional<Need> need = situation.need(command.need());
        return need.isEmpty() ? List.of() : check(new RecordNeed(situation.framework().id(), need.get().raisedBy(),
                command.sector(), command.kind(), command.description(), command.estimatedCost(), command.on()),
                situation, profile);
    }

    private static List<Verdict> check(RecordNeed command, Situation situation, RuleProfile profile) {
        ConsultationFramework framework = situation.framework();
        List<Verdict> verdicts = new ArrayList<>();
        NeedKind kind = command.kind();
        if (kind == null) {
            verdicts.add(Verdict.blocking(ID, ID + ".no-kind", "framework", framework.name(),
                    "frameworkId", framework.id(), "organisation", Labels.organisation(command.raisedBy(), situation),
                    "organisationId", command.raisedBy()));
        }
        if (command.sector() == null) {
            verdicts.add(Verdict.blocking(ID, ID + ".no-sector", "framework", framework.name(),
                    "frameworkId", framework.id(), "organisation", Labels.organisation(command.raisedBy(), situation),
                    "organisationId", command.raisedBy()));
        } else if (!framework.prioritySectors().contains(command.sector())) {
            verdicts.add(Verdict.blocking(ID, ID + ".sector-not-priority", "framework", framework.name(),
                    "frameworkId", framework.id(), "organisation", Labels.organisation(command.raisedBy(), situation),
                    "organisationId", command.raisedBy(), "sector", command.sector()));
        }
        Optional<Membership> membership = framework.currentMembership(command.raisedBy());
        if (membership.isEmpty() || membership.get().category() != PartyCategory.PROFESSIONAL_ORGANISATION) {
            verdicts.add(Verdict.blocking(ID, ID + ".not-a-professional-member", "framework", framework.name(),
                    "frameworkId", framework.id(), "organisation", Labels.organisation(command.raisedBy(), situation),
                    "organisationId", command.raisedBy(),
                    "category", membership.map(m -> (Object) m.category()).orElse(Labels.NONE)));
        } else if (command.sector() != null && framework.prioritySectors().contains(command.sector())
                && !membership.get().represents(command.sector())) {
            verdicts.add(Verdict.blocking(ID, ID + ".sector-not-represented", "framework", framework.name(),
                    "frameworkId", framework.id(), "organisation", Labels.organisation(command.raisedBy(), situation),
                    "organisationId", command.raisedBy(), "sector", command.sector()));
        }
        return verdicts;
    }
}
