package org.kafo.bench.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.kafo.demo.Cast;
import org.kafo.demo.CycleListener;
import org.kafo.demo.PactMaliDataset;
import org.kafo.demo.PlanCycles;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sector;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedRepository;
import org.kafo.model.organisation.LegalRegistration;
import org.kafo.model.organisation.MemberCount;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.GeoPoint;
import org.kafo.model.territory.Population;
import org.kafo.rules.command.AdmitMember;
import org.kafo.rules.command.ApproveMinutes;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.NoteProgress;
import org.kafo.rules.command.ProposeFramework;
import org.kafo.rules.command.RecordMinutes;
import org.kafo.rules.command.RegisterCercle;
import org.kafo.rules.command.RegisterCommune;
import org.kafo.rules.command.RegisterOrganisation;
import org.kafo.rules.command.RegisterRegion;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.rules.process.Outcome;

/**
 * One synthetic commune's framework and its quarterly plan cycles, drawn from the commune's own
 * random sequence: the same sequence tells the same story. The commune is registered and its
 * framework established through the process with PACT's rule book, on in-memory repositories of its
 * own; its professionals raise needs of the PACT dataset's catalogue, and its cycles are demo-data's
 * simulation ({@link PlanCycles}: late meetings, absent parties, a meeting without quorum now and
 * then, contributions on time, late or missing, obstacles, carried-over and dropped actions, new
 * needs, mandate revisions), with the minutes of every meeting, their approval and progress notes
 * added at the simulation's steps. Everything after {@code asOf} has not happened yet: the last plan
 * is in force on that day. The aggregates are then taken as their states, the identifiers the model
 * drew at random replaced by identifiers drawn from the commune's sequence.
 */
final class CommuneStory {

    /** The dataset whose sectors and need catalogue the communes use. */
    private static final PactMaliDataset DATASET = PactMaliDataset.load();
    private static final double NOTE = 0.4;

    /** What is stored of the commune: its aggregates' states. */
    record History(Commune.State commune, List<Organisation.State> organisations, ConsultationFramework.State framework,
            List<Need.State> needs, List<Meeting.State> meetings, List<ActionPlan.State> plans,
            MonitoringCommittee.State committee) {
    }

    private final Random random;
    private final Names names;
    private final int cycles;
    private final LocalDate firstPlan;
    private final LocalDate asOf;
    private final InMemoryRepositories repositories = new InMemoryRepositories();
    private final ConsultationProcess process = new ConsultationProcess(repositories, PactRules.book());
    /** The territory's ids, by the ids the process gave the same parties in this commune's repositories. */
    private final Map<UUID, UUID> territory = new HashMap<>();

    CommuneStory(Random random, int cycles, LocalDate firstPlan, LocalDate asOf) {
        this.random = random;
        this.names = new Names(random);
        this.cycles = cycles;
        this.firstPlan = firstPlan;
        this.asOf = asOf;
    }

    History tell(Territory generated, int index, int cercle) {
        var cercleState = generated.cercles().get(cercle);
        int region = generated.regions().indexOf(generated.regions().stream()
                .filter(r -> r.id().equals(cercleState.region())).findFirst().orElseThrow());
        var regionState = generated.regions().get(region);
        var regionId = accepted(process.registerRegion(new RegisterRegion(regionState.code(), regionState.name(),
                Effective.ALWAYS))).id();
        territory.put(regionId.value(), regionState.id().value());
        var cercleId = accepted(process.registerCercle(new RegisterCercle(cercleState.code(), cercleState.name(),
                regionId, Effective.ALWAYS))).id();
        territory.put(cercleId.value(), cercleState.id().value());

        String name = names.place();
        CommuneId communeId = accepted(process.registerCommune(new RegisterCommune(String.format(
                "SYN-%02d-%03d-%03d", region + 1, cercle + 1, index + 1), name, List.of(),
                new Assignment(cercleId, regionId, Effective.ALWAYS), new Population(4_000 + random.nextInt(60_000),
                        2022), new GeoPoint(11 + random.nextDouble() * 6, -11 + random.nextDouble() * 10)))).id();

        List<String> sectorCodes = new ArrayList<>(DATASET.sectors().stream().map(PactMaliDataset.SectorEntry::code)
                .toList());
        Collections.shuffle(sectorCodes, random);
        List<Sector> sectors = sectorCodes.subList(0, 2 + random.nextInt(2)).stream().map(Sector::of).toList();
        LocalDate proposed = firstPlan.minusDays(120 + random.nextInt(30));

        List<OrganisationId> own = new ArrayList<>();
        OrganisationId mairie = register(new RegisterOrganisation("Mairie de " + name, null,
                OrganisationKind.MUNICIPALITY, communeId, Set.of(), null, null, proposed), null);
        own.add(mairie);
        Cast.Party municipality = party(mairie, PartyCategory.MUNICIPALITY, 0.8, "maire", "adjoint au maire",
                "secrétaire général");
        List<Cast.Professional> professionals = new ArrayList<>();
        for (Sector sector : sectors) {
            int count = 1 + (random.nextInt(3) == 0 ? 1 : 0);
            for (int i = 0; i < count; i++) {
                boolean women = sector.code().equals("market-gardening");
                OrganisationKind kind = women ? OrganisationKind.GROUP
                        : random.nextBoolean() ? OrganisationKind.COOPERATIVE : OrganisationKind.ASSOCIATION;
                String orgName = (kind == OrganisationKind.GROUP ? "Groupement des femmes " : kind == OrganisationKind.COOPERATIVE
                        ? "Coopérative " : "Association ") + sector.code().replace('-', ' ') + " " + (i + 1) + " de " + name;
                int size = 60 + random.nextInt(61);
                int womenCount = women ? size - random.nextInt(5) : random.nextInt(size / 3);
                OrganisationId id = register(new RegisterOrganisation(orgName, null, kind, communeId, Set.of(sector),
                        new MemberCount(size, womenCount, random.nextInt(size / 2), proposed),
                        random.nextInt(3) == 0 ? null : new LegalRegistration("SYN/" + (1000 + random.nextInt(9000)),
                                proposed.minusYears(1 + random.nextInt(8)), "Préfecture"), proposed), null);
                own.add(id);
                professionals.add(new Cast.Professional("o" + own.size(), sector.code(), party(id,
                        PartyCategory.PROFESSIONAL_ORGANISATION, 0.7, "président", "trésorier", "membre", "membre",
                        "jeune membre")));
            }
        }
        List<Cast.Party> others = new ArrayList<>();
        for (OrganisationId service : generated.servicesOfCercle().get(cercle)) {
            others.add(party(shared(generated, service), PartyCategory.TECHNICAL_SERVICE, 0.55, "chef de service",
                    "agent"));
        }
        Cast.Party partner = party(shared(generated, generated.partnerOfRegion().get(region)), PartyCategory.PARTNER,
                0.15, "chargé de programme");
        others.add(partner);
        if (random.nextInt(10) < 7) {
            others.add(party(shared(generated, generated.ngoOfCercle().get(cercle)), PartyCategory.NGO, 0.5,
                    "coordinateur"));
        }
        Cast.Party support = party(shared(generated, generated.supportProgramme()), PartyCategory.SUPPORT_PROGRAMME,
                0.75, "animateur", "conseiller");
        others.add(support);

        FrameworkId framework = accepted(process.propose(new ProposeFramework(communeId,
                "Cadre de concertation de " + name, sectors, proposed))).id();
        List<Cast.Party> parties = new ArrayList<>(List.of(municipality));
        professionals.forEach(p -> parties.add(p.party()));
        parties.addAll(others);
        List<Cast.Representative> committee = new ArrayList<>();
        for (Cast.Party party : parties) {
            Sector sector = professionals.stream().filter(p -> p.party().equals(party)).findFirst()
                    .map(p -> Sector.of(p.sector())).orElse(null);
            Person first = party.seats().get(0).person();
            accepted(process.admit(new AdmitMember(framework, party.id(), sector == null ? List.of() : List.of(sector),
                    List.of(first), proposed)));
            if (party.category() != PartyCategory.PARTNER && party.category() != PartyCategory.SUPPORT_PROGRAMME) {
                committee.add(new Cast.Representative(party.id(), party.category(), first));
            }
        }
        LocalDate deliberated = proposed.plusDays(20 + random.nextInt(20));
        LocalDate established = deliberated.plusDays(3);
        accepted(process.establish(new EstablishFramework(framework, new CouncilDeliberation(deliberated.getYear()
                + "-" + (10 + random.nextInt(90)) + "/CR", deliberated, "Création du cadre de concertation communal"),
                established)));

        Cast cast = new Cast(name, framework, municipality, professionals, others, committee,
                others.get(generated.servicesOfCercle().get(cercle).size() - 1).id(), support.id(), partner.id());
        PlanCycles story = new PlanCycles(process, cast, DATASET.needCatalogue(), random).stoppingOn(asOf)
                .listenedBy(new Records(mairie, professionals.get(0).party().id()));
        for (Cast.Professional professional : professionals) {
            for (int i = 0; i < 2 + random.nextInt(2); i++) {
                story.raise(professional.key(), established.plusDays(5 + random.nextInt(20)));
            }
        }
        story.play(firstPlan, cycles);
        return stored(communeId, own, framework);
    }

    /**
     * What the simulation does not record: the minutes of each meeting two days after it (and their
     * approval by the municipality and an organisation a week after one that could decide), and now
     * and then a progress note when an action starts. Nothing after {@code asOf}.
     */
    private final class Records implements CycleListener {

        private final OrganisationId municipality;
        private final OrganisationId organisation;
        private final List<Meeting> held = new ArrayList<>();

        Records(OrganisationId municipality, OrganisationId organisation) {
            this.municipality = municipality;
            this.organisation = organisation;
        }

        @Override
        public void held(Meeting meeting, boolean quorum) {
            held.add(meeting);
        }

        @Override
        public List<Happening> whileRunning(ActionPlan plan, LocalDate start, LocalDate end) {
            List<Happening> minutes = new ArrayList<>();
            for (Meeting meeting : held) {
                LocalDate day = meeting.heldOn().orElseThrow();
                boolean decided = meeting.id().equals(plan.adoptedAt());
                if (!day.plusDays(2).isAfter(asOf)) {
                    minutes.add(new Happening(day.plusDays(2), () -> accepted(process.recordMinutes(new RecordMinutes(
                            meeting.id(), decided ? "Le cadre a adopté le plan d'action (" + plan.actions().size()
                                    + " actions)." : "Quorum non atteint : la réunion est reconvoquée.",
                            day.plusDays(2))))));
                }
                if (decided && !day.plusDays(7).isAfter(asOf)) {
                    for (OrganisationId party : List.of(municipality, organisation)) {
                        minutes.add(new Happening(day.plusDays(7), () -> accepted(process.approveMinutes(
                                new ApproveMinutes(meeting.id(), party, true, null, day.plusDays(7))))));
                    }
                }
            }
            held.clear();
            return minutes;
        }

        @Override
        public void started(ActionPlan plan, Action action, LocalDate day) {
            if (random.nextDouble() < NOTE) {
                accepted(process.noteProgress(new NoteProgress(plan.id(), action.id(), action.responsible(),
                        "Travaux en cours", day)));
            }
        }
    }

    /** The party registered in this commune's repositories for one of the territory's, under the territory's id. */
    private OrganisationId shared(Territory generated, OrganisationId id) {
        Organisation.State state = generated.organisations().stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow();
        return register(new RegisterOrganisation(state.name(), state.acronym(), state.kind(), null,
                Set.copyOf(state.sectors()), null, null, firstPlan.minusYears(1)), id);
    }

    private OrganisationId register(RegisterOrganisation command, OrganisationId territoryId) {
        OrganisationId id = accepted(process.registerOrganisation(command)).id();
        if (territoryId != null) {
            territory.put(id.value(), territoryId.value());
        }
        return id;
    }

    /** A party whose people come with the same odds, the first surely to a meeting convened again. */
    private Cast.Party party(OrganisationId id, PartyCategory category, double odds, String... roles) {
        List<Cast.Seat> seats = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (String role : roles) {
            Person person;
            do {
                Sex sex = random.nextInt(10) < (category == PartyCategory.PROFESSIONAL_ORGANISATION ? 4 : 2) ? Sex.FEMALE
                        : Sex.MALE;
                person = names.person(sex, role.startsWith("jeune") || random.nextInt(8) == 0, role);
            } while (!taken.add(person.name().toLowerCase(Locale.ROOT)));
            seats.add(new Cast.Seat(person, odds, seats.isEmpty()));
        }
        return new Cast.Party(id, category, seats);
    }

    /** The commune's aggregates as stored, with the identifiers drawn from the commune's sequence. */
    private History stored(CommuneId commune, List<OrganisationId> own, FrameworkId framework) {
        Renumbering ids = new Renumbering(random, territory);
        Commune.State communeState = ids.of(repositories.communes().get(commune).snapshot());
        List<Organisation.State> organisations = own.stream()
                .map(o -> ids.of(repositories.organisations().get(o).snapshot())).toList();
        ConsultationFramework.State frameworkState = ids.of(repositories.frameworks().get(framework).snapshot());
        // needs in an order that owes nothing to the ids the model drew, then as the database reads them
        List<Need> recorded = new ArrayList<>(repositories.needs().findByFramework(framework));
        recorded.sort(NeedRepository.ORDER.thenComparing(n -> own.indexOf(n.raisedBy())));
        List<Need.State> needs = recorded.stream().map(n -> ids.of(n.snapshot()))
                .sorted(Comparator.comparing(Need.State::identifiedOn).thenComparing(Need.State::description)
                        // ties as the database breaks them: by id
                        .thenComparing(n -> n.id().value().toString()))
                .toList();
        List<Meeting.State> meetings = repositories.meetings().findByFramework(framework).stream()
                .map(m -> ids.of(m.snapshot())).toList();
        List<ActionPlan.State> plans = repositories.plans().findByFramework(framework).stream()
                .map(p -> ids.of(p.snapshot())).toList();
        MonitoringCommittee.State committee = repositories.committees().findByFramework(framework)
                .map(c -> ids.of(c.snapshot())).orElse(null);
        return new History(communeState, organisations, frameworkState, needs, meetings, plans, committee);
    }

    private <T> T accepted(Outcome<T> outcome) {
        if (outcome.refused()) {
            throw new IllegalStateException("the process refused a step of the commune's story: " + outcome.verdicts());
        }
        return outcome.orElseThrow();
    }
}
