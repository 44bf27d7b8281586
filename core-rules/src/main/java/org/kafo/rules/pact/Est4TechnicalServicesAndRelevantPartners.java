package org.kafo.rules.pact;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.Membership;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Severity;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AdmitMember;
import org.kafo.rules.command.EndMembership;
import org.kafo.rules.command.EstablishFramework;

/**
 * EST-4 (warnings): local technical services are members; partners and NGOs are appropriate to
 * or active in the priority sectors. "... local technical services, representatives from
 * technical and funding partners, and NGOs appropriate to or operating in the sectors in
 * question."
 *
 * <ul>
 *   <li>On {@link EstablishFramework}: no technical service among the members on the day of
 *       establishment ({@code EST-4.no-technical-service}), when
 *       {@link RuleProfile#technicalServiceRequired()}; and each partner or NGO member none of
 *       whose sectors ({@link Organisation#sectors()}) is a priority sector
 *       ({@code EST-4.outside-priority-sectors}).</li>
 *   <li>On {@link AdmitMember}: the same about the partner or NGO being admitted.</li>
 *   <li>On {@link EndMembership} of an established or active framework: the last technical
 *       service leaves ({@code EST-4.last-technical-service-leaving}), when the profile requires
 *       technical services.</li>
 * </ul>
 * The support programme is not judged: it supports the approach, not a sector. An organisation the
 * situation does not describe cannot be judged and gets no verdict.
 */
public final class Est4TechnicalServicesAndRelevantPartners {

    public static final String ID = "EST-4";

    private static final Set<PartyCategory> SECTOR_BOUND = EnumSet.of(PartyCategory.PARTNER, PartyCategory.NGO);

    private Est4TechnicalServicesAndRelevantPartners() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID)
                .on(EstablishFramework.class, Est4TechnicalServicesAndRelevantPartners::onEstablishment)
                .on(AdmitMember.class, Est4TechnicalServicesAndRelevantPartners::onAdmission)
                .on(EndMembership.class, Est4TechnicalServicesAndRelevantPartners::onDeparture)
                .severity(Severity.WARNING)
                .build();
    }

    private static List<Verdict> onEstablishment(EstablishFramework command, Situation situation,
            RuleProfile profile) {
        ConsultationFramework framework = situation.framework();
        List<Membership> members = framework.membersOn(command.on());
        List<Verdict> verdicts = new ArrayList<>();
        if (profile.technicalServiceRequired() && !Members.hasCategory(members, PartyCategory.TECHNICAL_SERVICE)) {
            verdicts.add(Verdict.warning(ID, ID + ".no-technical-service", "framework", framework.name(),
                    "frameworkId", framework.id(), "on", command.on()));
        }
        for (Membership member : members) {
            if (SECTOR_BOUND.contains(member.category())) {
                situation.organisation(member.organisation())
                        .flatMap(o -> outsideSectors(o, member.category(), framework))
                        .ifPresent(verdicts::add);
            }
        }
        return verdicts;
    }

    private static List<Verdict> onAdmission(AdmitMember command, Situation situation, RuleProfile profile) {
        ConsultationFramework framework = situation.framework();
        return situation.organisation(command.organisation())
                .filter(o -> SECTOR_BOUND.contains(o.category()))
                .flatMap(o -> outsideSectors(o, o.category(), framework))
                .map(List::of)
                .orElse(List.of());
    }

    private static List<Verdict> onDeparture(EndMembership command, Situation situation, RuleProfile profile) {
        if (!profile.technicalServiceRequired()) {
            return List.of();
        }
        ConsultationFramework framework = situation.framework();
        Optional<Membership> leaving = Members.leaving(command, framework);
        if (leaving.isEmpty() || leaving.get().category() != PartyCategory.TECHNICAL_SERVICE
                || Members.hasCategory(Members.remainingAfter(command, framework), PartyCategory.TECHNICAL_SERVICE)) {
            return List.of();
        }
        return List.of(Verdict.warning(ID, ID + ".last-technical-service-leaving", "framework", framework.name(),
                "frameworkId", framework.id(), "organisation", Labels.organisation(command.organisation(), situation),
                "organisationId", command.organisation(), "lastDay", command.lastDay()));
    }

    private static Optional<Verdict> outsideSectors(Organisation organisation, PartyCategory category,
            ConsultationFramework framework) {
        boolean active = organisation.sectors().stream().anyMatch(framework.prioritySectors()::contains);
        if (active) {
            return Optional.empty();
        }
        return Optional.of(Verdict.warning(ID, ID + ".outside-priority-sectors", "framework", framework.name(),
                "frameworkId", framework.id(), "organisation", organisation.name(), "organisationId", organisation.id(),
                "category", category));
    }
}
