package org.kafo.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kafo.demo.PactMaliDataset.CercleEntry;
import org.kafo.demo.PactMaliDataset.CommuneEntry;
import org.kafo.demo.PactMaliDataset.NeedEntry;
import org.kafo.demo.PactMaliDataset.NeedTemplate;
import org.kafo.demo.PactMaliDataset.OrganisationEntry;
import org.kafo.demo.PactMaliDataset.PartnerEntry;
import org.kafo.demo.PactMaliDataset.RegionEntry;
import org.kafo.demo.PactMaliDataset.RepresentativeEntry;
import org.kafo.demo.PactMaliDataset.ServiceEntry;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Money;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.need.NeedId;
import org.kafo.model.organisation.MemberCount;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.RegionId;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AdmitMember;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.ProposeFramework;
import org.kafo.rules.command.RecordNeed;
import org.kafo.rules.command.RegisterCercle;
import org.kafo.rules.command.RegisterCommune;
import org.kafo.rules.command.RegisterOrganisation;
import org.kafo.rules.command.RegisterRegion;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.rules.process.Outcome;

/**
 * Turns the dataset into commands of the process, in the order a commune would give them: the
 * territory and the parties are registered, each commune proposes its framework, its parties
 * join, its council deliberates and the framework is established, its professionals record their
 * needs. Nothing is written to a repository except by the process.
 */
final class DatasetLoader {

    /** The code the register requires, for a territory the sources give no code for. */
    static final String STAND_IN_CODE = "unknown:";

    private final PactMaliDataset dataset;
    private final ConsultationProcess process;
    private final LocalDate proposedOn;
    private final Map<String, OrganisationId> sharedServices = new HashMap<>();
    private final Map<String, ServiceEntry> sharedServiceEntries = new HashMap<>();
    private OrganisationId pact;
    private OrganisationId anict;

    DatasetLoader(PactMaliDataset dataset, ConsultationProcess process) {
        this.dataset = dataset;
        this.process = process;
        this.proposedOn = dataset.startsOn();
    }

    LoadedDataset load() {
        registerTheSharedParties();
        List<LoadedDataset.Commune> communes = new ArrayList<>();
        for (RegionEntry region : dataset.regions()) {
            RegionId regionId = accepted(process.registerRegion(new RegisterRegion(code(region.code(), region.name()),
                    region.name(), Effective.ALWAYS)), new ArrayList<>()).id();
            for (CercleEntry cercle : region.cercles()) {
                CercleId cercleId = accepted(process.registerCercle(new RegisterCercle(
                        code(cercle.code(), cercle.name()), cercle.name(), regionId, Effective.ALWAYS)),
                        new ArrayList<>()).id();
                List<OrganisationId> cercleServices = new ArrayList<>();
                for (ServiceEntry service : cercle.services()) {
                    cercleServices.add(registers(service.name(), null, OrganisationKind.TECHNICAL_SERVICE, null,
                            service.sectors(), null));
                }
                for (CommuneEntry commune : cercle.communes()) {
                    communes.add(load(commune, region, regionId, cercle, cercleId, cercleServices));
                }
            }
        }
        return new LoadedDataset(communes, pact, anict);
    }

    private void registerTheSharedParties() {
        for (ServiceEntry service : dataset.technicalServices()) {
            sharedServices.put(service.key(), registers(service.name(), null, OrganisationKind.TECHNICAL_SERVICE, null,
                    service.sectors(), null));
            sharedServiceEntries.put(service.key(), service);
        }
        for (PartnerEntry partner : dataset.partners()) {
            OrganisationId id = registers(partner.name(), partner.acronym().orElse(null), partner.kind(), null,
                    partner.sectors(), null);
            if (partner.key().equals("pact")) {
                pact = id;
            } else if (partner.key().equals("anict")) {
                anict = id;
            }
        }
    }

    private LoadedDataset.Commune load(CommuneEntry entry, RegionEntry region, RegionId regionId, CercleEntry cercle,
            CercleId cercleId, List<OrganisationId> cercleServices) {
        List<Verdict> verdicts = new ArrayList<>();
        CommuneId commune = accepted(process.registerCommune(new RegisterCommune(code(entry.code(), entry.name()),
                entry.name(), entry.aliases(), new Assignment(cercleId, regionId, Effective.ALWAYS), null, null)),
                verdicts).id();
        OrganisationId municipality = registers("Mairie de " + entry.name(), null, OrganisationKind.MUNICIPALITY,
                commune, List.of(), null);
        Map<String, OrganisationId> organisations = new HashMap<>();
        for (OrganisationEntry organisation : entry.organisations()) {
            organisations.put(organisation.key(), registers(organisation.name(), null, organisation.kind(), commune,
                    List.of(organisation.sector()), new MemberCount(organisation.members(), organisation.women(),
                            organisation.youth(), proposedOn)));
        }

        FrameworkId framework = accepted(process.propose(new ProposeFramework(commune,
                "Cadre de concertation de " + entry.name(),
                entry.sectors().stream().map(Sector::of).toList(), proposedOn)), verdicts).id();
        admits(framework, municipality, List.of(), municipalRepresentatives(entry), verdicts);
        for (OrganisationEntry organisation : entry.organisations()) {
            admits(framework, organisations.get(organisation.key()), List.of(Sector.of(organisation.sector())),
                    List.of(People.head(organisation), People.youngMember(organisation)), verdicts);
        }
        List<OrganisationId> services = new ArrayList<>(cercleServices);
        for (int i = 0; i < cercleServices.size(); i++) {
            admits(framework, cercleServices.get(i), List.of(), List.of(People.agent(cercle.services().get(i))),
                    verdicts);
        }
        for (String key : entry.services()) {
            services.add(sharedServices.get(key));
            admits(framework, sharedServices.get(key), List.of(), List.of(People.agent(sharedServiceEntries.get(key))),
                    verdicts);
        }
        admits(framework, anict, List.of(), List.of(People.officer("ANICT")), verdicts);
        admits(framework, pact, List.of(), List.of(People.facilitator("PACT")), verdicts);

        accepted(process.establish(new EstablishFramework(framework, new CouncilDeliberation(
                proposedOn.plusDays(11).getYear() + "-001 (exemple)",
                proposedOn.plusDays(11), "Création du cadre de concertation de la commune de " + entry.name()
                        + " avec les organisations professionnelles de ses filières prioritaires"),
                proposedOn.plusDays(14))), verdicts);

        List<LoadedDataset.RecordedNeed> needs = new ArrayList<>();
        for (NeedEntry need : entry.needs()) {
            NeedTemplate template = dataset.need(need.need());
            OrganisationEntry raisedBy = entry.organisation(need.raisedBy());
            NeedId id = accepted(process.recordNeed(new RecordNeed(framework, organisations.get(need.raisedBy()),
                    Sector.of(raisedBy.sector()), template.kind(), template.description(),
                    template.estimatedCost().map(Money::xof).orElse(null), proposedOn.plusDays(28))), verdicts).id();
            needs.add(new LoadedDataset.RecordedNeed(need, id));
        }
        return new LoadedDataset.Commune(entry, cercle.name(), region.name(), regionId, cercleId, commune, framework,
                municipality, organisations, services, cercleServices.get(ruralEngineeringIndex(cercle)), needs,
                verdicts);
    }

    private List<Person> municipalRepresentatives(CommuneEntry entry) {
        List<Person> people = new ArrayList<>();
        for (RepresentativeEntry representative : dataset.municipalityRepresentatives()) {
            people.add(People.municipal(representative, entry.name()));
        }
        return people;
    }

    private static int ruralEngineeringIndex(CercleEntry cercle) {
        for (int i = 0; i < cercle.services().size(); i++) {
            if (cercle.services().get(i).key().equals("genie-rural")) {
                return i;
            }
        }
        throw new IllegalStateException("cercle " + cercle.name() + " has no rural engineering service");
    }

    private OrganisationId registers(String name, String acronym, OrganisationKind kind, CommuneId commune,
            List<String> sectors, MemberCount members) {
        Set<Sector> active = sectors.stream().map(Sector::of).collect(Collectors.toSet());
        return accepted(process.registerOrganisation(new RegisterOrganisation(name, acronym, kind, commune, active,
                members, null, proposedOn)), new ArrayList<>()).id();
    }

    private void admits(FrameworkId framework, OrganisationId organisation, List<Sector> sectors,
            List<Person> representatives, List<Verdict> verdicts) {
        accepted(process.admit(new AdmitMember(framework, organisation, sectors, representatives, proposedOn)),
                verdicts);
    }

    private static <T> T accepted(Outcome<T> outcome, List<Verdict> verdicts) {
        verdicts.addAll(outcome.verdicts());
        return outcome.orElseThrow();
    }

    /** The code of the sources, or the stand-in {@code unknown:<name>} the register requires. */
    static String code(Optional<String> code, String name) {
        return code.orElseGet(() -> STAND_IN_CODE + slug(name));
    }

    /** "Boky-Wèrè" becomes "boky-were", "Farakou Massa" "farakou-massa". */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
