package org.kafo.bench.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.kafo.model.committee.CommitteeId;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.Mandate;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.committee.ObstacleId;
import org.kafo.model.committee.ProgressReport;
import org.kafo.model.committee.ReportId;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Money;
import org.kafo.model.common.Period;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sector;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.framework.Membership;
import org.kafo.model.framework.StatusChange;
import org.kafo.model.meeting.AgendaItem;
import org.kafo.model.meeting.AgendaItemKind;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Convocation;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.meeting.Minutes;
import org.kafo.model.meeting.MinutesApproval;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedId;
import org.kafo.model.need.NeedKind;
import org.kafo.model.need.NeedRepository;
import org.kafo.model.need.NeedStatus;
import org.kafo.model.organisation.LegalRegistration;
import org.kafo.model.organisation.MemberCount;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.PdescReference;
import org.kafo.model.plan.PlanId;
import org.kafo.model.plan.PlanReview;
import org.kafo.model.plan.ProgressNote;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.GeoPoint;
import org.kafo.model.territory.Population;

/**
 * One synthetic commune's framework and its quarterly plan cycles, drawn from the commune's own
 * random sequence: the same sequence tells the same story. The odds follow the PACT Mali sample's
 * simulation (late meetings, absent parties, a meeting without quorum now and then, contributions on
 * time or late, obstacles, carried-over and dropped actions, new needs, mandate revisions); the
 * aggregates are built from their states, and each one checks its own invariants when it is restored.
 * Everything after {@code asOf} has not happened yet: the last plan is in force on that day.
 */
final class CommuneStory {

    private static final double LATE_MEETING = 1.0 / 7;
    private static final double NO_QUORUM = 0.05;
    private static final double DONE = 0.62;
    private static final double BLOCKED = 0.3;
    private static final double OBSTACLE_REPORTED = 0.6;
    private static final double OBSTACLE_SOLVED_AT_MEETING = 0.5;
    private static final double DROPPED = 0.04;
    private static final double DROPPED_AFTER_TWO_CARRY_OVERS = 0.5;
    private static final double EXTRA_ACTION = 0.3;
    private static final double REPORT_FILED = 0.85;
    private static final double NEW_NEED = 0.5;
    private static final double NEED_WITHDRAWN = 0.03;
    private static final double REGISTERED_IN_PDESC = 0.75;
    private static final double BUDGETED = 0.6;
    private static final double MANDATE_REVISED = 0.9;
    private static final double COMMITTEE_MEMBER_CHANGES = 0.08;
    private static final double NOTE = 0.4;
    private static final String VENUE = "Salle de délibération de la mairie";

    /** What is stored of the commune: its aggregates' states. */
    record History(Commune.State commune, List<Organisation.State> organisations, ConsultationFramework.State framework,
            List<Need.State> needs, List<Meeting.State> meetings, List<ActionPlan.State> plans,
            MonitoringCommittee.State committee) {
    }

    private record Party(OrganisationId id, PartyCategory category, List<Person> roster, Sector sector) {
    }

    private final Random random;
    private final Names names;
    private final int cycles;
    private final LocalDate firstPlan;
    private final LocalDate asOf;

    private final FrameworkId framework;
    private final List<Party> parties = new ArrayList<>();
    private Party municipality;
    private final List<Party> professionals = new ArrayList<>();
    private Party partner;
    private Party support;
    private final Map<NeedId, NeedDraft> needs = new LinkedHashMap<>();
    private final List<Meeting.State> meetings = new ArrayList<>();
    private final List<ActionPlan.State> plans = new ArrayList<>();
    private final List<CommitteeMember> members = new ArrayList<>();
    private final List<Mandate> mandates = new ArrayList<>();
    private final List<ProgressReport> reports = new ArrayList<>();
    private final List<ObstacleDraft> obstacles = new ArrayList<>();

    CommuneStory(Random random, int cycles, LocalDate firstPlan, LocalDate asOf) {
        this.random = random;
        this.names = new Names(random);
        this.cycles = cycles;
        this.firstPlan = firstPlan;
        this.asOf = asOf;
        this.framework = new FrameworkId(Ids.uuid(random));
    }

    History tell(Territory territory, int index, int cercle) {
        String name = names.place();
        CommuneId communeId = new CommuneId(Ids.uuid(random));
        var cercleState = territory.cercles().get(cercle);
        int region = territory.regions().indexOf(territory.regions().stream()
                .filter(r -> r.id().equals(cercleState.region())).findFirst().orElseThrow());
        Commune.State commune = new Commune.State(communeId, String.format("SYN-%02d-%03d-%03d", region + 1, cercle + 1,
                index + 1), name, List.of(), new Population(4_000 + random.nextInt(60_000), 2022),
                new GeoPoint(11 + random.nextDouble() * 6, -11 + random.nextDouble() * 10),
                List.of(new Assignment(cercleState.id(), cercleState.region(), Effective.ALWAYS)));

        List<String> sectorCodes = new ArrayList<>(Territory.Sectors.ALL);
        java.util.Collections.shuffle(sectorCodes, random);
        List<Sector> sectors = sectorCodes.subList(0, 2 + random.nextInt(2)).stream().map(Sector::new).toList();
        List<Organisation.State> organisations = new ArrayList<>();
        LocalDate proposed = firstPlan.minusDays(120 + random.nextInt(30));

        OrganisationId mairie = new OrganisationId(Ids.uuid(random));
        organisations.add(new Organisation.State(mairie, "Mairie de " + name, null, OrganisationKind.MUNICIPALITY,
                communeId, List.of(), null, null));
        municipality = party(mairie, PartyCategory.MUNICIPALITY, null, "maire", "adjoint au maire", "secrétaire général");
        for (Sector sector : sectors) {
            int count = 1 + (random.nextInt(3) == 0 ? 1 : 0);
            for (int i = 0; i < count; i++) {
                OrganisationId id = new OrganisationId(Ids.uuid(random));
                boolean women = sector.code().equals("market-gardening") || sector.code().equals("shea-processing");
                OrganisationKind kind = women ? OrganisationKind.GROUP
                        : random.nextBoolean() ? OrganisationKind.COOPERATIVE : OrganisationKind.ASSOCIATION;
                String orgName = (kind == OrganisationKind.GROUP ? "Groupement des femmes " : kind == OrganisationKind.COOPERATIVE
                        ? "Coopérative " : "Association ") + sector.code().replace('-', ' ') + " " + (i + 1) + " de " + name;
                int size = 60 + random.nextInt(61);
                int womenCount = women ? size - random.nextInt(5) : random.nextInt(size / 3);
                organisations.add(new Organisation.State(id, orgName, null, kind, communeId, List.of(sector.code()).stream()
                        .map(Sector::new).toList(), new MemberCount(size, womenCount, random.nextInt(size / 2), proposed),
                        random.nextInt(3) == 0 ? null : new LegalRegistration("SYN/" + (1000 + random.nextInt(9000)),
                                proposed.minusYears(1 + random.nextInt(8)), "Préfecture")));
                professionals.add(party(id, PartyCategory.PROFESSIONAL_ORGANISATION, sector, "président", "trésorier",
                        "membre", "membre", "jeune membre"));
            }
        }
        List<Party> services = territory.servicesOfCercle().get(cercle).stream()
                .map(id -> party(id, PartyCategory.TECHNICAL_SERVICE, null, "chef de service", "agent")).toList();
        partner = party(territory.partnerOfRegion().get(region), PartyCategory.PARTNER, null, "chargé de programme");
        support = party(territory.supportProgramme(), PartyCategory.SUPPORT_PROGRAMME, null, "animateur", "conseiller");
        Party ngo = random.nextInt(10) < 7 ? party(territory.ngoOfCercle().get(cercle), PartyCategory.NGO, null,
                "coordinateur") : null;
        parties.add(municipality);
        parties.addAll(professionals);
        parties.addAll(services);
        parties.add(partner);
        if (ngo != null) {
            parties.add(ngo);
        }
        parties.add(support);

        LocalDate deliberated = proposed.plusDays(20 + random.nextInt(20));
        LocalDate established = deliberated.plusDays(3);
        List<Membership> memberships = parties.stream().map(p -> new Membership(p.id(), p.category(),
                p.sector() == null ? List.of() : List.of(p.sector()), p.roster().subList(0, 1), Effective.since(proposed)))
                .toList();

        for (Party professional : professionals) {
            for (int i = 0; i < 2 + random.nextInt(2); i++) {
                newNeed(professional, established.plusDays(5 + random.nextInt(20)));
            }
        }
        tellCycles();

        List<StatusChange> history = new ArrayList<>(List.of(new StatusChange(FrameworkStatus.PROPOSED, proposed, null),
                new StatusChange(FrameworkStatus.ESTABLISHED, established, null)));
        meetings.stream().filter(m -> m.status() == MeetingStatus.HELD).findFirst()
                .ifPresent(first -> history.add(new StatusChange(FrameworkStatus.ACTIVE, first.heldOn(), null)));
        ConsultationFramework.State frameworkState = new ConsultationFramework.State(framework, communeId,
                "Cadre de concertation de " + name, sectors, new CouncilDeliberation(
                        deliberated.getYear() + "-" + (10 + random.nextInt(90)) + "/CR", deliberated,
                        "Création du cadre de concertation communal"), memberships, history);

        MonitoringCommittee.State committee = plans.isEmpty() ? null : new MonitoringCommittee.State(
                new CommitteeId(Ids.uuid(random)), framework, plans.get(0).adoptedAt(), plans.get(0).adoptedOn(),
                members, mandates, reports, obstacles.stream().map(ObstacleDraft::state).toList());
        return restored(new History(commune, organisations, frameworkState,
                needs.values().stream().map(NeedDraft::state).map(n -> Need.restore(n, 1)).sorted(NeedRepository.ORDER
                        // ties as the database breaks them: by id
                        .thenComparing(n -> n.id().value().toString()))
                        .map(Need::snapshot).toList(), meetings, plans, committee));
    }

    /** Restores every aggregate once: each checks its invariants, and a bug of the story shows here. */
    private static History restored(History h) {
        Commune.restore(h.commune(), 1);
        h.organisations().forEach(o -> Organisation.restore(o, 1));
        ConsultationFramework.restore(h.framework(), 1);
        h.needs().forEach(n -> Need.restore(n, 1));
        h.meetings().forEach(m -> Meeting.restore(m, 1));
        h.plans().forEach(p -> ActionPlan.restore(p, 1));
        if (h.committee() != null) {
            MonitoringCommittee.restore(h.committee(), 1);
        }
        return h;
    }

    private Party party(OrganisationId id, PartyCategory category, Sector sector, String... roles) {
        List<Person> roster = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (String role : roles) {
            Person person;
            do {
                Sex sex = random.nextInt(10) < (category == PartyCategory.PROFESSIONAL_ORGANISATION ? 4 : 2) ? Sex.FEMALE
                        : Sex.MALE;
                person = names.person(sex, role.startsWith("jeune") || random.nextInt(8) == 0, role);
            } while (!taken.add(person.name().toLowerCase(java.util.Locale.ROOT)));
            roster.add(person);
        }
        return new Party(id, category, List.copyOf(roster), sector);
    }

    private void tellCycles() {
        List<ActionDraft> open = List.of();
        PlanId previous = null;
        int sequence = 0;
        for (int cycle = 1; cycle <= cycles; cycle++) {
            LocalDate quarter = firstPlan.plusMonths(3L * (cycle - 1));
            LocalDate quarterEnd = quarter.plusMonths(3).minusDays(1);
            LocalDate day = quarter.minusDays(2 + random.nextInt(5));
            if (random.nextDouble() < LATE_MEETING) {
                day = day.plusDays(7 + random.nextInt(22));
            }
            if (day.isAfter(asOf)) {
                break;
            }
            if (random.nextDouble() < NO_QUORUM && day.minusDays(14).isAfter(lastMeetingDay())) {
                meetings.add(meeting(++sequence, day.minusDays(14), false, List.of()));
            }
            MeetingId adopting = new MeetingId(Ids.uuid(random));
            ActionPlan.State last = plans.isEmpty() ? null : plans.get(plans.size() - 1);
            List<ActionDraft> carried = new ArrayList<>();
            if (last != null) {
                for (ActionDraft action : open) {
                    action.closeAt(day, random, carried);
                }
                reviewLastPlan(adopting, day, open);
            }
            for (NeedDraft need : needs.values()) {
                need.meetIfReviewed(day);
            }
            LocalDate start = day.plusDays(1).isBefore(quarter) ? quarter : day.plusDays(1);
            Period period = Period.of(start, quarterEnd);
            List<ActionDraft> actions = new ArrayList<>();
            for (ActionDraft from : carried) {
                actions.add(from.carriedInto(new ActionId(Ids.uuid(random)), dueIn(period)));
            }
            int fresh = 3 + (random.nextDouble() < EXTRA_ACTION ? 1 : 0);
            for (NeedDraft need : needs.values()) {
                if (fresh == 0) {
                    break;
                }
                if (need.status == NeedStatus.OPEN && !need.identifiedOn.isAfter(day)) {
                    actions.add(newAction(need, period));
                    fresh--;
                }
            }
            if (actions.isEmpty()) {
                actions.add(communication(period));
            }
            PlanId plan = new PlanId(Ids.uuid(random));
            for (ActionDraft action : actions) {
                action.plan = plan;
                for (NeedId need : action.addresses) {
                    needs.get(need).addressedWith(action.id);
                }
            }
            meetings.add(meeting(++sequence, day, true, actions, adopting));
            installOrReviseCommittee(adopting, day, period, plan, cycle);
            LocalDate nextMeeting = cycle < cycles ? quarterEnd.plusDays(1) : null;
            LocalDate until = nextMeeting == null || nextMeeting.isAfter(asOf) ? asOf : nextMeeting.minusDays(3);
            for (ActionDraft action : actions) {
                action.run(period, until, random, this);
            }
            if (random.nextDouble() < REPORT_FILED && !period.start().plusDays(45).isAfter(asOf)) {
                reports.add(new ProgressReport(new ReportId(Ids.uuid(random)), plan, period.start().plusDays(45),
                        "Rapport de suivi du plan " + cycle));
            }
            for (Party professional : professionals) {
                if (random.nextDouble() < NEW_NEED) {
                    LocalDate identified = period.start().plusDays(10 + random.nextInt(60));
                    if (!identified.isAfter(asOf)) {
                        newNeed(professional, identified);
                    }
                }
            }
            plans.add(new ActionPlan.State(plan, framework, cycle, previous, period, adopting, day, List.of(), null));
            planActions.put(plan, actions);
            previous = plan;
            open = actions;
        }
        // the actions are written into their plans once every review has been decided
        for (int i = 0; i < plans.size(); i++) {
            ActionPlan.State p = plans.get(i);
            PlanReview review = reviews.get(p.id());
            plans.set(i, new ActionPlan.State(p.id(), p.framework(), p.cycle(), p.previous(), p.period(), p.adoptedAt(),
                    p.adoptedOn(), planActions.get(p.id()).stream().map(ActionDraft::state).toList(), review));
        }
    }

    private final Map<PlanId, List<ActionDraft>> planActions = new LinkedHashMap<>();
    private final Map<PlanId, PlanReview> reviews = new LinkedHashMap<>();

    private void reviewLastPlan(MeetingId meeting, LocalDate day, List<ActionDraft> actions) {
        ActionPlan.State last = plans.get(plans.size() - 1);
        reviews.put(last.id(), new PlanReview(meeting, day));
        for (ActionDraft action : actions) {
            action.reviewedOn = day;
        }
        for (ObstacleDraft obstacle : obstacles) {
            if (obstacle.reportedTo == null && obstacle.resolvedOn == null && random.nextDouble() < OBSTACLE_REPORTED) {
                obstacle.reportedTo = meeting;
                if (random.nextDouble() < OBSTACLE_SOLVED_AT_MEETING) {
                    obstacle.resolvedOn = day;
                }
            }
        }
    }

    private LocalDate lastMeetingDay() {
        return meetings.isEmpty() ? LocalDate.MIN : meetings.get(meetings.size() - 1).heldOn();
    }

    private Meeting.State meeting(int sequence, LocalDate day, boolean quorum, List<ActionDraft> actions) {
        return meeting(sequence, day, quorum, actions, new MeetingId(Ids.uuid(random)));
    }

    private Meeting.State meeting(int sequence, LocalDate day, boolean quorum, List<ActionDraft> actions, MeetingId id) {
        List<OrganisationId> invitees = parties.stream().map(Party::id).toList();
        List<AgendaItem> agenda = new ArrayList<>();
        agenda.add(AgendaItem.of("Revue du plan d'action précédent", AgendaItemKind.ACTION_REVIEW));
        obstacles.stream().filter(o -> o.resolvedOn == null).limit(2).forEach(o -> agenda.add(
                new AgendaItem("Obstacle : " + o.description, AgendaItemKind.OBSTACLE, o.id.value())));
        agenda.add(AgendaItem.of("Besoins des professionnels", AgendaItemKind.NEEDS));
        agenda.add(AgendaItem.of("Adoption du plan d'action du trimestre", AgendaItemKind.PLAN_ADOPTION));
        agenda.add(AgendaItem.of("Comité de suivi", AgendaItemKind.COMMITTEE));
        List<Attendance> attendance = new ArrayList<>();
        for (Party party : parties) {
            double odds = switch (party.category()) {
                case MUNICIPALITY -> quorum ? 0.8 : 0;
                case PROFESSIONAL_ORGANISATION -> 0.7;
                case TECHNICAL_SERVICE -> 0.55;
                case PARTNER -> 0.15;
                case NGO -> 0.5;
                case SUPPORT_PROGRAMME -> 0.75;
            };
            boolean first = true;
            for (Person person : party.roster()) {
                boolean comes = random.nextDouble() < odds
                        || (first && quorum && party.category() == PartyCategory.MUNICIPALITY);
                if (comes) {
                    attendance.add(new Attendance(party.id(), party.category(), person));
                }
                first = false;
            }
        }
        boolean written = !day.plusDays(2).isAfter(asOf);
        List<MinutesApproval> approvals = new ArrayList<>();
        if (written && quorum && !day.plusDays(7).isAfter(asOf)) {
            approvals.add(new MinutesApproval(municipality.id(), true, null, day.plusDays(7)));
            approvals.add(new MinutesApproval(professionals.get(0).id(), true, null, day.plusDays(7)));
        }
        return new Meeting.State(id, framework, sequence, day, VENUE, MeetingStatus.HELD,
                new Convocation(municipality.id(), day.minusDays(10), invitees), agenda, attendance, day, null,
                written ? new Minutes(quorum ? "Le cadre a adopté le plan d'action (" + actions.size() + " actions)."
                        : "Quorum non atteint : la réunion est reconvoquée.", day.plusDays(2)) : null,
                approvals);
    }

    private void installOrReviseCommittee(MeetingId meeting, LocalDate day, Period period, PlanId plan, int cycle) {
        List<String> duties = List.of("Suivre l'exécution du plan d'action", "Identifier les obstacles",
                "Rendre compte au cadre de concertation");
        if (mandates.isEmpty()) {
            for (Party party : parties) {
                if (party.category() != PartyCategory.PARTNER && party.category() != PartyCategory.SUPPORT_PROGRAMME) {
                    members.add(CommitteeMember.from(day, party.id(), party.category(), party.roster().get(0)));
                }
            }
            mandates.add(new Mandate(1, day, "Plan d'action du cycle 1", duties, period, plan, null));
            return;
        }
        if (random.nextDouble() < MANDATE_REVISED) {
            mandates.add(new Mandate(mandates.size() + 1, day, "Plan d'action du cycle " + cycle, duties, period, plan,
                    "Nouveau plan d'action"));
        }
        if (random.nextDouble() < COMMITTEE_MEMBER_CHANGES) {
            List<Integer> current = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                if (members.get(i).isCurrent() && members.get(i).effective().from().isBefore(day.minusDays(1))) {
                    current.add(i);
                }
            }
            if (!current.isEmpty()) {
                int leaving = current.get(random.nextInt(current.size()));
                CommitteeMember m = members.get(leaving);
                members.set(leaving, new CommitteeMember(m.organisation(), m.category(), m.person(),
                        m.effective().endingOn(day.minusDays(1))));
                Party party = parties.stream().filter(p -> p.id().equals(m.organisation())).findFirst().orElseThrow();
                Person next = party.roster().get(random.nextInt(party.roster().size()));
                boolean seated = members.stream().anyMatch(x -> x.isCurrent() && x.organisation().equals(party.id())
                        && x.person().name().equalsIgnoreCase(next.name()));
                if (!seated) {
                    members.add(CommitteeMember.from(day, party.id(), party.category(), next));
                }
            }
        }
    }

    private void newNeed(Party raisedBy, LocalDate on) {
        NeedKind kind = switch (random.nextInt(10)) {
            case 0, 1, 2, 3, 4 -> NeedKind.INVESTMENT;
            case 5, 6, 7 -> NeedKind.BUSINESS_ENVIRONMENT_MEASURE;
            default -> NeedKind.CAPACITY_BUILDING;
        };
        String description = switch (kind) {
            case INVESTMENT -> List.of("Aménagement d'un PIV de 30 ha avec motopompe", "Forage équipé", "Grand puits",
                    "Magasin de stockage", "Hangar de marché", "Clôture grillagée", "Piste rurale", "Petit seuil",
                    "Réseau californien").get(random.nextInt(9));
            case BUSINESS_ENVIRONMENT_MEASURE -> List.of("Transparence sur l'usage de la TDRL", "Convention locale foncière",
                    "Jour de marché hebdomadaire", "Prix diffusés à la radio", "Accès au crédit et aux intrants")
                    .get(random.nextInt(5));
            case CAPACITY_BUILDING -> List.of("Formation à la gestion coopérative", "Formalisation de l'organisation")
                    .get(random.nextInt(2));
        };
        NeedDraft need = new NeedDraft(new NeedId(Ids.uuid(random)), raisedBy, kind, description, on);
        if (random.nextDouble() < NEED_WITHDRAWN) {
            need.status = NeedStatus.WITHDRAWN;
            need.withdrawalReason = "Besoin couvert par un autre programme";
        }
        needs.put(need.id, need);
    }

    private LocalDate dueIn(Period period) {
        long days = period.days();
        return period.start().plusDays(Math.min(days - 1, 20 + random.nextInt((int) Math.max(1, days - 20))));
    }

    private ActionDraft newAction(NeedDraft need, Period period) {
        Sector sector = need.raisedBy.sector();
        ActionDraft action = new ActionDraft(new ActionId(Ids.uuid(random)), need.description, sector, dueIn(period));
        action.addresses.add(need.id);
        switch (need.kind) {
            case INVESTMENT -> {
                boolean infrastructure = random.nextInt(10) < 6;
                action.kind = infrastructure ? ActionKind.INFRASTRUCTURE : ActionKind.EQUIPMENT;
                action.responsible = municipality;
                long cost = (infrastructure ? 3_000_000 + random.nextInt(22_000_000) : 800_000 + random.nextInt(5_200_000))
                        / 1000 * 1000;
                long commune = cost * (50 + random.nextInt(16)) / 100;
                long partnerShare = cost * (20 + random.nextInt(16)) / 100;
                action.estimated = cost;
                action.share(municipality, ContributionForm.CASH, commune);
                action.share(partner, ContributionForm.CASH, partnerShare);
                action.share(need.raisedBy, ContributionForm.IN_KIND, cost - commune - partnerShare);
                if (random.nextDouble() < REGISTERED_IN_PDESC) {
                    action.pdesc = new PdescReference("PDESC axe " + (1 + random.nextInt(4)) + "." + (1 + random.nextInt(9)),
                            random.nextDouble() < BUDGETED ? "BP " + period.start().getYear() + " ligne " + (200 + random.nextInt(50)) : null);
                }
            }
            case BUSINESS_ENVIRONMENT_MEASURE -> {
                action.kind = ActionKind.BUSINESS_ENVIRONMENT_MEASURE;
                action.responsible = municipality;
                action.estimated = random.nextInt(4) == 0 ? 0 : (50 + random.nextInt(250)) * 1000L;
                if (action.estimated > 0) {
                    action.share(municipality, ContributionForm.CASH, action.estimated);
                }
                if (random.nextDouble() < REGISTERED_IN_PDESC / 2) {
                    action.pdesc = new PdescReference("PDESC axe 5." + (1 + random.nextInt(5)), null);
                }
            }
            case CAPACITY_BUILDING -> {
                action.kind = ActionKind.TRAINING;
                action.responsible = support;
                action.estimated = (200 + random.nextInt(1300)) * 1000L;
                long programme = action.estimated * 7 / 10;
                action.share(support, ContributionForm.CASH, programme);
                action.share(need.raisedBy, ContributionForm.IN_KIND, action.estimated - programme);
            }
        }
        return action;
    }

    private ActionDraft communication(Period period) {
        ActionDraft action = new ActionDraft(new ActionId(Ids.uuid(random)), "Émission radio sur les décisions du cadre",
                professionals.get(0).sector(), dueIn(period));
        action.kind = ActionKind.COMMUNICATION;
        action.responsible = municipality;
        action.estimated = (40 + random.nextInt(80)) * 1000L;
        action.share(municipality, ContributionForm.CASH, action.estimated);
        return action;
    }

    void obstacle(ActionDraft action, LocalDate raised) {
        obstacles.add(new ObstacleDraft(new ObstacleId(Ids.uuid(random)), action.plan, action.id,
                "Contribution attendue pour « " + action.title + " »", raised));
    }

    void note(ActionDraft action, LocalDate on) {
        if (random.nextDouble() < NOTE) {
            action.notes.add(new ProgressNote(on, action.responsible.id(), "Travaux en cours"));
        }
    }

    /** A need as the story moves it on. */
    private final class NeedDraft {
        final NeedId id;
        final Party raisedBy;
        final NeedKind kind;
        final String description;
        final LocalDate identifiedOn;
        NeedStatus status = NeedStatus.OPEN;
        String withdrawalReason;
        final List<ActionId> addressedBy = new ArrayList<>();

        NeedDraft(NeedId id, Party raisedBy, NeedKind kind, String description, LocalDate identifiedOn) {
            this.id = id;
            this.raisedBy = raisedBy;
            this.kind = kind;
            this.description = description;
            this.identifiedOn = identifiedOn;
        }

        void addressedWith(ActionId action) {
            addressedBy.add(action);
            if (status == NeedStatus.OPEN) {
                status = NeedStatus.PLANNED;
            }
        }

        /** Met once an action that addresses it was done and its plan reviewed. */
        void meetIfReviewed(LocalDate day) {
            if (status != NeedStatus.PLANNED) {
                return;
            }
            for (List<ActionDraft> actions : planActions.values()) {
                for (ActionDraft action : actions) {
                    if (action.addresses.contains(id) && action.status == ActionStatus.DONE && action.reviewedOn != null
                            && !action.reviewedOn.isAfter(day)) {
                        status = NeedStatus.MET;
                        return;
                    }
                }
            }
        }

        Need.State state() {
            Money cost = kind == NeedKind.INVESTMENT ? Money.xof(1_000_000L * (1 + Math.abs(id.value().hashCode() % 20)))
                    : null;
            return new Need.State(id, framework, raisedBy.id(), raisedBy.sector(), kind, description, cost, identifiedOn,
                    status, withdrawalReason, List.copyOf(addressedBy));
        }
    }

    /** An action as the story moves it on. */
    final class ActionDraft {
        final ActionId id;
        final String title;
        final Sector sector;
        final LocalDate due;
        ActionKind kind;
        Party responsible;
        long estimated;
        PlanId plan;
        PdescReference pdesc;
        final List<NeedId> addresses = new ArrayList<>();
        ActionId carriedFrom;
        int carried;
        final List<Party> parties = new ArrayList<>();
        final List<ContributionForm> forms = new ArrayList<>();
        final List<long[]> amounts = new ArrayList<>();
        final List<ProgressNote> notes = new ArrayList<>();
        ActionStatus status = ActionStatus.PLANNED;
        String reason;
        LocalDate completedOn;
        LocalDate reviewedOn;

        ActionDraft(ActionId id, String title, Sector sector, LocalDate due) {
            this.id = id;
            this.title = title;
            this.sector = sector;
            this.due = due;
        }

        void share(Party party, ContributionForm form, long amount) {
            parties.add(party);
            forms.add(form);
            amounts.add(new long[] {amount, 0});
        }

        /** How it goes until the next meeting (or the as-of day): done, blocked, started, or not. */
        void run(Period period, LocalDate until, Random random, CommuneStory story) {
            LocalDate started = period.start().plusDays(5 + random.nextInt(20));
            if (started.isAfter(until)) {
                return;
            }
            status = ActionStatus.IN_PROGRESS;
            story.note(this, started);
            LocalDate finished = due.plusDays(random.nextInt(40) - 25);
            if (finished.isBefore(started)) {
                finished = started;
            }
            if (random.nextDouble() < DONE && !finished.isAfter(until)) {
                amounts.forEach(a -> a[1] = a[0]);
                status = ActionStatus.DONE;
                completedOn = finished;
                return;
            }
            for (int i = 0; i < amounts.size(); i++) {
                if (parties.get(i).category() != PartyCategory.PROFESSIONAL_ORGANISATION && random.nextBoolean()) {
                    amounts.get(i)[1] = amounts.get(i)[0] / (1 + random.nextInt(2));
                }
            }
            LocalDate blocked = started.plusDays(15);
            if (random.nextDouble() < BLOCKED && !blocked.isAfter(until)) {
                status = ActionStatus.BLOCKED;
                reason = "Contribution en retard";
                story.obstacle(this, blocked);
            }
        }

        /** The review closes it: done stays done, the rest is carried over or dropped. */
        void closeAt(LocalDate day, Random random, List<ActionDraft> carriedOver) {
            if (status == ActionStatus.DONE) {
                return;
            }
            double drop = carried >= 2 ? DROPPED_AFTER_TWO_CARRY_OVERS : DROPPED;
            if (random.nextDouble() < drop) {
                status = ActionStatus.DROPPED;
                reason = "Abandonnée faute de financement";
            } else {
                status = ActionStatus.CARRIED_OVER;
                reason = null;
                carriedOver.add(this);
            }
            for (ObstacleDraft obstacle : obstacles) {
                if (obstacle.action.equals(id) && obstacle.resolvedOn == null && random.nextBoolean()) {
                    obstacle.resolvedOn = day;
                }
            }
        }

        /** The same action in the next plan, with what remains to deliver. */
        ActionDraft carriedInto(ActionId next, LocalDate newDue) {
            ActionDraft copy = new ActionDraft(next, title, sector, newDue);
            copy.kind = kind;
            copy.responsible = responsible;
            long delivered = amounts.stream().mapToLong(a -> a[1]).sum();
            copy.estimated = Math.max(0, estimated - delivered);
            for (int i = 0; i < parties.size(); i++) {
                long outstanding = amounts.get(i)[0] - amounts.get(i)[1];
                if (outstanding > 0) {
                    copy.share(parties.get(i), forms.get(i), outstanding);
                }
            }
            copy.pdesc = pdesc;
            copy.addresses.addAll(addresses);
            copy.carriedFrom = id;
            copy.carried = carried + 1;
            return copy;
        }

        Action state() {
            List<CostShare> shares = new ArrayList<>();
            for (int i = 0; i < parties.size(); i++) {
                shares.add(new CostShare(parties.get(i).id(), forms.get(i), Money.xof(amounts.get(i)[0]),
                        Money.xof(amounts.get(i)[1])));
            }
            return new Action(id, title, sector, kind, responsible.id(), due, Money.xof(estimated), shares, pdesc,
                    List.copyOf(addresses), carriedFrom, status, reason, completedOn, List.copyOf(notes));
        }
    }

    /** An obstacle as the story moves it on. */
    private static final class ObstacleDraft {
        final ObstacleId id;
        final PlanId plan;
        final ActionId action;
        final String description;
        final LocalDate raisedOn;
        MeetingId reportedTo;
        LocalDate resolvedOn;

        ObstacleDraft(ObstacleId id, PlanId plan, ActionId action, String description, LocalDate raisedOn) {
            this.id = id;
            this.plan = plan;
            this.action = action;
            this.description = description;
            this.raisedOn = raisedOn;
        }

        Obstacle state() {
            return new Obstacle(id, plan, action, description, raisedOn, reportedTo,
                    resolvedOn == null ? null : "Solution trouvée en réunion", resolvedOn);
        }
    }
}
