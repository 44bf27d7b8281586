package org.kafo.bench.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.kafo.demo.Cast;
import org.kafo.demo.CycleListener;
import org.kafo.demo.PactMaliDataset.CommuneEntry;
import org.kafo.demo.PactMaliDataset;
import org.kafo.demo.PlanCycles;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Money;
import org.kafo.model.common.Period;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sector;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.MemberCount;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.CostShare;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.GeoPoint;
import org.kafo.model.territory.Population;
import org.kafo.model.territory.RegionId;
import org.kafo.rules.RuleBook;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.command.AdmitMember;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.EndMembership;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.InstallCommittee;
import org.kafo.rules.command.PledgeContribution;
import org.kafo.rules.command.ProposeFramework;
import org.kafo.rules.command.RecordNeed;
import org.kafo.rules.command.RecordObstacle;
import org.kafo.rules.command.RegisterCercle;
import org.kafo.rules.command.RegisterCommune;
import org.kafo.rules.command.RegisterOrganisation;
import org.kafo.rules.command.RegisterRegion;
import org.kafo.rules.command.ReviseMandate;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.rules.process.Outcome;

/**
 * One framework's story, played command after command through the process on in-memory
 * repositories of its own: a commune (named after one of PACT's) proposes it for two or three of
 * the dataset's sectors, admits its members, establishes it, its professionals raise needs of the
 * dataset's catalogue, then one to four plan cycles run as demo-data's simulation plays them
 * ({@link PlanCycles}) and a last meeting reviews the last plan.
 *
 * <p>Now and then a party makes a mistake the rules catch, as in the PACT communes' first years:
 * an establishment without the council's deliberation, a plan over three months, the support
 * programme paying for works, a meeting without a quorum that tries to decide, a plan adopted
 * before the previous one was reviewed... The refused command is then corrected and run again.
 * The mistakes of the cycles are made by a {@link CycleListener} at the simulation's steps.
 * Warnings (PLAN-7, EST-4, MEET-1, CYC-2, MON-2, PLAN-6 on pledges) come with the accepted ones.
 * The odds are the generator's and the simulation's, chosen for a realistic mix, not observed. Every
 * draw comes from the framework's own random sequence, in a fixed order: the same seed plays the
 * same story (the model draws its identifiers at random, so only those differ). A refusal the story
 * did not plan is a bug of the generator ({@link IllegalStateException}).
 */
final class FrameworkStory {

    /** The dataset whose communes, sectors and need catalogue the stories use. */
    private static final PactMaliDataset DATASET = PactMaliDataset.load();
    private static final List<String> FAMILY_NAMES = List.of("Coulibaly", "Traoré", "Diarra", "Keïta", "Sidibé",
            "Dembélé", "Sangaré", "Konaté", "Maïga", "Touré", "Diallo", "Camara", "Sissoko", "Kané");
    private static final List<String> MEN = List.of("Moussa", "Bakary", "Seydou", "Issa", "Oumar", "Adama",
            "Modibo", "Siaka");
    private static final List<String> WOMEN = List.of("Kadiatou", "Aminata", "Fatoumata", "Mariam", "Awa",
            "Oumou", "Assitan", "Rokia");
    private static final List<String> DUTIES = List.of("Vérifier que les actions avancent au calendrier",
            "Identifier les obstacles", "Les signaler au cadre de concertation");

    private final int index;
    private final Random random;
    private final SituationRecorder recorder = new SituationRecorder();
    private final InMemoryRepositories repositories = new InMemoryRepositories();
    private final ConsultationProcess process;

    private CommuneId commune;
    private OrganisationId municipality;
    private final List<Party> professionals = new ArrayList<>();
    private OrganisationId technicalService;
    private OrganisationId pact;
    private OrganisationId partner;
    private OrganisationId ngo;
    private final List<OrganisationId> organisations = new ArrayList<>();
    private List<Sector> sectors;
    private FrameworkId framework;

    private final Set<String> names = new LinkedHashSet<>();
    private Person mayor;
    private Person secretary;
    private Person agent;
    private Person facilitator;
    private Person officer;

    /** A professional organisation of one priority sector, with its president. */
    private record Party(String key, OrganisationId id, Sector sector, Person head) {
    }

    FrameworkStory(int index, Random random) {
        this.index = index;
        this.random = random;
        RuleBook book = RuleBook.builder(RuleProfile.pact()).pack(PactRules.pack()).add(recorder.rule()).build();
        this.process = new ConsultationProcess(repositories, book);
    }

    GeneratedFramework play() {
        LocalDate start = LocalDate.of(2008, 1, 7).plusDays(random.nextInt(2_500));
        registerTheParties(start);
        LocalDate established = proposeAndEstablish(start);
        PlanCycles cycles = new PlanCycles(process, cast(), DATASET.needCatalogue(), random)
                .listenedBy(new Mistakes());
        LocalDate firstPlanStart = raiseTheFirstNeeds(cycles, established.plusDays(10)).withDayOfMonth(1).plusMonths(2);
        cycles.play(firstPlanStart, 1 + random.nextInt(4));
        if (ngo != null && random.nextDouble() < 0.3) {
            List<ActionPlan> plans = repositories.plans().findByFramework(framework);
            LocalDate lastDay = plans.get(plans.size() - 1).period().end().plusDays(20);
            accepted(() -> process.endMembership(new EndMembership(framework, ngo, lastDay,
                    "Fin du projet de l'ONG dans la commune")));
        }
        return stored();
    }

    /**
     * Who the simulation seats: the mayor and the secretary, each organisation's president, the
     * technical service's agent, PACT's facilitator and the partner's officer; on the committee, the
     * secretary, one organisation of each sector and the agent.
     */
    private Cast cast() {
        List<Cast.Professional> seated = new ArrayList<>();
        List<Cast.Representative> committee = new ArrayList<>();
        committee.add(new Cast.Representative(municipality, PartyCategory.MUNICIPALITY, secretary));
        Set<Sector> onTheCommittee = new LinkedHashSet<>();
        for (Party party : professionals) {
            seated.add(new Cast.Professional(party.key(), party.sector().code(), new Cast.Party(party.id(),
                    PartyCategory.PROFESSIONAL_ORGANISATION, List.of(new Cast.Seat(party.head(), 0.75, true)))));
            if (onTheCommittee.add(party.sector())) {
                committee.add(new Cast.Representative(party.id(), PartyCategory.PROFESSIONAL_ORGANISATION,
                        party.head()));
            }
        }
        committee.add(new Cast.Representative(technicalService, PartyCategory.TECHNICAL_SERVICE, agent));
        return new Cast(communeName(), framework, new Cast.Party(municipality, PartyCategory.MUNICIPALITY,
                List.of(new Cast.Seat(mayor, 0.88, true), new Cast.Seat(secretary, 0.5, false))), seated,
                List.of(new Cast.Party(technicalService, PartyCategory.TECHNICAL_SERVICE,
                                List.of(new Cast.Seat(agent, 0.6, false))),
                        new Cast.Party(pact, PartyCategory.SUPPORT_PROGRAMME,
                                List.of(new Cast.Seat(facilitator, 0.7, false))),
                        new Cast.Party(partner, PartyCategory.PARTNER, List.of(new Cast.Seat(officer, 0.15, false)))),
                committee, technicalService, pact, partner);
    }

    // ---- before the first meeting

    private void registerTheParties(LocalDate on) {
        String name = communeName();
        RegionId region = accepted(() -> process.registerRegion(new RegisterRegion("04", "Ségou", Effective.ALWAYS))).orElseThrow()
                .id();
        CercleId cercle = accepted(() -> process.registerCercle(new RegisterCercle("0406", "Ségou", region,
                Effective.ALWAYS))).orElseThrow().id();
        commune = accepted(() -> process.registerCommune(new RegisterCommune(String.format("04%06d", index), name,
                List.of(), new Assignment(cercle, region, Effective.ALWAYS),
                new Population(8_000 + random.nextInt(40_000), 2009), new GeoPoint(13.6 + random.nextDouble(),
                        -5.9 + random.nextDouble())))).orElseThrow().id();
        int sectorCount = random.nextDouble() < 0.75 ? 2 : 3;
        List<String> codes = new ArrayList<>(DATASET.sectors().stream().map(PactMaliDataset.SectorEntry::code).toList());
        sectors = new ArrayList<>();
        for (int i = 0; i < sectorCount; i++) {
            sectors.add(Sector.of(codes.remove(random.nextInt(codes.size()))));
        }
        mayor = person(Sex.MALE, false, "maire");
        secretary = person(random.nextBoolean() ? Sex.FEMALE : Sex.MALE, false, "secrétaire général de la mairie");
        agent = person(Sex.MALE, false, "chef du service local");
        facilitator = person(Sex.FEMALE, false, "animatrice");
        officer = person(Sex.MALE, false, "chargé de programme");
        municipality = register("Mairie de " + name, OrganisationKind.MUNICIPALITY, commune, Set.of(), null, on);
        for (Sector sector : sectors) {
            int count = random.nextDouble() < 0.4 ? 2 : 1;
            for (int i = 0; i < count; i++) {
                boolean women = random.nextDouble() < 0.35;
                OrganisationKind kind = women ? OrganisationKind.GROUP
                        : random.nextBoolean() ? OrganisationKind.COOPERATIVE : OrganisationKind.ASSOCIATION;
                int members = 60 + random.nextInt(61);
                MemberCount counted = new MemberCount(members, women ? members : random.nextInt(members / 2),
                        random.nextInt(members / 3), on);
                OrganisationId id = register(kind.name().charAt(0) + kind.name().substring(1).toLowerCase()
                        + " " + sector.code() + " " + (i + 1) + " de " + name, kind, commune, Set.of(sector),
                        counted, on);
                professionals.add(new Party("o" + (professionals.size() + 1), id, sector, person(
                        women ? Sex.FEMALE : Sex.MALE, false, women ? "présidente" : "président")));
            }
        }
        technicalService = register("Service local du génie rural", OrganisationKind.TECHNICAL_SERVICE, null,
                Set.copyOf(sectors), null, on);
        pact = register("PACT", OrganisationKind.SUPPORT_PROGRAMME, null, Set.of(), null, on);
        partner = register("Fonds d'appui à l'irrigation de proximité", OrganisationKind.TECHNICAL_FINANCIAL_PARTNER,
                null, Set.of(sectors.get(0)), null, on);
        if (random.nextDouble() < 0.25) {
            Sector active = random.nextDouble() < 0.7 ? sectors.get(0) : Sector.of("microfinance");
            ngo = register("ONG d'appui aux producteurs", OrganisationKind.NGO, null, Set.of(active), null, on);
        }
    }

    /** Proposes, admits the founding members, establishes; returns the day of establishment. */
    private LocalDate proposeAndEstablish(LocalDate on) {
        String name = "Cadre de concertation de " + communeName();
        framework = accepted(() -> process.propose(new ProposeFramework(commune, name, sectors, on))).orElseThrow().id();
        admit(municipality, List.of(), on, mayor, secretary);
        Party late = random.nextDouble() < 0.05 ? professionals.get(professionals.size() - 1) : null;
        boolean lateIsAlone = late != null
                && professionals.stream().filter(p -> p.sector().equals(late.sector())).count() == 1;
        for (Party party : professionals) {
            if (party != late) {
                admit(party.id(), List.of(party.sector()), on, party.head());
            }
        }
        boolean serviceLate = random.nextDouble() < 0.2;
        if (!serviceLate) {
            admit(technicalService, List.of(), on, agent);
        }
        admit(pact, List.of(), on, facilitator);
        admit(partner, List.of(), on, officer);

        LocalDate deliberated = on.plusDays(7 + random.nextInt(8));
        LocalDate establishedOn = deliberated.plusDays(3);
        CouncilDeliberation deliberation = new CouncilDeliberation(deliberated.getYear() + "-" + (10 + index % 90)
                + "/CR", deliberated, "Création du cadre de concertation de la commune et des organisations "
                + "professionnelles de ses filières prioritaires");
        double mistake = random.nextDouble();
        if (mistake < 0.08) {
            refused(() -> process.establish(new EstablishFramework(framework, null, establishedOn)), "EST-1");
        } else if (mistake < 0.12) {
            CouncilDeliberation tooLate = new CouncilDeliberation(deliberation.number(), establishedOn.plusDays(5),
                    deliberation.decision());
            refused(() -> process.establish(new EstablishFramework(framework, tooLate, establishedOn)), "EST-1");
        }
        if (late != null && lateIsAlone) {
            refused(() -> process.establish(new EstablishFramework(framework, deliberation, establishedOn)), "EST-3");
        }
        if (late != null) {
            admit(late.id(), List.of(late.sector()), establishedOn, late.head());
        }
        accepted(() -> process.establish(new EstablishFramework(framework, deliberation, establishedOn)));
        if (serviceLate) {
            admit(technicalService, List.of(), establishedOn.plusDays(5), agent);
        }
        if (ngo != null) {
            admit(ngo, List.of(), establishedOn.plusDays(3), person(Sex.FEMALE, false, "coordinatrice"));
        }
        return establishedOn;
    }

    /** Each professional organisation raises one or two needs of the catalogue; returns the last day of the round. */
    private LocalDate raiseTheFirstNeeds(PlanCycles cycles, LocalDate from) {
        LocalDate last = from;
        if (random.nextDouble() < 0.04) {
            // the commune speaks for the professionals: NEED-2
            refused(() -> process.recordNeed(new RecordNeed(framework, municipality, sectors.get(0),
                    NeedKind.INVESTMENT, "Hangar de marché", Money.xof(6_000_000), from)), "NEED-2");
        }
        for (Party party : professionals) {
            int count = 1 + (random.nextDouble() < 0.5 ? 1 : 0);
            for (int i = 0; i < count; i++) {
                LocalDate day = from.plusDays(random.nextInt(20));
                last = day.isAfter(last) ? day : last;
                cycles.raise(party.key(), day);
            }
        }
        if (sectors.size() > 1 && random.nextDouble() < 0.03) {
            // an organisation speaks for another sector than its own: NEED-2
            Party party = professionals.get(0);
            Sector other = sectors.stream().filter(s -> !s.equals(party.sector())).findFirst().orElseThrow();
            refused(() -> process.recordNeed(new RecordNeed(framework, party.id(), other,
                    NeedKind.BUSINESS_ENVIRONMENT_MEASURE, "Jour de marché", null, from)), "NEED-2");
        }
        return last;
    }

    // ---- the mistakes of the cycles

    /** Now and then, at a step of the simulation, a party first tries a command the rules refuse. */
    private final class Mistakes implements CycleListener {

        /** Pledges raised over an action's estimate while the plan runs, to bring back if it is carried over. */
        private final List<PledgeContribution> raised = new ArrayList<>();

        @Override
        public void answered(Outcome<?> outcome) {
            recorder.answered(outcome);
        }

        @Override
        public void held(Meeting meeting, boolean quorum) {
            if (!quorum && random.nextBoolean()) {
                // the meeting without a quorum decides all the same: MEET-1
                LocalDate on = meeting.heldOn().orElseThrow();
                refused(() -> process.adopt(new AdoptActionPlan(framework, meeting.id(), Period.of(on.plusDays(3),
                        on.plusMonths(2)), List.of(radioReports(on.plusDays(3), on.plusMonths(2))), on)), "MEET-1");
            }
        }

        @Override
        public void reviewing(ActionPlan plan, MeetingId meeting, LocalDate day, boolean nextPlanFollows) {
            for (PledgeContribution pledge : raised) {
                if (repositories.plans().get(pledge.plan()).action(pledge.action()).status() != ActionStatus.DONE) {
                    // an action that is not done keeps the pledge that matches its estimate
                    accepted(() -> process.pledge(new PledgeContribution(pledge.plan(), pledge.action(),
                            pledge.party(), pledge.form(), pledge.amount().minus(Money.xof(25_000)), day)));
                }
            }
            raised.clear();
            if (nextPlanFollows && random.nextDouble() < 0.08) {
                // the next plan before the review: CYC-1
                refused(() -> process.adopt(new AdoptActionPlan(framework, meeting, Period.of(day.plusDays(3),
                        day.plusMonths(2)), List.of(radioReports(day.plusDays(3), day.plusMonths(2))), day)), "CYC-1");
            }
        }

        /** The first draft of a plan breaks a rule, and the meeting corrects it. */
        @Override
        public void adopting(MeetingId meeting, LocalDate day, Period period, List<ActionSpec> specs) {
            double draw = random.nextDouble();
            List<ActionSpec> draft = new ArrayList<>(specs);
            int works = indexOf(specs, ActionKind.INFRASTRUCTURE);
            String rule;
            Period drafted = period;
            if (draw < 0.08) {
                drafted = Period.ofMonths(period.start(), 4);
                rule = "PLAN-1";
            } else if (draw < 0.12 && works >= 0) {
                draft.set(works, withShares(specs.get(works), pactTakesPartOf(specs.get(works))));
                rule = "PLAN-4";
            } else if (draw < 0.16 && !specs.get(specs.size() - 1).costShares().isEmpty()) {
                int at = specs.size() - 1;
                List<CostShare> shares = new ArrayList<>(specs.get(at).costShares());
                CostShare last = shares.remove(shares.size() - 1);
                shares.add(CostShare.pledge(last.party(), last.form(), last.pledged().plus(Money.xof(50_000))));
                draft.set(at, withShares(specs.get(at), shares));
                rule = "PLAN-6";
            } else if (draw < 0.19 && works >= 0 && specs.get(works).carriedFrom() == null) {
                ActionSpec spec = specs.get(works);
                draft.set(works, withShares(spec, List.of(CostShare.pledge(partner, ContributionForm.CASH,
                        spec.estimatedCost()))));
                rule = "PLAN-5";
            } else if (draw < 0.22) {
                ActionSpec first = specs.get(0);
                draft.set(0, new ActionSpec(first.title(), first.sector(), first.kind(), first.responsible(),
                        period.end().plusDays(10), first.estimatedCost(), first.costShares(), first.pdesc(),
                        first.addresses(), first.carriedFrom()));
                rule = "PLAN-2";
            } else if (draw < 0.25) {
                draft.add(new ActionSpec("Travaux d'aménagement d'une piste rurale", sectors.get(0),
                        ActionKind.INFRASTRUCTURE, pact, period.end().minusDays(random.nextInt(21)),
                        Money.xof(2_000_000), List.of(CostShare.pledge(partner, ContributionForm.CASH,
                                Money.xof(1_800_000)), CostShare.pledge(professionals.get(0).id(),
                                ContributionForm.IN_KIND, Money.xof(200_000))), null, List.of(), null));
                rule = "PLAN-3";
            } else {
                return;
            }
            Period wrong = drafted;
            refused(() -> process.adopt(new AdoptActionPlan(framework, meeting, wrong, draft, day)), rule);
        }

        @Override
        public void installing(MeetingId meeting, LocalDate day, List<CommitteeMember> members) {
            if (random.nextDouble() < 0.05) {
                // a sector left out of the committee: MON-1
                List<CommitteeMember> partial = List.copyOf(members.subList(0, 2));
                refused(() -> process.install(new InstallCommittee(framework, meeting, partial,
                        "Suivi du plan d'action du cycle 1", DUTIES, null, day)), "MON-1");
            }
        }

        @Override
        public void revising(ActionPlan plan, LocalDate day) {
            if (random.nextDouble() < 0.04) {
                // a revision without its reason: MON-2
                refused(() -> process.reviseMandate(new ReviseMandate(framework, "Suivi du plan d'action du cycle "
                        + plan.cycle(), DUTIES, plan.period(), plan.id(), null, day)), "MON-2");
            }
        }

        @Override
        public List<Happening> whileRunning(ActionPlan plan, LocalDate start, LocalDate end) {
            List<Happening> happenings = new ArrayList<>();
            LocalDate day = start.plusDays(2 + random.nextInt(9));
            if (day.isAfter(end)) {
                return happenings;
            }
            for (Action action : plan.actions()) {
                double draw = random.nextDouble();
                if (draw < 0.1 && !action.kind().isCapitalInvestment() && !action.costShares().isEmpty()) {
                    // a party raises its pledge: the shares no longer add up (PLAN-6 warning)
                    CostShare share = action.costShares().get(0);
                    PledgeContribution pledge = new PledgeContribution(plan.id(), action.id(), share.party(),
                            share.form(), share.pledged().plus(Money.xof(25_000)), day);
                    raised.add(pledge);
                    happenings.add(new Happening(day, () -> accepted(() -> process.pledge(pledge))));
                } else if (draw < 0.12 && action.kind().isCapitalInvestment()) {
                    // the support programme offers to pay for works: PLAN-4
                    happenings.add(new Happening(day, () -> refused(() -> process.pledge(new PledgeContribution(
                            plan.id(), action.id(), pact, ContributionForm.CASH, Money.xof(100_000), day)),
                            "PLAN-4")));
                }
            }
            return happenings;
        }

        @Override
        public void blocking(ActionPlan plan, Action action, LocalDate day) {
            if (plan.cycle() > 1 && random.nextDouble() < 0.05) {
                // the committee records it against the previous plan's action: MON-3
                ActionPlan previous = repositories.plans().findByFramework(framework).get(plan.cycle() - 2);
                Action old = previous.actions().get(0);
                refused(() -> process.recordObstacle(new RecordObstacle(framework, previous.id(), old.id(),
                        "Obstacle rattaché à l'ancien plan", day)), "MON-3");
            }
        }
    }

    private List<CostShare> pactTakesPartOf(ActionSpec works) {
        List<CostShare> shares = new ArrayList<>();
        boolean taken = false;
        for (CostShare share : works.costShares()) {
            if (!taken && share.pledged().amount() >= 200_000 && !share.party().equals(pact)) {
                shares.add(CostShare.pledge(share.party(), share.form(), share.pledged().minus(Money.xof(100_000))));
                shares.add(CostShare.pledge(pact, ContributionForm.CASH, Money.xof(100_000)));
                taken = true;
            } else {
                shares.add(share);
            }
        }
        if (!taken) {
            shares.add(CostShare.pledge(pact, ContributionForm.CASH, Money.xof(0)));
        }
        return shares;
    }

    private static ActionSpec withShares(ActionSpec spec, List<CostShare> shares) {
        return new ActionSpec(spec.title(), spec.sector(), spec.kind(), spec.responsible(), spec.dueDate(),
                spec.estimatedCost(), shares, spec.pdesc(), spec.addresses(), spec.carriedFrom());
    }

    private static int indexOf(List<ActionSpec> specs, ActionKind kind) {
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    /** The professionals' radio reports on prices: their own action, at their own cost. */
    private ActionSpec radioReports(LocalDate from, LocalDate due) {
        Party party = professionals.get(0);
        return ActionSpec.of("Émissions radio sur les prix", party.sector(), ActionKind.COMMUNICATION, party.id(),
                due.isBefore(from) ? from : due, Money.xof(120_000),
                List.of(CostShare.pledge(party.id(), ContributionForm.CASH, Money.xof(120_000))));
    }

    // ---- helpers

    private OrganisationId register(String name, OrganisationKind kind, CommuneId in, Set<Sector> active,
            MemberCount members, LocalDate on) {
        OrganisationId id = accepted(() -> process.registerOrganisation(new RegisterOrganisation(name, null, kind, in,
                active, members, null, on))).orElseThrow().id();
        organisations.add(id);
        return id;
    }

    private void admit(OrganisationId organisation, List<Sector> forSectors, LocalDate from, Person... people) {
        accepted(() -> process.admit(new AdmitMember(framework, organisation, forSectors, List.of(people), from)));
    }

    private Person person(Sex sex, boolean youth, String role) {
        List<String> first = sex == Sex.FEMALE ? WOMEN : MEN;
        String name;
        do {
            name = first.get(random.nextInt(first.size())) + " " + FAMILY_NAMES.get(random.nextInt(FAMILY_NAMES.size()));
        } while (!names.add(name));
        return new Person(name, sex, youth, role);
    }



    private String communeName() {
        List<CommuneEntry> communes = DATASET.communes();
        return communes.get(index % communes.size()).name();
    }

    private <T> Outcome<T> accepted(Supplier<Outcome<T>> call) {
        Outcome<T> outcome = recorder.run(call);
        if (outcome.refused()) {
            throw new IllegalStateException("framework " + index + ": the process refused a step of the story: "
                    + outcome.verdicts());
        }
        return outcome;
    }

    private void refused(Supplier<? extends Outcome<?>> call, String rule) {
        Outcome<?> outcome = recorder.run(call);
        if (!outcome.refused() || !outcome.has(rule)) {
            throw new IllegalStateException("framework " + index + ": expected a refusal by " + rule + ", got "
                    + outcome);
        }
    }

    private GeneratedFramework stored() {
        return new GeneratedFramework(index, recorder.checked(),
                organisations.stream().map(id -> repositories.organisations().get(id).snapshot()).toList(),
                repositories.frameworks().get(framework).snapshot(),
                repositories.needs().findByFramework(framework).stream().map(n -> n.snapshot()).toList(),
                repositories.meetings().findByFramework(framework).stream().map(Meeting::snapshot).toList(),
                repositories.plans().findByFramework(framework).stream().map(ActionPlan::snapshot).toList(),
                repositories.committees().findByFramework(framework).map(MonitoringCommittee::snapshot).orElse(null));
    }
}
