package org.kafo.samples.pactmali;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.kafo.model.committee.CommitteeEvent;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.committee.ObstacleId;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Money;
import org.kafo.model.common.Period;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sector;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.need.NeedId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionReview;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.PdescReference;
import org.kafo.model.plan.ReviewOutcome;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.ChangeActionStatus;
import org.kafo.rules.command.ConveneMeeting;
import org.kafo.rules.command.DeliverContribution;
import org.kafo.rules.command.FileReport;
import org.kafo.rules.command.HoldMeeting;
import org.kafo.rules.command.InstallCommittee;
import org.kafo.rules.command.RecordAttendance;
import org.kafo.rules.command.RecordNeed;
import org.kafo.rules.command.RecordObstacle;
import org.kafo.rules.command.RegisterInPdesc;
import org.kafo.rules.command.ResolveObstacle;
import org.kafo.rules.command.ReviewPlan;
import org.kafo.rules.command.ReviseMandate;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.rules.process.Outcome;
import org.kafo.samples.pactmali.PactMaliDataset.CommuneEntry;
import org.kafo.samples.pactmali.PactMaliDataset.NeedTemplate;
import org.kafo.samples.pactmali.PactMaliDataset.OrganisationEntry;
import org.kafo.samples.pactmali.PactMaliDataset.ShareTemplate;

/**
 * The plan cycles of one commune, command after command through the process. What the parties do
 * is drawn from the commune's random sequence in a fixed order, so the same sequence plays the same
 * story; what the rules say comes from the process, and a refusal the story did not expect is a bug
 * of the simulation ({@link IllegalStateException}).
 *
 * <p>How the parties behave (the odds are the simulation's, not observations):
 * <ul>
 *   <li>a meeting is late (one to four weeks) one time in seven; each party comes or not, and a
 *       meeting without a quorum (MEET-1) is convened again two weeks later, everyone present;</li>
 *   <li>each contribution arrives on time, late, or not during its plan; the professionals' share of
 *       an infrastructure comes once the others' have (their labour follows the materials and funds),
 *       which also keeps a carried-over infrastructure within PLAN-5; an action is done once all its
 *       contributions are in;</li>
 *   <li>a contribution that does not come is often reported by the committee as an obstacle, and the
 *       action is blocked; obstacles are solved at a next meeting, or when the contribution comes;</li>
 *   <li>the review closes what is done, carries the rest over, and drops an action now and then
 *       (more often after two carry-overs); each plan takes the carried-over actions and the oldest
 *       needs not yet planned; the professionals raise new needs as the cycles go.</li>
 * </ul>
 */
final class CommuneRun {

    private static final double LATE_MEETING = 1.0 / 7;
    private static final double MAYOR_COMES = 0.85;
    private static final double DEPUTY_COMES = 0.6;
    private static final double HEAD_COMES = 0.75;
    private static final double YOUNG_MEMBER_COMES = 0.5;
    private static final double AGENT_COMES = 0.6;
    private static final double FACILITATOR_COMES = 0.75;
    private static final double OFFICER_COMES = 0.15;
    private static final double ON_TIME = 0.72;
    private static final double LATE = 0.15;
    private static final double PROFESSIONALS_FOLLOW = 0.9;
    private static final double OBSTACLE_REPORTED = 0.6;
    private static final double OBSTACLE_SOLVED_AT_MEETING = 0.5;
    private static final double DROPPED = 0.04;
    private static final double DROPPED_AFTER_TWO_CARRY_OVERS = 0.5;
    private static final double EXTRA_ACTION = 0.3;
    private static final double REPORT_FILED = 0.85;
    private static final double NEW_NEED = 0.3;
    private static final double REGISTERED_LATER = 0.5;
    private static final double BUDGETED = 0.6;
    private static final double MANDATE_REVISED = 0.9;
    private static final int ACTIONS_PER_PLAN = 3;
    private static final String VENUE = "Salle de délibération de la mairie";

    /** What the simulation knows of an action: the need it comes from and how often it was carried over. */
    private record Track(NeedTemplate template, String raisedBy, int carried, ObstacleId obstacle) {

        Track carriedOver() {
            return new Track(template, raisedBy, carried + 1, obstacle);
        }

        Track withObstacle(ObstacleId id) {
            return new Track(template, raisedBy, carried, id);
        }
    }

    /** A need of the commune and whether a plan took it up. */
    private static final class OpenNeed {
        final NeedId id;
        final NeedTemplate template;
        final String raisedBy;
        boolean planned;

        OpenNeed(NeedId id, NeedTemplate template, String raisedBy) {
            this.id = id;
            this.template = template;
            this.raisedBy = raisedBy;
        }
    }

    /** Something that happens on a day while a plan runs. */
    private record Event(LocalDate day, Runnable happening) {
    }

    private final PactMaliDataset dataset;
    private final ConsultationProcess process;
    private final LoadedDataset loaded;
    private final LoadedDataset.Commune commune;
    private final CommuneEntry entry;
    private final Random random;
    private final int cycles;
    private final LocalDate firstPlanStart;

    private final List<Person> agents;
    private final Map<String, Integer> verdicts = new TreeMap<>();
    private final List<OpenNeed> needs = new ArrayList<>();
    /** Needs a professional organisation raised and that are not closed yet, as "organisation/need". */
    private final Set<String> activeNeeds = new HashSet<>();
    private final Map<ActionId, Track> tracks = new HashMap<>();
    private ActionPlan plan;
    private MonitoringCommittee committee;

    private int lateMeetings;
    private int meetingsWithoutQuorum;
    private int lateContributions;
    private int missedContributions;
    private int needsRaised;
    private int mandatesNotRevised;

    CommuneRun(PactMaliDataset dataset, ConsultationProcess process, LoadedDataset loaded,
            LoadedDataset.Commune commune, Random random, int cycles, LocalDate firstPlanStart) {
        this.dataset = dataset;
        this.process = process;
        this.loaded = loaded;
        this.commune = commune;
        this.entry = commune.entry();
        this.random = random;
        this.cycles = cycles;
        this.firstPlanStart = firstPlanStart;
        for (LoadedDataset.RecordedNeed need : commune.needs()) {
            needs.add(new OpenNeed(need.id(), dataset.need(need.entry().need()), need.entry().raisedBy()));
            activeNeeds.add(need.entry().raisedBy() + "/" + need.entry().need());
        }
        this.agents = agentsOf(dataset, entry);
        commune.verdicts().forEach(this::count);
    }

    SimulationResult.Commune play() {
        for (int cycle = 1; cycle <= cycles + 1; cycle++) {
            LocalDate quarterStart = quarterStart(cycle);
            Meeting meeting = holdADecidingMeeting(quarterStart.minusDays(2));
            LocalDate day = meeting.heldOn().orElseThrow();
            solveSomeObstacles(day);
            if (cycle > 1) {
                review(meeting.id(), day);
            }
            if (cycle <= cycles) {
                LocalDate start = day.isBefore(quarterStart) ? quarterStart : day.plusDays(1);
                adopt(meeting.id(), day, Period.of(start, quarterStart.plusMonths(3).minusDays(1)));
                if (cycle == 1) {
                    installTheCommittee(meeting.id(), day);
                } else {
                    reviseTheMandate(cycle, day);
                }
                run(cycle, quarterStart(cycle + 1).minusDays(3));
            }
        }
        return new SimulationResult.Commune(entry.name(), commune.cercleName(), commune.regionName(),
                commune.region(), commune.cercle(), commune.framework(), lateMeetings, meetingsWithoutQuorum,
                lateContributions, missedContributions, needsRaised, mandatesNotRevised, verdicts);
    }

    private LocalDate quarterStart(int cycle) {
        return firstPlanStart.plusMonths(3L * (cycle - 1));
    }

    // ---- meetings

    /** Convenes and holds the meeting due on {@code dueOn}, then again if it had no quorum. */
    private Meeting holdADecidingMeeting(LocalDate dueOn) {
        LocalDate plannedOn = dueOn;
        if (random.nextDouble() < LATE_MEETING) {
            plannedOn = dueOn.plusDays(7 + random.nextInt(22));
            lateMeetings++;
        }
        Meeting meeting = convene(plannedOn, plannedOn.minusDays(10));
        attend(meeting, plannedOn, false);
        Outcome<Meeting> held = accepted(process.hold(new HoldMeeting(meeting.id(), plannedOn)));
        if (!held.has("MEET-1")) {
            return held.orElseThrow();
        }
        meetingsWithoutQuorum++;
        LocalDate again = plannedOn.plusDays(14);
        Meeting second = convene(again, plannedOn.plusDays(1));
        attend(second, again, true);
        Outcome<Meeting> heldAgain = accepted(process.hold(new HoldMeeting(second.id(), again)));
        if (heldAgain.has("MEET-1")) {
            throw new IllegalStateException(entry.name() + ": a meeting with every party has no quorum: "
                    + heldAgain.verdicts());
        }
        return heldAgain.orElseThrow();
    }

    private Meeting convene(LocalDate plannedOn, LocalDate issuedOn) {
        return accepted(process.convene(new ConveneMeeting(commune.framework(), plannedOn, VENUE,
                commune.municipality(), issuedOn, List.of(), List.of()))).orElseThrow();
    }

    /** Who comes, drawn party by party in a fixed order; {@code everyone} for a meeting convened again. */
    private void attend(Meeting meeting, LocalDate day, boolean everyone) {
        List<Attendance> present = new ArrayList<>();
        List<Person> municipal = municipalPeople();
        boolean mayor = everyone || random.nextDouble() < MAYOR_COMES;
        boolean deputy = random.nextDouble() < DEPUTY_COMES;
        if (mayor) {
            present.add(new Attendance(commune.municipality(), PartyCategory.MUNICIPALITY, municipal.get(0)));
        }
        if (deputy && municipal.size() > 1) {
            present.add(new Attendance(commune.municipality(), PartyCategory.MUNICIPALITY, municipal.get(1)));
        }
        for (OrganisationEntry organisation : entry.organisations()) {
            OrganisationId id = commune.organisations().get(organisation.key());
            boolean head = everyone || random.nextDouble() < HEAD_COMES;
            boolean young = random.nextDouble() < YOUNG_MEMBER_COMES;
            if (head) {
                present.add(new Attendance(id, PartyCategory.PROFESSIONAL_ORGANISATION, People.head(organisation)));
            }
            if (young) {
                present.add(new Attendance(id, PartyCategory.PROFESSIONAL_ORGANISATION,
                        People.youngMember(organisation)));
            }
        }
        for (int i = 0; i < commune.services().size(); i++) {
            if (random.nextDouble() < AGENT_COMES) {
                present.add(new Attendance(commune.services().get(i), PartyCategory.TECHNICAL_SERVICE, agents.get(i)));
            }
        }
        if (random.nextDouble() < FACILITATOR_COMES) {
            present.add(new Attendance(loaded.pact(), PartyCategory.SUPPORT_PROGRAMME, People.facilitator("PACT")));
        }
        if (random.nextDouble() < OFFICER_COMES) {
            present.add(new Attendance(loaded.anict(), PartyCategory.PARTNER, People.officer("ANICT")));
        }
        if (!present.isEmpty()) {
            accepted(process.recordAttendance(new RecordAttendance(meeting.id(), present, day)));
        }
    }

    private void solveSomeObstacles(LocalDate day) {
        if (committee == null) {
            return;
        }
        for (Obstacle obstacle : committee.unresolvedObstacles()) {
            if (random.nextDouble() < OBSTACLE_SOLVED_AT_MEETING) {
                resolve(obstacle.id(), "Solution négociée en réunion de concertation", day);
            }
        }
    }

    // ---- plans

    private void review(MeetingId meeting, LocalDate day) {
        List<ActionReview> decisions = new ArrayList<>();
        for (Action action : plan.actions()) {
            Track track = tracks.get(action.id());
            if (action.status() == ActionStatus.DONE) {
                decisions.add(new ActionReview(action.id(), ReviewOutcome.DONE, null));
                activeNeeds.remove(track.raisedBy() + "/" + track.template().key());
            } else if (random.nextDouble() < (track.carried() >= 2 ? DROPPED_AFTER_TWO_CARRY_OVERS : DROPPED)) {
                decisions.add(new ActionReview(action.id(), ReviewOutcome.DROPPED, track.carried() >= 2
                        ? "Financement introuvable après deux reports" : "Les parties renoncent à l'action"));
                activeNeeds.remove(track.raisedBy() + "/" + track.template().key());
            } else {
                decisions.add(new ActionReview(action.id(), ReviewOutcome.CARRIED_OVER, "Contributions en attente"));
            }
        }
        plan = accepted(process.review(new ReviewPlan(plan.id(), meeting, decisions, day))).orElseThrow();
    }

    private void adopt(MeetingId meeting, LocalDate day, Period period) {
        List<ActionSpec> specs = new ArrayList<>();
        List<Track> specTracks = new ArrayList<>();
        if (plan != null) {
            for (Action action : plan.actions()) {
                if (action.status() == ActionStatus.CARRIED_OVER) {
                    specs.add(action.carryOver(dueDate(period, action.kind())));
                    specTracks.add(tracks.get(action.id()).carriedOver());
                }
            }
        }
        int room = ACTIONS_PER_PLAN + (random.nextDouble() < EXTRA_ACTION ? 1 : 0) - specs.size();
        List<OpenNeed> waiting = needs.stream().filter(n -> !n.planned).toList();
        if (specs.isEmpty() && waiting.isEmpty()) {
            waiting = List.of(raiseANeed(professionalOrganisation(), day));
        }
        for (OpenNeed need : waiting.subList(0, Math.min(waiting.size(), Math.max(room, specs.isEmpty() ? 1 : 0)))) {
            specs.add(newAction(need, period));
            specTracks.add(new Track(need.template, need.raisedBy, 0, null));
            need.planned = true;
        }
        plan = accepted(process.adopt(new AdoptActionPlan(commune.framework(), meeting, period, specs, day)))
                .orElseThrow();
        tracks.clear();
        for (int i = 0; i < specs.size(); i++) {
            tracks.put(plan.actions().get(i).id(), specTracks.get(i));
        }
    }

    private ActionSpec newAction(OpenNeed need, Period period) {
        PactMaliDataset.ActionTemplate action = need.template.action();
        long cost = action.estimatedCost();
        List<CostShare> shares = new ArrayList<>();
        long allotted = 0;
        for (ShareTemplate share : action.shares()) {
            long amount = cost * share.percent() / 100;
            allotted += amount;
            shares.add(CostShare.pledge(party(share.party(), need.raisedBy), share.form(), Money.xof(amount)));
        }
        if (allotted != cost) {
            CostShare first = shares.get(0);
            shares.set(0, CostShare.pledge(first.party(), first.form(), first.pledged().plus(Money.xof(cost - allotted))));
        }
        ActionSpec spec = ActionSpec.of(action.title(), Sector.of(entry.organisation(need.raisedBy).sector()),
                action.kind(), party(action.responsible(), need.raisedBy), dueDate(period, action.kind()),
                Money.xof(cost), shares).addressing(List.of(need.id));
        return action.pdesc() ? spec.registeredIn(pdesc(period.start(), random.nextDouble() < BUDGETED)) : spec;
    }

    /** Works are due near the end of the plan; other actions within two months of its start. */
    private LocalDate dueDate(Period period, ActionKind kind) {
        int days = (int) period.days();
        int offset = kind.isCapitalInvestment()
                ? days - 1 - random.nextInt(Math.min(21, days))
                : Math.min(days - 1, 20 + random.nextInt(41));
        return period.start().plusDays(offset);
    }

    private void installTheCommittee(MeetingId meeting, LocalDate day) {
        List<CommitteeMember> members = new ArrayList<>();
        List<Person> municipal = municipalPeople();
        members.add(CommitteeMember.from(day, commune.municipality(), PartyCategory.MUNICIPALITY,
                municipal.get(municipal.size() - 1)));
        for (OrganisationEntry organisation : entry.organisations()) {
            members.add(CommitteeMember.from(day, commune.organisations().get(organisation.key()),
                    PartyCategory.PROFESSIONAL_ORGANISATION, People.head(organisation)));
        }
        members.add(CommitteeMember.from(day, commune.ruralEngineering(), PartyCategory.TECHNICAL_SERVICE,
                agents.get(commune.services().indexOf(commune.ruralEngineering()))));
        committee = accepted(process.install(new InstallCommittee(commune.framework(), meeting, members,
                "Suivi du plan d'action du cycle 1", duties(), null, day))).orElseThrow();
    }

    private void reviseTheMandate(int cycle, LocalDate day) {
        if (random.nextDouble() >= MANDATE_REVISED) {
            mandatesNotRevised++;
            return;
        }
        committee = accepted(process.reviseMandate(new ReviseMandate(commune.framework(),
                "Suivi du plan d'action du cycle " + cycle, duties(), plan.period(), plan.id(),
                "Nouveau plan d'action adopté", day))).orElseThrow();
    }

    private static List<String> duties() {
        return List.of("Vérifier que les actions avancent au calendrier", "Identifier les obstacles",
                "Les signaler au cadre de concertation");
    }

    // ---- while a plan runs

    /** Draws what happens to the plan's actions, then plays it in the order of the days, up to {@code lastDay}. */
    private void run(int cycle, LocalDate lastDay) {
        LocalDate start = plan.period().start();
        LocalDate end = lastDay.isBefore(plan.period().end()) ? lastDay : plan.period().end();
        List<Event> events = new ArrayList<>();
        for (Action action : plan.actions()) {
            events.addAll(whatHappensTo(action, start, end));
        }
        if (random.nextDouble() < REPORT_FILED) {
            LocalDate day = start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
            events.add(new Event(day, () -> accepted(process.fileReport(new FileReport(commune.framework(),
                    "Rapport du comité de suivi sur le plan du cycle " + cycle, day)))));
        }
        for (Action action : plan.actions()) {
            boolean municipal = action.responsible().equals(commune.municipality());
            if (municipal && action.pdescReference().isEmpty() && random.nextDouble() < REGISTERED_LATER) {
                LocalDate day = between(start.plusDays(5), start.plusDays(30), end);
                PdescReference reference = pdesc(day, random.nextDouble() < BUDGETED);
                events.add(new Event(day, () -> accepted(process.registerInPdesc(new RegisterInPdesc(plan.id(),
                        action.id(), reference, day)))));
            }
        }
        for (OrganisationEntry organisation : entry.organisations()) {
            if (random.nextDouble() < NEW_NEED) {
                LocalDate day = between(start.plusDays(10), end, end);
                NeedTemplate template = newNeedOf(organisation);
                if (template != null) {
                    activeNeeds.add(organisation.key() + "/" + template.key());
                    events.add(new Event(day, () -> needs.add(record(organisation, template, day))));
                }
            }
        }
        events.sort(Comparator.comparing(Event::day));
        events.forEach(event -> event.happening().run());
    }

    /**
     * The action's contributions arrive or not; it starts, is blocked by an obstacle or is done.
     * For an infrastructure, the professionals contribute once the others have.
     */
    private List<Event> whatHappensTo(Action action, LocalDate start, LocalDate end) {
        LocalDate due = action.dueDate().isAfter(end) ? end : action.dueDate();
        boolean works = action.kind() == ActionKind.INFRASTRUCTURE;
        List<CostShare> first = new ArrayList<>();
        List<CostShare> last = new ArrayList<>();
        for (CostShare share : action.costShares()) {
            (works && isProfessional(share.party()) ? last : first).add(share);
        }
        List<Event> deliveries = new ArrayList<>();
        LocalDate lastDelivery = null;
        CostShare missing = null;
        for (CostShare share : first) {
            LocalDate day = deliveryDay(start, due, end);
            if (day == null) {
                missing = missing == null ? share : missing;
                missedContributions++;
                continue;
            }
            lastDelivery = lastDelivery == null || day.isAfter(lastDelivery) ? day : lastDelivery;
            deliveries.add(delivery(action, share, day));
        }
        for (CostShare share : last) {
            LocalDate after = lastDelivery == null ? start : lastDelivery;
            LocalDate day = after.plusDays(1 + random.nextInt(10));
            if (missing != null || day.isAfter(end) || random.nextDouble() >= PROFESSIONALS_FOLLOW) {
                missing = missing == null ? share : missing;
                missedContributions++;
                continue;
            }
            lastDelivery = day;
            deliveries.add(delivery(action, share, day));
        }
        LocalDate drawn = between(start, start.plusDays(14), end);
        LocalDate started = deliveries.stream().map(Event::day).filter(day -> day.isBefore(drawn))
                .min(Comparator.naturalOrder()).orElse(drawn);
        List<Event> events = new ArrayList<>();
        events.add(new Event(started, () -> status(action, ActionStatus.IN_PROGRESS, null, started)));
        events.addAll(deliveries);
        Track track = tracks.get(action.id());
        if (missing != null) {
            if (random.nextDouble() < OBSTACLE_REPORTED) {
                LocalDate day = between(due.minusDays(10), due, end);
                LocalDate on = day.isBefore(started) ? started : day;
                String why = obstacle(missing.party());
                events.add(new Event(on, () -> block(action, why, on)));
            }
        } else {
            LocalDate arrived = lastDelivery == null ? started : lastDelivery;
            LocalDate doneOn = between(arrived, arrived.plusDays(10), end);
            if (track.obstacle() != null) {
                events.add(new Event(arrived, () -> {
                    ObstacleId obstacle = tracks.get(action.id()).obstacle();
                    if (committee.obstacle(obstacle).isUnresolved()) {
                        resolve(obstacle, "La contribution attendue est arrivée", arrived);
                    }
                }));
            }
            events.add(new Event(doneOn, () -> status(action, ActionStatus.DONE, null, doneOn)));
        }
        return events;
    }

    /** On time, late, or not during the plan ({@code null}). */
    private LocalDate deliveryDay(LocalDate start, LocalDate due, LocalDate end) {
        double draw = random.nextDouble();
        if (draw < ON_TIME) {
            return between(start.plusDays(3).isAfter(due) ? start : start.plusDays(3), due, end);
        }
        if (draw < ON_TIME + LATE && due.isBefore(end)) {
            return between(due.plusDays(1), end, end);
        }
        return null;
    }

    private Event delivery(Action action, CostShare share, LocalDate day) {
        if (day.isAfter(action.dueDate())) {
            lateContributions++;
        }
        return new Event(day, () -> plan = accepted(process.deliver(new DeliverContribution(plan.id(), action.id(),
                share.party(), share.form(), share.outstanding(), day))).orElseThrow());
    }

    // ---- commands of a running plan

    private void status(Action action, ActionStatus status, String reason, LocalDate on) {
        ActionStatus now = plan.action(action.id()).status();
        if (now == status || !now.canMoveTo(status)) {
            return;
        }
        plan = accepted(process.changeActionStatus(new ChangeActionStatus(plan.id(), action.id(), status, reason,
                on))).orElseThrow();
    }

    private void block(Action action, String why, LocalDate on) {
        Outcome<MonitoringCommittee> recorded = accepted(process.recordObstacle(new RecordObstacle(
                commune.framework(), plan.id(), action.id(), why, on)));
        committee = recorded.orElseThrow();
        ObstacleId obstacle = recorded.events().stream().filter(CommitteeEvent.ObstacleRecorded.class::isInstance)
                .map(CommitteeEvent.ObstacleRecorded.class::cast).findFirst().orElseThrow().obstacle();
        tracks.put(action.id(), tracks.get(action.id()).withObstacle(obstacle));
        status(action, ActionStatus.BLOCKED, why, on);
    }

    private void resolve(ObstacleId obstacle, String resolution, LocalDate on) {
        committee = accepted(process.resolveObstacle(new ResolveObstacle(commune.framework(), obstacle, resolution,
                on))).orElseThrow();
    }

    // ---- needs

    private OpenNeed raiseANeed(OrganisationEntry organisation, LocalDate day) {
        NeedTemplate template = newNeedOf(organisation);
        if (template == null) {
            throw new IllegalStateException(entry.name() + ": every need of " + organisation.name() + " is open");
        }
        activeNeeds.add(organisation.key() + "/" + template.key());
        OpenNeed need = record(organisation, template, day);
        needs.add(need);
        return need;
    }

    /** A need of the organisation's sector it has not raised yet or that was closed since, drawn at random. */
    private NeedTemplate newNeedOf(OrganisationEntry organisation) {
        List<NeedTemplate> candidates = dataset.needCatalogue().stream()
                .filter(n -> n.sectors().contains(organisation.sector()))
                .filter(n -> !activeNeeds.contains(organisation.key() + "/" + n.key()))
                .toList();
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private OpenNeed record(OrganisationEntry organisation, NeedTemplate template, LocalDate day) {
        NeedId id = accepted(process.recordNeed(new RecordNeed(commune.framework(),
                commune.organisations().get(organisation.key()), Sector.of(organisation.sector()), template.kind(),
                template.description(), template.estimatedCost().map(Money::xof).orElse(null), day))).orElseThrow()
                .id();
        needsRaised++;
        return new OpenNeed(id, template, organisation.key());
    }

    private OrganisationEntry professionalOrganisation() {
        return entry.organisations().get(random.nextInt(entry.organisations().size()));
    }

    // ---- the parties

    private OrganisationId party(String role, String raisedBy) {
        return switch (role) {
            case "municipality" -> commune.municipality();
            case "raisedBy" -> commune.organisations().get(raisedBy);
            case "service" -> commune.ruralEngineering();
            case "pact" -> loaded.pact();
            case "anict" -> loaded.anict();
            default -> throw new IllegalStateException("no party '" + role + "'");
        };
    }

    private boolean isProfessional(OrganisationId party) {
        return commune.organisations().containsValue(party);
    }

    private String obstacle(OrganisationId party) {
        if (party.equals(loaded.anict())) {
            return "Les fonds de l'ANICT (droits de tirage) ne sont pas encore débloqués";
        }
        if (party.equals(commune.municipality())) {
            return "La contrepartie de la commune n'est pas mobilisée";
        }
        if (party.equals(loaded.pact())) {
            return "La contribution du PACT attend la prochaine tranche";
        }
        return "Les membres de l'organisation ne sont pas mobilisés pour leur part";
    }

    private List<Person> municipalPeople() {
        return dataset.municipalityRepresentatives().stream().map(r -> People.municipal(r, entry.name())).toList();
    }

    /** The agents of the commune's services, in the order of {@link LoadedDataset.Commune#services()}. */
    private static List<Person> agentsOf(PactMaliDataset dataset, CommuneEntry entry) {
        List<Person> agents = new ArrayList<>();
        dataset.regions().stream().flatMap(r -> r.cercles().stream())
                .filter(c -> c.communes().contains(entry))
                .findFirst().orElseThrow()
                .services().forEach(s -> agents.add(People.agent(s)));
        for (String key : entry.services()) {
            dataset.technicalServices().stream().filter(s -> s.key().equals(key)).findFirst()
                    .ifPresent(s -> agents.add(People.agent(s)));
        }
        return agents;
    }

    /** The commune's PDESC entry for the year of {@code day} (five-year plans from 2006), with its budget line. */
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

    // ---- what the rules say

    private <T> Outcome<T> accepted(Outcome<T> outcome) {
        outcome.verdicts().forEach(this::count);
        if (outcome.refused()) {
            throw new IllegalStateException(entry.name() + ": the process refused a step of the simulation: "
                    + outcome.verdicts());
        }
        return outcome;
    }

    private void count(Verdict verdict) {
        verdicts.merge(verdict.ruleId() + " " + verdict.severity() + " " + verdict.messageKey(), 1, Integer::sum);
    }
}
