package org.kafo.rules.pact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.DeliberationOutcome;
import org.kafo.model.framework.Membership;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.EndMembership;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.RecordDeliberation;

/**
 * EST-3: the members include the municipality and at least one professional organisation per
 * priority sector. "It then puts a consultation framework in place that brings together the
 * municipality, sector actors, ..."
 *
 * <p>On {@link EstablishFramework}, blocking when, among the members on the day of
 * establishment, there is no municipality of the framework's commune ({@code EST-3.no-municipality})
 * or a priority sector has no professional organisation representing it
 * ({@code EST-3.sector-unrepresented}, one verdict per sector). Members admitted from a later day
 * do not count yet. A professional organisation represents the sectors its membership names; one
 * admitted with no sector represents none.
 *
 * <p>On {@link EndMembership}, once the framework is established or active, blocking when the
 * departure itself would break the rule: the municipality leaves and no other municipality member
 * is left ({@code EST-3.municipality-leaving}), or a professional organisation leaves and one of
 * its sectors would have no other professional organisation
 * ({@code EST-3.last-of-sector-leaving}). "Left" means a member on the day after the leaver's last
 * day, so a replacement admitted from that day on keeps the framework complete. A proposed
 * framework is still being put together, and a suspended or dissolved one does not meet: neither
 * is checked.
 *
 * <p>On {@link RecordDeliberation} that changes the priority sectors, a warning for each new
 * sector that no current professional organisation member represents yet
 * ({@code EST-3.new-sector-unrepresented}): the deliberation stands, and the commune admits the
 * sector's organisations next. Memberships keep their sectors, so a sector that is no longer a
 * priority is not judged.
 */
public final class Est3MunicipalityAndSectorsRepresented {

    public static final String ID = "EST-3";

    private Est3MunicipalityAndSectorsRepresented() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID)
                .on(EstablishFramework.class, Est3MunicipalityAndSectorsRepresented::onEstablishment)
                .on(EndMembership.class, Est3MunicipalityAndSectorsRepresented::onDeparture)
                .on(RecordDeliberation.class, Est3MunicipalityAndSectorsRepresented::onSectorsChange)
                .build();
    }

    private static List<Verdict> onEstablishment(EstablishFramework command, Situation situation,
            RuleProfile profile) {
        ConsultationFramework framework = situation.framework();
        List<Membership> members = framework.membersOn(command.on());
        List<Verdict> verdicts = new ArrayList<>();
        if (!Members.hasMunicipality(members, framework, situation)) {
            verdicts.add(Verdict.blocking(ID, ID + ".no-municipality", "framework", framework.name(),
                    "frameworkId", framework.id(), "on", command.on()));
        }
        for (Sector sector : framework.prioritySectors()) {
            if (!Members.isRepresented(sector, members)) {
                verdicts.add(Verdict.blocking(ID, ID + ".sector-unrepresented", "framework", framework.name(),
                        "frameworkId", framework.id(), "sector", sector, "on", command.on()));
            }
        }
        return verdicts;
    }

    private static List<Verdict> onSectorsChange(RecordDeliberation command, Situation situation,
            RuleProfile profile) {
        if (command.outcome() != DeliberationOutcome.SECTORS_CHANGE) {
            return List.of();
        }
        ConsultationFramework framework = situation.framework();
        List<Membership> members = framework.currentMembers();
        List<Verdict> verdicts = new ArrayList<>();
        for (Sector sector : command.sectors().stream().distinct().toList()) {
            if (!framework.prioritySectors().contains(sector) && !Members.isRepresented(sector, members)) {
                verdicts.add(Verdict.warning(ID, ID + ".new-sector-unrepresented", "framework", framework.name(),
                        "frameworkId", framework.id(), "sector", sector, "on", command.on()));
            }
        }
        return verdicts;
    }

    private static List<Verdict> onDeparture(EndMembership command, Situation situation, RuleProfile profile) {
        ConsultationFramework framework = situation.framework();
        Optional<Membership> leaving = Members.leaving(command, framework);
        if (leaving.isEmpty()) {
            return List.of();
        }
        List<Membership> before = framework.currentMembers();
        List<Membership> after = Members.remainingAfter(command, framework);
        List<Verdict> verdicts = new ArrayList<>();
        if (Members.isMunicipality(leaving.get(), framework, situation)
                && !Members.hasMunicipality(after, framework, situation)) {
            verdicts.add(Verdict.blocking(ID, ID + ".municipality-leaving", "framework", framework.name(),
                    "frameworkId", framework.id(),
                    "organisation", Labels.organisation(command.organisation(), situation),
                    "organisationId", command.organisation(), "lastDay", command.lastDay()));
        }
        if (leaving.get().category() == PartyCategory.PROFESSIONAL_ORGANISATION) {
            for (Sector sector : leaving.get().sectors()) {
                if (Members.isRepresented(sector, before) && !Members.isRepresented(sector, after)) {
                    verdicts.add(Verdict.blocking(ID, ID + ".last-of-sector-leaving", "framework", framework.name(),
                            "frameworkId", framework.id(),
                            "organisation", Labels.organisation(command.organisation(), situation),
                            "organisationId", command.organisation(), "sector", sector,
                            "lastDay", command.lastDay()));
                }
            }
        }
        return verdicts;
    }
}
