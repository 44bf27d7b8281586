package org.kafo.bench.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Money;
import org.kafo.model.common.Period;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sector;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.model.need.NeedId;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.MemberCount;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionReview;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.PdescReference;
import org.kafo.model.plan.ReviewOutcome;
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
import org.kafo.rules.command.ChangeActionStatus;
import org.kafo.rules.command.ConveneMeeting;
import org.kafo.rules.command.DeliverContribution;
import org.kafo.rules.command.EndMembership;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.FileReport;
import org.kafo.rules.command.HoldMeeting;
import org.kafo.rules.command.InstallCommittee;
import org.kafo.rules.command.PledgeContribution;
import org.kafo.rules.command.ProposeFramework;
import org.kafo.rules.command.RecordAttendance;
import org.kafo.rules.command.RecordNeed;
import org.kafo.rules.command.RecordObstacle;
import org.kafo.rules.command.RegisterCercle;
import org.kafo.rules.command.RegisterCommune;
import org.kafo.rules.command.RegisterInPdesc;
import org.kafo.rules.command.RegisterOrganisation;
import org.kafo.rules.command.RegisterRegion;
import org.kafo.rules.command.ResolveObstacle;
import org.kafo.rules.command.ReviewPlan;
import org.kafo.rules.command.ReviseMandate;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.rules.process.Outcome;

/**
 * One framework's story, played command after command through the process on in-memory
 * repositories of its own: a commune proposes it for two or three sectors, admits its members,
 * establishes it, its professionals raise needs, then one to four plan cycles run (a meeting, a
 * review of the plan in force, a new plan, the committee installed or its mandate revised, the
 * plan's actions started, paid, blocked by obstacles or done) and a last meeting reviews the last
 * plan.
 *
 * <p>Now and then a party makes a mistake the rules catch, as in the PACT communes' first years:
 * an establishment without the council's deliberation, a plan over three months, the support
 * programme paying for works, a meeting without a quorum that tries to decide, a plan adopted
 * before the previous one was reviewed... The refused command is then corrected and run again.
 * Warnings (PLAN-7, EST-4, MEET-1, CYC-2, MON-2, PLAN-6 on pledges) come with the accepted ones.
 * The odds are the generator's, chosen for a realistic mix, not observed. Every draw comes from the
 * framework's own random sequence, in a fixed order: the same seed plays the same story (the model
 * draws its identifiers at random, so only those differ). A refusal the story did not plan is a
 * bug of the generator ({@link IllegalStateException}).
 */
final class FrameworkStory {

    private static final List<String> SECTORS = List.of("small-scale-irrigation", "market-gardening",
            "rice-growing", "inland-fishing", "livestock", "shea-processing", "grain-storage");
    private static final List<String> COMMUNES = List.of("Dioro", "Sansanding", "Togou", "Markala",
            "Farakou Massa", "Boky-Wèrè", "Kokry", "Souleye", "Saloba", "Kolongo", "Sirakorala", "Koula",
            "Tougouni", "Nyamina", "Doumba", "Ouélessébougou", "Dialakoroba", "Sanankoroba", "Dio-Gare",
            "Yélékébougou");
    private static final List<String> FAMILY_NAMES = List.of("Coulibaly", "Traoré", "Diarra", "Keïta", "Sidibé",
            "Dembélé", "Sangaré", "Konaté", "Maïga", "Touré", "Diallo", "Camara", "Sissoko", "Kané");
    private static final List<String> MEN = List.of("Moussa", "Bakary", "Seydou", "Issa", "Oumar", "Adama",
            "Modibo", "Siaka");
    private static final List<String> WOMEN = List.of("Kadiatou", "Aminata", "Fatoumata", "Mariam", "Awa",
            "Oumou", "Assitan", "Rokia");
    private static final String VENUE = "Salle de délibération de la mairie";
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
    private final List<OpenNeed> openNeeds = new ArrayList<>();
    private ActionPlan plan;
    private ActionPlan previousPlan;
    private MonitoringCommittee committee;

    private final Set<String> names = new LinkedHashSet<>();
    private Person mayor;
    private Person secretary;
    private Person agent;
    private Person facilitator;
    private Person officer;

    /** A professional organisation of one priority sector, with its president. */
    private record Party(OrganisationId id, Sector sector, Person head) {
    }

    /** A need not yet taken up by a plan. */
    private record OpenNeed(NeedId id, Party raisedBy, NeedKind kind, Money estimatedCost) {
    }

    /** Something that happens on a day while a plan runs. */
    private record Event(LocalDate day, Runnable happening) {
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
        LocalDate firstPlanStart = raiseTheFirstNeeds(established.plusDays(10)).withDayOfMonth(1).plusMonths(2);
        int cycles = 1 + random.nextInt(4);
        for (int cycle = 1; cycle <= cycles + 1; cycle++) {
            LocalDate quarterStart = firstPlanStart.plusMonths(3L * (cycle - 1));
            Meeting meeting = holdADecidingMeeting(quarterStart.minusDays(3), cycle > 1);
            LocalDate day = meeting.heldOn().orElseThrow();
            solveSomeObstacles(day);
            if (cycle > 1) {
                review(meeting.id(), day, cycle <= cycles);
            }
            if (cycle <= cycles) {
                LocalDate from = day.isBefore(quarterStart) ? quarterStart : day.plusDays(1);
                adopt(meeting.id(), day, Period.of(from, quarterStart.plusMonths(3).minusDays(1)), cycle);
                if (cycle == 1) {
                    installTheCommittee(meeting.id(), day);
                } else {
                    reviseTheMandate(cycle, day);
                }
                runThePlan(cycle, quarterStart.plusMonths(3).minusDays(4));
            }
        }
        if (ngo != null && random.nextDouble() < 0.3) {
            accepted(() -> process.endMembership(new EndMembership(framework, ngo,
                    plan.period().end().plusDays(20), "Fin du projet de l'ONG dans la commune")));
        }
        return stored();
    }

    // ---- before the first meeting

    private void registerTheParties(LocalDate on) {
        String name = COMMUNES.get(index % COMMUNES.size());
        RegionId region = accepted(() -> process.registerRegion(new RegisterRegion("04", "Ségou", Effective.ALWAYS))).orElseThrow()
                .id();
        CercleId cercle = accepted(() -> process.registerCercle(new RegisterCercle("0406", "Ségou", region,
                Effective.ALWAYS))).orElseThrow().id();
        commune = accepted(() -> process.registerCommune(new RegisterCommune(String.format("04%06d", index), name,
                List.of(), new Assignment(cercle, region, Effective.ALWAYS),
                new Population(8_000 + random.nextInt(40_000), 2009), new GeoPoint(13.6 + random.nextDouble(),
                        -5.9 + random.nextDouble())))).orElseThrow().id();
        int sectorCount = random.nextDouble() < 0.75 ? 2 : 3;
        List<String> codes = new ArrayList<>(SECTORS);
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
                professionals.add(new Party(id, sector, person(women ? Sex.FEMALE : Sex.MALE, false,
                        women ? "présidente" : "président")));
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
        String name = "Cadre de concertation de " + COMMUNES.get(index % COMMUNES.size());
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

    /** Each professional organisation raises one or two needs; returns the last day of the round. */
    private LocalDate raiseTheFirstNeeds(LocalDate from) {
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
                raiseANeed(party, day);
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

    private void raiseANeed(Party party, LocalDate day) {
        double draw = random.nextDouble();
        NeedKind kind = draw < 0.45 ? NeedKind.INVESTMENT
                : draw < 0.8 ? NeedKind.BUSINESS_ENVIRONMENT_MEASURE : NeedKind.CAPACITY_BUILDING;
        Money cost = kind == NeedKind.INVESTMENT ? Money.xof(1_000_000L * (2 + random.nextInt(30))) : null;
        String description = switch (kind) {
            case INVESTMENT -> "Périmètre irrigué villageois, forage ou magasin de stockage";
            case BUSINESS_ENVIRONMENT_MEASURE -> "Droits de place, convention locale ou information sur les prix";
            case CAPACITY_BUILDING -> "Formation en gestion et en techniques de production";
        };
        NeedId id = accepted(() -> process.recordNeed(new RecordNeed(framework, party.id(), party.sector(), kind,
                description, cost, day))).orElseThrow().id();
        openNeeds.add(new OpenNeed(id, party, kind, cost));
    }

    // ---- meetings

    /** Convenes and holds a meeting; without a quorum it may try to decide (refused) and meets again. */
    private Meeting holdADecidingMeeting(LocalDate dueOn, boolean planInForce) {
        LocalDate plannedOn = dueOn;
        if (planInForce && random.nextDouble() < 0.12) {
            plannedOn = dueOn.plusDays(7 + random.nextInt(21)); // after the plan's end: CYC-2
        }
        Meeting meeting = convene(plannedOn);
        attend(meeting.id(), plannedOn, false);
        LocalDate on = plannedOn;
        Outcome<Meeting> held = accepted(() -> process.hold(new HoldMeeting(meeting.id(), on)));
        if (!held.has("MEET-1")) {
            return held.orElseThrow();
        }
        if (random.nextBoolean()) {
            MeetingId id = meeting.id();
            refused(() -> process.adopt(new AdoptActionPlan(framework, id, Period.of(on.plusDays(3),
                    on.plusMonths(2)), List.of(radioReports(on.plusDays(3), on.plusMonths(2))), on)), "MEET-1");
        }
        LocalDate again = plannedOn.plusDays(14);
        Meeting second = convene(again);
        attend(second.id(), again, true);
        Outcome<Meeting> heldAgain = accepted(() -> process.hold(new HoldMeeting(second.id(), again)));
        if (heldAgain.has("MEET-1")) {
            throw new IllegalStateException("a meeting with every party has no quorum: " + heldAgain.verdicts());
        }
        return heldAgain.orElseThrow();
    }

    private Meeting convene(LocalDate plannedOn) {
        return accepted(() -> process.convene(new ConveneMeeting(framework, plannedOn, VENUE, municipality,
                plannedOn.minusDays(10), List.of(), List.of()))).orElseThrow();
    }

    private void attend(MeetingId meeting, LocalDate day, boolean everyone) {
        List<Attendance> present = new ArrayList<>();
        if (everyone || random.nextDouble() < 0.88) {
            present.add(new Attendance(municipality, PartyCategory.MUNICIPALITY, mayor));
        }
        if (random.nextDouble() < 0.5) {
            present.add(new Attendance(municipality, PartyCategory.MUNICIPALITY, secretary));
        }
        for (Party party : professionals) {
            if (everyone || random.nextDouble() < 0.75) {
                present.add(new Attendance(party.id(), PartyCategory.PROFESSIONAL_ORGANISATION, party.head()));
            }
        }
        if (random.nextDouble() < 0.6) {
            present.add(new Attendance(technicalService, PartyCategory.TECHNICAL_SERVICE, agent));
        }
        if (random.nextDouble() < 0.7) {
            present.add(new Attendance(pact, PartyCategory.SUPPORT_PROGRAMME, facilitator));
        }
        if (!present.isEmpty()) {
            accepted(() -> process.recordAttendance(new RecordAttendance(meeting, present, day)));
        }
    }

    private void solveSomeObstacles(LocalDate day) {
        if (committee == null) {
            return;
        }
        for (Obstacle obstacle : committee.unresolvedObstacles()) {
            if (random.nextBoolean()) {
                committee = accepted(() -> process.resolveObstacle(new ResolveObstacle(framework, obstacle.id(),
                        "Solution négociée en réunion de concertation", day))).orElseThrow();
            }
        }
    }

    // ---- plans

    private void review(MeetingId meeting, LocalDate day, boolean nextPlanFollows) {
        if (nextPlanFollows && random.nextDouble() < 0.08) {
            // the next plan before the review: CYC-1
            refused(() -> process.adopt(new AdoptActionPlan(framework, meeting, Period.of(day.plusDays(3),
                    day.plusMonths(2)), List.of(radioReports(day.plusDays(3), day.plusMonths(2))), day)), "CYC-1");
        }
        List<ActionReview> decisions = new ArrayList<>();
        for (Action action : plan.actions()) {
            if (action.status() == ActionStatus.DONE) {
                decisions.add(new ActionReview(action.id(), ReviewOutcome.DONE, null));
            } else if (!nextPlanFollows || random.nextDouble() < 0.06) {
                decisions.add(new ActionReview(action.id(), ReviewOutcome.DROPPED, "Les parties renoncent à l'action"));
            } else {
                decisions.add(new ActionReview(action.id(), ReviewOutcome.CARRIED_OVER, "Contributions en attente"));
            }
        }
        plan = accepted(() -> process.review(new ReviewPlan(plan.id(), meeting, decisions, day))).orElseThrow();
    }

    private void adopt(MeetingId meeting, LocalDate day, Period period, int cycle) {
        List<ActionSpec> specs = new ArrayList<>();
        if (plan != null) {
            for (Action action : plan.actions()) {
                if (action.status() == ActionStatus.CARRIED_OVER) {
                    specs.add(action.carryOver(dueDate(period, action.kind())));
                }
            }
        }
        int fresh = Math.min(openNeeds.size(), 1 + random.nextInt(3));
        for (int i = 0; i < fresh; i++) {
            specs.add(actionFor(openNeeds.remove(0), period));
        }
        if (specs.isEmpty() || random.nextDouble() < 0.3) {
            specs.add(radioReports(period.start(), dueDate(period, ActionKind.COMMUNICATION)));
        }
        tryAMistake(meeting, day, period, specs);
        previousPlan = plan;
        plan = accepted(() -> process.adopt(new AdoptActionPlan(framework, meeting, period, specs, day)))
                .orElseThrow();
        if (cycle > 1 && random.nextDouble() < 0.25) {
            raiseANeed(professionals.get(random.nextInt(professionals.size())), day.plusDays(1));
        }
    }

    /** Now and then the first draft of a plan breaks a rule, and the meeting corrects it. */
    private void tryAMistake(MeetingId meeting, LocalDate day, Period period, List<ActionSpec> specs) {
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
                    ActionKind.INFRASTRUCTURE, pact, dueDate(period, ActionKind.INFRASTRUCTURE), Money.xof(2_000_000),
                    List.of(CostShare.pledge(partner, ContributionForm.CASH, Money.xof(1_800_000)),
                            CostShare.pledge(professionals.get(0).id(), ContributionForm.IN_KIND, Money.xof(200_000))),
                    null, List.of(), null));
            rule = "PLAN-3";
        } else {
            return;
        }
        Period wrong = drafted;
        refused(() -> process.adopt(new AdoptActionPlan(framework, meeting, wrong, draft, day)), rule);
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

    /** Works by the commune, paid by the partner, the commune and the professionals; measures by the commune; training by PACT. */
    private ActionSpec actionFor(OpenNeed need, Period period) {
        Sector sector = need.raisedBy().sector();
        OrganisationId professionals = need.raisedBy().id();
        ActionSpec spec = switch (need.kind()) {
            case INVESTMENT -> {
                long cost = need.estimatedCost().amount();
                long partnerShare = cost / 100 * 60;
                long professionalShare = cost / 100 * 10;
                yield ActionSpec.of("Réalisation : " + sector.code(), sector, ActionKind.INFRASTRUCTURE, municipality,
                        dueDate(period, ActionKind.INFRASTRUCTURE), Money.xof(cost), List.of(
                                CostShare.pledge(partner, ContributionForm.CASH, Money.xof(partnerShare)),
                                CostShare.pledge(municipality, ContributionForm.CASH,
                                        Money.xof(cost - partnerShare - professionalShare)),
                                CostShare.pledge(professionals, ContributionForm.IN_KIND,
                                        Money.xof(professionalShare))));
            }
            case BUSINESS_ENVIRONMENT_MEASURE -> {
                long cost = 50_000L * (2 + random.nextInt(8));
                yield ActionSpec.of("Mesure : " + sector.code(), sector, ActionKind.BUSINESS_ENVIRONMENT_MEASURE,
                        municipality, dueDate(period, ActionKind.BUSINESS_ENVIRONMENT_MEASURE), Money.xof(cost),
                        List.of(CostShare.pledge(municipality, ContributionForm.CASH, Money.xof(cost))));
            }
            case CAPACITY_BUILDING -> {
                long cost = 100_000L * (3 + random.nextInt(6));
                long own = cost / 10 * 3;
                yield ActionSpec.of("Formation : " + sector.code(), sector, ActionKind.TRAINING, pact,
                        dueDate(period, ActionKind.TRAINING), Money.xof(cost), List.of(
                                CostShare.pledge(pact, ContributionForm.CASH, Money.xof(cost - own)),
                                CostShare.pledge(professionals, ContributionForm.IN_KIND, Money.xof(own))));
            }
        };
        spec = spec.addressing(List.of(need.id()));
        if (spec.responsible().equals(municipality) && random.nextBoolean()) {
            spec = spec.registeredIn(pdesc(period.start(), random.nextDouble() < 0.6));
        }
        return spec;
    }

    /** The professionals' radio reports on prices: their own action, at their own cost. */
    private ActionSpec radioReports(LocalDate from, LocalDate due) {
        Party party = professionals.get(0);
        return ActionSpec.of("Émissions radio sur les prix", party.sector(), ActionKind.COMMUNICATION, party.id(),
                due.isBefore(from) ? from : due, Money.xof(120_000),
                List.of(CostShare.pledge(party.id(), ContributionForm.CASH, Money.xof(120_000))));
    }

    /** Works near the end of the plan; other actions within two months of its start. */
    private LocalDate dueDate(Period period, ActionKind kind) {
        int days = (int) period.days();
        int offset = kind.isCapitalInvestment()
                ? days - 1 - random.nextInt(Math.min(21, days))
                : Math.min(days - 1, 20 + random.nextInt(41));
        return period.start().plusDays(offset);
    }

    private void installTheCommittee(MeetingId meeting, LocalDate day) {
        List<CommitteeMember> members = new ArrayList<>();
        members.add(CommitteeMember.from(day, municipality, PartyCategory.MUNICIPALITY, secretary));
        Set<Sector> seated = new LinkedHashSet<>();
        for (Party party : professionals) {
            if (seated.add(party.sector())) {
                members.add(CommitteeMember.from(day, party.id(), PartyCategory.PROFESSIONAL_ORGANISATION,
                        party.head()));
            }
        }
        members.add(CommitteeMember.from(day, technicalService, PartyCategory.TECHNICAL_SERVICE, agent));
        if (random.nextDouble() < 0.05) {
            // a sector left out of the committee: MON-1
            List<CommitteeMember> partial = members.subList(0, 2);
            refused(() -> process.install(new InstallCommittee(framework, meeting, List.copyOf(partial),
                    "Suivi du plan d'action du cycle 1", DUTIES, null, day)), "MON-1");
        }
        committee = accepted(() -> process.install(new InstallCommittee(framework, meeting, members,
                "Suivi du plan d'action du cycle 1", DUTIES, null, day))).orElseThrow();
    }

    private void reviseTheMandate(int cycle, LocalDate day) {
        if (random.nextDouble() < 0.05) {
            return; // forgotten: the adoption's MON-2 warning stays unanswered
        }
        if (random.nextDouble() < 0.04) {
            refused(() -> process.reviseMandate(new ReviseMandate(framework, "Suivi du plan d'action du cycle " + cycle,
                    DUTIES, plan.period(), plan.id(), null, day)), "MON-2");
        }
        committee = accepted(() -> process.reviseMandate(new ReviseMandate(framework,
                "Suivi du plan d'action du cycle " + cycle, DUTIES, plan.period(), plan.id(),
                "Nouveau plan d'action adopté", day))).orElseThrow();
    }

    // ---- while a plan runs

    /** Draws what happens to the plan's actions and plays it in the order of the days, up to {@code lastDay}. */
    private void runThePlan(int cycle, LocalDate lastDay) {
        LocalDate start = plan.period().start();
        LocalDate end = lastDay.isBefore(plan.period().end()) ? lastDay : plan.period().end();
        List<Event> events = new ArrayList<>();
        for (Action action : plan.actions()) {
            events.addAll(whatHappensTo(action, start, end));
            if (action.responsible().equals(municipality) && action.pdescReference().isEmpty()
                    && random.nextBoolean()) {
                LocalDate day = between(start.plusDays(5), start.plusDays(30), end);
                PdescReference reference = pdesc(day, random.nextDouble() < 0.6);
                events.add(new Event(day, () -> plan = accepted(() -> process.registerInPdesc(
                        new RegisterInPdesc(plan.id(), action.id(), reference, day))).orElseThrow()));
            }
        }
        if (random.nextDouble() < 0.85) {
            LocalDate day = between(start.plusDays(30), start.plusDays(50), end);
            events.add(new Event(day, () -> committee = accepted(() -> process.fileReport(new FileReport(framework,
                    "Rapport du comité de suivi sur le plan du cycle " + cycle, day))).orElseThrow()));
        }
        events.sort(Comparator.comparing(Event::day));
        events.forEach(event -> event.happening().run());
    }

    private List<Event> whatHappensTo(Action action, LocalDate start, LocalDate end) {
        List<Event> events = new ArrayList<>();
        LocalDate started = between(start, start.plusDays(14), end);
        events.add(new Event(started, () -> status(action.id(), ActionStatus.IN_PROGRESS, null, started)));
        LocalDate lastDelivery = started;
        CostShare missing = null;
        for (CostShare share : action.costShares()) {
            if (share.pledged().amount() == 0) {
                continue;
            }
            if (random.nextDouble() < 0.8) {
                LocalDate day = between(started, action.dueDate(), end);
                lastDelivery = day.isAfter(lastDelivery) ? day : lastDelivery;
                events.add(new Event(day, () -> plan = accepted(() -> process.deliver(new DeliverContribution(
                        plan.id(), action.id(), share.party(), share.form(), share.outstanding(), day)))
                        .orElseThrow()));
            } else {
                missing = missing == null ? share : missing;
            }
        }
        if (missing == null && random.nextDouble() < 0.1 && !action.kind().isCapitalInvestment()
                && !action.costShares().isEmpty()) {
            // a party of an action that will be done raises its pledge: the shares no longer add up (PLAN-6 warning)
            CostShare share = action.costShares().get(0);
            LocalDate day = between(start.plusDays(2), start.plusDays(10), end);
            events.add(new Event(day, () -> plan = accepted(() -> process.pledge(new PledgeContribution(plan.id(),
                    action.id(), share.party(), share.form(), share.pledged().plus(Money.xof(25_000)), day)))
                    .orElseThrow()));
        } else if (random.nextDouble() < 0.02 && action.kind().isCapitalInvestment()) {
            LocalDate day = between(start.plusDays(2), start.plusDays(10), end);
            events.add(new Event(day, () -> refused(() -> process.pledge(new PledgeContribution(plan.id(), action.id(),
                    pact, ContributionForm.CASH, Money.xof(100_000), day)), "PLAN-4")));
        }
        if (missing != null) {
            if (random.nextDouble() < 0.6) {
                LocalDate due = action.dueDate().isAfter(end) ? end : action.dueDate();
                LocalDate raw = between(due.minusDays(10), due, end);
                LocalDate day = raw.isBefore(started) ? started : raw;
                events.add(new Event(day, () -> block(action, day)));
            }
        } else {
            LocalDate done = between(lastDelivery, lastDelivery.plusDays(10), end);
            events.add(new Event(done, () -> status(action.id(), ActionStatus.DONE, null, done)));
        }
        return events;
    }

    private void block(Action action, LocalDate on) {
        if (previousPlan != null && random.nextDouble() < 0.05) {
            // the committee records it against the previous plan's action: MON-3
            Action previous = previousPlan.actions().get(0);
            refused(() -> process.recordObstacle(new RecordObstacle(framework, previousPlan.id(), previous.id(),
                    "Obstacle rattaché à l'ancien plan", on)), "MON-3");
        }
        Outcome<MonitoringCommittee> recorded = accepted(() -> process.recordObstacle(new RecordObstacle(framework,
                plan.id(), action.id(), "Une contribution attendue n'est pas arrivée", on)));
        committee = recorded.orElseThrow();
        status(action.id(), ActionStatus.BLOCKED, "Contribution en attente", on);
    }

    private void status(ActionId action, ActionStatus status, String reason, LocalDate on) {
        ActionStatus now = plan.action(action).status();
        if (now == status || !now.canMoveTo(status)) {
            return;
        }
        plan = accepted(() -> process.changeActionStatus(new ChangeActionStatus(plan.id(), action, status, reason,
                on))).orElseThrow();
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

    private static PdescReference pdesc(LocalDate day, boolean budgeted) {
        int year = day.getYear();
        int first = 2006 + Math.floorDiv(year - 2006, 5) * 5;
        return new PdescReference("PDESC " + first + "-" + (first + 4) + ", PAI " + year,
                budgeted ? "BP " + year : null);
    }

    /** A day drawn between {@code from} and {@code to}, never after {@code end} nor before {@code from}. */
    private LocalDate between(LocalDate from, LocalDate to, LocalDate end) {
        LocalDate last = to.isAfter(end) ? end : to;
        if (!last.isAfter(from)) {
            return from.isAfter(end) ? end : from;
        }
        return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, last) + 1));
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
