package org.kafo.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.kafo.demo.CycleListener.Happening;
import org.kafo.demo.PactMaliDataset.NeedTemplate;
import org.kafo.demo.PactMaliDataset.ShareTemplate;
import org.kafo.model.committee.CommitteeEvent;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.committee.ObstacleId;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Money;
import org.kafo.model.common.Period;
import org.kafo.model.common.Sector;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.need.NeedId;
import org.kafo.model.organisation.OrganisationId;
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

/**
 * The plan cycles of one commune's established framework, command after command through the
 * process: the one simulation that the PACT Mali dataset, the server's demonstration data and the
 * benchmarks' generators play. What the parties do is drawn from the commune's random sequence in a
 * fixed order, so the same sequence plays the same story; what the rules say comes from the process,
 * and a refusal the story did not expect is a bug of the simulation ({@link IllegalStateException}).
 *
 * <p>The calendar: plan {@code n} runs the {@code n}th quarter from the first plan's start; the
 * meeting that adopts it is due two days before, and the meeting after the last plan reviews it
 * without adopting another. With {@link #stoppingOn(LocalDate)}, nothing happens after that day.
 *
 * <p>How the parties behave (the odds are the simulation's, not observations):
 * <ul>
 *   <li>a meeting is late (one to four weeks) one time in seven; each seat of the {@link Cast} is
 *       drawn with its odds, and a meeting without a quorum (MEET-1) is convened again two weeks
 *       later, where the seats that must come do;</li>
 *   <li>each contribution arrives on time, late, or not during its plan; the professionals' share of
 *       an infrastructure comes once the others' have (their labour follows the materials and funds),
 *       which also keeps a carried-over infrastructure within PLAN-5; an action is done once all its
 *       contributions are in;</li>
 *   <li>a contribution that does not come is often reported by the committee as an obstacle, and the
 *       action is blocked; obstacles are solved at a next meeting, or when the contribution comes;</li>
 *   <li>the review closes what is done, carries the rest over, and drops an action now and then
 *       (more often after two carry-overs); each plan takes the carried-over actions and the oldest
 *       needs not yet planned, each turned into the action of its template in the need catalogue;
 *       the professionals raise new needs from the catalogue as the cycles go.</li>
 * </ul>
 *
 * <pre>{@code
 * PlanCycles.Played played = new PlanCycles(process, cast, dataset.needCatalogue(), new Random(seed))
 *         .withNeeds(firstNeeds).play(LocalDate.of(2008, 3, 1), 4);
 * }</pre>
 *
 * A {@link CycleListener} is called at each step, to add commands of its own to the story.
 */
public final class PlanCycles {

    private static final double LATE_MEETING = 1.0 / 7;
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

    /**
     * What the story played that the indicators do not count.
     *
     * @param plans                 the plans adopted
     * @param lateMeetings          meetings the municipality held after the day they were due
     * @param meetingsWithoutQuorum meetings held without a quorum, then convened again
     * @param lateContributions     contributions delivered after the due date of their action
     * @param missedContributions   contributions still not delivered when their plan ended
     * @param needsRaised           needs the professionals raised during the cycles
     * @param mandatesNotRevised    plans adopted without the committee's mandate following
     * @param verdicts              every verdict the rules gave the simulation's commands, by
     *                              {@code "RULE-ID SEVERITY message-key"}
     */
    public record Played(int plans, int lateMeetings, int meetingsWithoutQuorum, int lateContributions,
            int missedContributions, int needsRaised, int mandatesNotRevised, Map<String, Integer> verdicts) {

        public Played {
            verdicts = Collections.unmodifiableMap(new TreeMap<>(verdicts));
        }
    }

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

    private final ConsultationProcess process;
    private final Cast cast;
    private final List<NeedTemplate> catalogue;
    private final Random random;
    private CycleListener listener = CycleListener.NONE;
    private LocalDate stopOn = LocalDate.MAX;
    private boolean observed;

    private final Map<String, Integer> verdicts = new TreeMap<>();
    private final List<OpenNeed> needs = new ArrayList<>();
    /** Needs a professional organisation raised and that are not closed yet, as "organisation/need". */
    private final Set<String> activeNeeds = new HashSet<>();
    private final Map<ActionId, Track> tracks = new HashMap<>();
    private ActionPlan plan;
    private MonitoringCommittee committee;

    private int plans;
    private int lateMeetings;
    private int meetingsWithoutQuorum;
    private int lateContributions;
    private int missedContributions;
    private int needsRaised;
    private int mandatesNotRevised;

    /**
     * @param process   where every command goes
     * @param cast      the commune's framework, established, and its parties
     * @param catalogue the needs the professionals raise and the actions that answer them
     * @param random    the commune's own sequence: every draw of the story comes from it
     */
    public PlanCycles(ConsultationProcess process, Cast cast, List<NeedTemplate> catalogue, Random random) {
        this.process = Objects.requireNonNull(process, "process is required");
        this.cast = Objects.requireNonNull(cast, "cast is required");
        this.catalogue = List.copyOf(catalogue);
        this.random = Objects.requireNonNull(random, "random is required");
    }

    /** The needs recorded before the first meeting, in the order plans take them up. */
    public PlanCycles withNeeds(List<LoadedDataset.RecordedNeed> recorded) {
        for (LoadedDataset.RecordedNeed need : recorded) {
            needs.add(new OpenNeed(need.id(), template(need.entry().need()), need.entry().raisedBy()));
            activeNeeds.add(need.entry().raisedBy() + "/" + need.entry().need());
        }
        return this;
    }

    /** Who is called at each step. */
    public PlanCycles listenedBy(CycleListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener is required");
        return this;
    }

    /**
     * The last day of the story: no meeting, contribution or change happens after it, and the plan
     * adopted last is still in force if its review was not due by then.
     */
    public PlanCycles stoppingOn(LocalDate lastDay) {
        this.stopOn = Objects.requireNonNull(lastDay, "lastDay is required");
        return this;
    }

    /**
     * The story as someone finds it on {@code today}: as {@link #stoppingOn(LocalDate)}, except that
     * the plan in force runs as drawn for its whole period and only what happens by {@code today} is
     * played (an action due later is still open, a contribution not yet come is awaited), and the
     * deciding meeting due after {@code today} is convened (ten days before it is held, or on
     * {@code today} if that comes later), not held.
     */
    public PlanCycles asOf(LocalDate today) {
        stoppingOn(today);
        this.observed = true;
        return this;
    }

    /**
     * Before the cycles: the professional organisation of {@code key} raises a need of its sector
     * that it has not raised yet, drawn from the catalogue, and the plans will take it up.
     *
     * @return the need recorded, or empty if every need of its sector is open
     */
    public Optional<NeedId> raise(String key, LocalDate day) {
        Cast.Professional organisation = cast.professional(key);
        NeedTemplate template = newNeedOf(organisation);
        if (template == null) {
            return Optional.empty();
        }
        activeNeeds.add(key + "/" + template.key());
        OpenNeed need = record(organisation, template, day);
        needs.add(need);
        return Optional.of(need.id);
    }

    /**
     * Plays {@code cycles} quarterly plans from {@code firstPlanStart}, and the meeting that reviews the
     * last. A {@code PlanCycles} plays one story: call this once.
     *
     * @throws IllegalArgumentException if {@code cycles} is below 1
     * @throws IllegalStateException    if the process refuses a step of the story
     */
    public Played play(LocalDate firstPlanStart, int cycles) {
        if (cycles < 1) {
            throw new IllegalArgumentException("cycles must be 1 or more, was " + cycles);
        }
        for (int cycle = 1; cycle <= cycles + 1; cycle++) {
            LocalDate quarterStart = firstPlanStart.plusMonths(3L * (cycle - 1));
            Meeting meeting = holdADecidingMeeting(quarterStart.minusDays(2));
            if (meeting == null) {
                break;
            }
            LocalDate day = meeting.heldOn().orElseThrow();
            solveSomeObstacles(day);
            if (cycle > 1) {
                listener.reviewing(plan, meeting.id(), day, cycle <= cycles);
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
                LocalDate lastDay = quarterStart.plusMonths(3).minusDays(3);
                run(cycle, lastDay.isAfter(stopOn) && !observed ? stopOn : lastDay);
            }
        }
        return new Played(plans, lateMeetings, meetingsWithoutQuorum, lateContributions, missedContributions,
                needsRaised, mandatesNotRevised, verdicts);
    }

    // ---- meetings

    /** Convenes and holds the meeting due on {@code dueOn}, then again if it had no quorum; null past the last day. */
    private Meeting holdADecidingMeeting(LocalDate dueOn) {
        LocalDate plannedOn = dueOn;
        boolean late = random.nextDouble() < LATE_MEETING;
        if (late) {
            plannedOn = dueOn.plusDays(7 + random.nextInt(22));
        }
        if (plannedOn.isAfter(stopOn)) {
            if (observed) {
                LocalDate tenDaysBefore = plannedOn.minusDays(10);
                convene(plannedOn, tenDaysBefore.isBefore(stopOn) ? tenDaysBefore : stopOn);
            }
            return null;
        }
        lateMeetings += late ? 1 : 0;
        Meeting meeting = convene(plannedOn, plannedOn.minusDays(10));
        attend(meeting, plannedOn, false);
        Outcome<Meeting> held = accepted(process.hold(new HoldMeeting(meeting.id(), plannedOn)));
        listener.held(held.orElseThrow(), !held.has("MEET-1"));
        if (!held.has("MEET-1")) {
            return held.orElseThrow();
        }
        meetingsWithoutQuorum++;
        LocalDate again = plannedOn.plusDays(14);
        if (again.isAfter(stopOn)) {
            return null;
        }
        Meeting second = convene(again, plannedOn.plusDays(1));
        attend(second, again, true);
        Outcome<Meeting> heldAgain = accepted(process.hold(new HoldMeeting(second.id(), again)));
        if (heldAgain.has("MEET-1")) {
            throw new IllegalStateException(cast.commune() + ": a meeting convened again has no quorum: "
                    + heldAgain.verdicts());
        }
        listener.held(heldAgain.orElseThrow(), true);
        return heldAgain.orElseThrow();
    }

    private Meeting convene(LocalDate plannedOn, LocalDate issuedOn) {
        return accepted(process.convene(new ConveneMeeting(cast.framework(), plannedOn, VENUE,
                cast.municipality().id(), issuedOn, List.of(), List.of()))).orElseThrow();
    }

    /** Who comes, drawn seat by seat in the cast's order; {@code again} for a meeting convened again. */
    private void attend(Meeting meeting, LocalDate day, boolean again) {
        List<Attendance> present = new ArrayList<>();
        for (Cast.Party party : cast.parties()) {
            for (Cast.Seat seat : party.seats()) {
                if (again && seat.comesWhenConvenedAgain() || random.nextDouble() < seat.odds()) {
                    present.add(new Attendance(party.id(), party.category(), seat.person()));
                }
            }
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
        List<OpenNeed> taken = waiting.subList(0, Math.min(waiting.size(), Math.max(room, specs.isEmpty() ? 1 : 0)));
        for (OpenNeed need : taken) {
            specs.add(newAction(need, period));
            specTracks.add(new Track(need.template, need.raisedBy, 0, null));
            need.planned = true;
        }
        listener.adopting(meeting, day, period, List.copyOf(specs));
        plan = accepted(process.adopt(new AdoptActionPlan(cast.framework(), meeting, period, specs, day)))
                .orElseThrow();
        plans++;
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
        ActionSpec spec = ActionSpec.of(action.title(), Sector.of(cast.professional(need.raisedBy).sector()),
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
        List<CommitteeMember> members = cast.committee().stream()
                .map(r -> CommitteeMember.from(day, r.party(), r.category(), r.person())).toList();
        listener.installing(meeting, day, members);
        committee = accepted(process.install(new InstallCommittee(cast.framework(), meeting, members,
                "Suivi du plan d'action du cycle 1", duties(), null, day))).orElseThrow();
    }

    private void reviseTheMandate(int cycle, LocalDate day) {
        if (random.nextDouble() >= MANDATE_REVISED) {
            mandatesNotRevised++;
            return;
        }
        listener.revising(plan, day);
        committee = accepted(process.reviseMandate(new ReviseMandate(cast.framework(),
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
        if (end.isBefore(start)) {
            return;
        }
        List<Happening> events = new ArrayList<>();
        ActionId awaited = awaitedOnTheLastDay(end);
        for (Action action : plan.actions()) {
            events.addAll(whatHappensTo(action, start, end, action.id().equals(awaited)));
        }
        if (random.nextDouble() < REPORT_FILED) {
            LocalDate day = start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
            events.add(new Happening(day, () -> accepted(process.fileReport(new FileReport(cast.framework(),
                    "Rapport du comité de suivi sur le plan du cycle " + cycle, day)))));
        }
        for (Action action : plan.actions()) {
            boolean municipal = action.responsible().equals(cast.municipality().id());
            if (municipal && action.pdescReference().isEmpty() && random.nextDouble() < REGISTERED_LATER) {
                LocalDate day = between(start.plusDays(5), start.plusDays(30), end);
                PdescReference reference = pdesc(day, random.nextDouble() < BUDGETED);
                events.add(new Happening(day, () -> accepted(process.registerInPdesc(new RegisterInPdesc(plan.id(),
                        action.id(), reference, day)))));
            }
        }
        for (Cast.Professional organisation : cast.professionals()) {
            if (random.nextDouble() < NEW_NEED) {
                LocalDate day = between(start.plusDays(10), end, end);
                NeedTemplate template = newNeedOf(organisation);
                if (template != null) {
                    activeNeeds.add(organisation.key() + "/" + template.key());
                    events.add(new Happening(day, () -> {
                        needs.add(record(organisation, template, day));
                        needsRaised++;
                    }));
                }
            }
        }
        events.addAll(listener.whileRunning(plan, start, end));
        events.sort(Comparator.comparing(Happening::day));
        events.stream().filter(event -> !observed || !event.day().isAfter(stopOn)).forEach(event -> event.run().run());
    }

    /**
     * The action's contributions arrive or not; it starts, is blocked by an obstacle or is done.
     * For an infrastructure, the professionals contribute once the others have.
     */
    private List<Happening> whatHappensTo(Action action, LocalDate start, LocalDate end, boolean awaited) {
        LocalDate due = action.dueDate().isAfter(end) ? end : action.dueDate();
        boolean works = action.kind() == ActionKind.INFRASTRUCTURE;
        List<CostShare> first = new ArrayList<>();
        List<CostShare> last = new ArrayList<>();
        for (CostShare share : action.costShares()) {
            (works && isProfessional(share.party()) ? last : first).add(share);
        }
        List<Happening> deliveries = new ArrayList<>();
        LocalDate lastDelivery = null;
        CostShare missing = null;
        for (CostShare share : first) {
            LocalDate day = deliveryDay(start, due, end);
            if (awaited && missing == null) {
                day = null;
            }
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
        LocalDate started = deliveries.stream().map(Happening::day).filter(day -> day.isBefore(drawn))
                .min(Comparator.naturalOrder()).orElse(drawn);
        List<Happening> events = new ArrayList<>();
        events.add(new Happening(started, () -> status(action, ActionStatus.IN_PROGRESS, null, started)));
        events.addAll(deliveries);
        Track track = tracks.get(action.id());
        if (missing != null) {
            if (awaited || random.nextDouble() < OBSTACLE_REPORTED) {
                LocalDate day = between(due.minusDays(10), due, end);
                LocalDate on = day.isBefore(started) ? started : day;
                String why = obstacle(missing.party());
                events.add(new Happening(on, () -> block(action, why, on)));
            }
        } else {
            LocalDate arrived = lastDelivery == null ? started : lastDelivery;
            LocalDate doneOn = between(arrived, arrived.plusDays(10), end);
            if (track.obstacle() != null) {
                events.add(new Happening(arrived, () -> {
                    ObstacleId obstacle = tracks.get(action.id()).obstacle();
                    if (committee.obstacle(obstacle).isUnresolved()) {
                        resolve(obstacle, "La contribution attendue est arrivée", arrived);
                    }
                }));
            }
            events.add(new Happening(doneOn, () -> status(action, ActionStatus.DONE, null, doneOn)));
        }
        return events;
    }

    /**
     * Seen {@link #asOf(LocalDate) as of a day} within the plan in force (that ends on {@code end}),
     * the action due first before that day: one of its contributions is still awaited, and the
     * committee has recorded the obstacle. None otherwise.
     */
    private ActionId awaitedOnTheLastDay(LocalDate end) {
        if (!observed || end.isBefore(stopOn)) {
            return null;
        }
        return plan.actions().stream().filter(a -> a.dueDate().isBefore(stopOn)).filter(this::hasAShareDeliveredFirst)
                .min(Comparator.comparing(Action::dueDate)).map(Action::id).orElse(null);
    }

    /** Whether a contribution to the action comes without waiting for others' (see {@link #whatHappensTo}). */
    private boolean hasAShareDeliveredFirst(Action action) {
        return action.kind() != ActionKind.INFRASTRUCTURE
                || action.costShares().stream().anyMatch(share -> !isProfessional(share.party()));
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

    private Happening delivery(Action action, CostShare share, LocalDate day) {
        if (day.isAfter(action.dueDate())) {
            lateContributions++;
        }
        return new Happening(day, () -> plan = accepted(process.deliver(new DeliverContribution(plan.id(), action.id(),
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
        if (status == ActionStatus.IN_PROGRESS) {
            listener.started(plan, plan.action(action.id()), on);
        }
    }

    private void block(Action action, String why, LocalDate on) {
        listener.blocking(plan, plan.action(action.id()), on);
        Outcome<MonitoringCommittee> recorded = accepted(process.recordObstacle(new RecordObstacle(
                cast.framework(), plan.id(), action.id(), why, on)));
        committee = recorded.orElseThrow();
        ObstacleId obstacle = recorded.events().stream().filter(CommitteeEvent.ObstacleRecorded.class::isInstance)
                .map(CommitteeEvent.ObstacleRecorded.class::cast).findFirst().orElseThrow().obstacle();
        tracks.put(action.id(), tracks.get(action.id()).withObstacle(obstacle));
        status(action, ActionStatus.BLOCKED, why, on);
    }

    private void resolve(ObstacleId obstacle, String resolution, LocalDate on) {
        committee = accepted(process.resolveObstacle(new ResolveObstacle(cast.framework(), obstacle, resolution,
                on))).orElseThrow();
    }

    // ---- needs

    private OpenNeed raiseANeed(Cast.Professional organisation, LocalDate day) {
        NeedTemplate template = newNeedOf(organisation);
        if (template == null) {
            throw new IllegalStateException(cast.commune() + ": every need of " + organisation.key() + " is open");
        }
        activeNeeds.add(organisation.key() + "/" + template.key());
        OpenNeed need = record(organisation, template, day);
        needs.add(need);
        needsRaised++;
        return need;
    }

    /** A need of the organisation's sector it has not raised yet or that was closed since, drawn at random. */
    private NeedTemplate newNeedOf(Cast.Professional organisation) {
        List<NeedTemplate> candidates = catalogue.stream()
                .filter(n -> n.sectors().contains(organisation.sector()))
                .filter(n -> !activeNeeds.contains(organisation.key() + "/" + n.key()))
                .toList();
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private OpenNeed record(Cast.Professional organisation, NeedTemplate template, LocalDate day) {
        NeedId id = accepted(process.recordNeed(new RecordNeed(cast.framework(), organisation.party().id(),
                Sector.of(organisation.sector()), template.kind(), template.description(),
                template.estimatedCost().map(Money::xof).orElse(null), day))).orElseThrow().id();
        return new OpenNeed(id, template, organisation.key());
    }

    /** @throws IllegalArgumentException if the catalogue has no need of that key */
    private NeedTemplate template(String key) {
        return catalogue.stream().filter(n -> n.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no need '" + key + "' in the catalogue"));
    }

    private Cast.Professional professionalOrganisation() {
        return cast.professionals().get(random.nextInt(cast.professionals().size()));
    }

    // ---- the parties

    private OrganisationId party(String role, String raisedBy) {
        return switch (role) {
            case "municipality" -> cast.municipality().id();
            case "raisedBy" -> cast.professional(raisedBy).party().id();
            case "service" -> cast.technicalService();
            case "pact" -> cast.supportProgramme();
            case "anict" -> cast.partner();
            default -> throw new IllegalStateException("no party '" + role + "'");
        };
    }

    private boolean isProfessional(OrganisationId party) {
        return cast.professionals().stream().anyMatch(p -> p.party().id().equals(party));
    }

    private String obstacle(OrganisationId party) {
        if (party.equals(cast.partner())) {
            return "Les fonds de l'ANICT (droits de tirage) ne sont pas encore débloqués";
        }
        if (party.equals(cast.municipality().id())) {
            return "La contrepartie de la commune n'est pas mobilisée";
        }
        if (party.equals(cast.supportProgramme())) {
            return "La contribution du PACT attend la prochaine tranche";
        }
        return "Les membres de l'organisation ne sont pas mobilisés pour leur part";
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
        listener.answered(outcome);
        outcome.verdicts().forEach(this::count);
        if (outcome.refused()) {
            throw new IllegalStateException(cast.commune() + ": the process refused a step of the simulation: "
                    + outcome.verdicts());
        }
        return outcome;
    }

    private void count(Verdict verdict) {
        verdicts.merge(verdict.ruleId() + " " + verdict.severity() + " " + verdict.messageKey(), 1, Integer::sum);
    }
}
