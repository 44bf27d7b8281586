package org.kafo.server.documents;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.kafo.model.Repositories;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.committee.ProgressReport;
import org.kafo.model.committee.ReportId;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.Period;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.Membership;
import org.kafo.model.indicator.Headcount;
import org.kafo.model.indicator.TotalsQueries;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.need.Need;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.CostShare;
import org.kafo.server.api.CommitteeView.MandateValue;
import org.kafo.server.api.CommitteeView.MemberValue;
import org.kafo.server.api.CommitteeView.ObstacleValue;
import org.kafo.server.api.CommitteeView.ReportValue;
import org.kafo.server.api.MembershipView;
import org.kafo.server.web.Figures;
import org.kafo.server.web.Texts;

/**
 * The papers of a framework's follow-up: the monitoring committee's report on its plan, and the
 * framework's yearly report with its indicators and their charts (the indicators page's, drawn by
 * the same code). Each is drawn from the repositories and the API's views, as of its own day.
 * The caller asked the access policy first.
 */
public class ReportPapers {

    private final Papers papers;
    private final Repositories repositories;
    private final TotalsQueries totals;

    public ReportPapers(Papers papers, TotalsQueries totals) {
        this.papers = papers;
        this.repositories = papers.repositories;
        this.totals = totals;
    }

    /** Where an action stands on the day of a report: what the committee tells the parties. */
    public enum ActionState {
        DONE, ON_TIME, OVERDUE, BLOCKED, CARRIED_OVER, DROPPED;

        /**
         * An action as of a day: done when completed by then; blocked, carried over or dropped as
         * recorded (their day is not kept); otherwise overdue once its due date passed, on time before.
         */
        static ActionState of(Action action, LocalDate day) {
            return switch (action.status()) {
                case DONE -> !action.completedOn().isAfter(day) ? DONE : open(action, day);
                case BLOCKED -> BLOCKED;
                case CARRIED_OVER -> CARRIED_OVER;
                case DROPPED -> DROPPED;
                case PLANNED, IN_PROGRESS -> open(action, day);
            };
        }

        private static ActionState open(Action action, LocalDate day) {
            return day.isAfter(action.dueDate()) ? OVERDUE : ON_TIME;
        }
    }

    /** An action of the plan the report follows, and where it stood that day. */
    public record ActionLine(String title, String responsible, LocalDate due, LocalDate completedOn,
            ActionState state) {
    }

    /**
     * A report of the monitoring committee as it is printed: the report, the plan it follows, the
     * committee on its day (members seated that day, the mandate in force), where each action stood,
     * and the plan's obstacles raised by then, open and resolved.
     *
     * @param labels names of the organisations, actions and meetings it mentions, by id
     */
    public record CommitteeReport(ReportValue report, int cycle, Period period, List<MemberValue> members,
            MandateValue mandate, List<ActionLine> actions, Map<ActionState, Long> states,
            List<ObstacleValue> open, List<ObstacleValue> resolved, Map<UUID, String> labels) {

        public String name(UUID id) {
            return id == null ? "—" : labels.getOrDefault(id, "—");
        }

        /** How many actions stood in that state on the report's day. */
        public long count(ActionState state) {
            return states.getOrDefault(state, 0L);
        }
    }

    /**
     * The committee's report, to sign and hand to the parties and the council.
     *
     * @throws AggregateNotFoundException if the committee filed no such report
     */
    public Document committeeReport(MonitoringCommittee committee, ReportId id, Locale language, LocalDate today) {
        Texts t = papers.texts(language);
        ProgressReport report = committee.reports().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AggregateNotFoundException("report", id));
        LocalDate day = report.filedOn();
        ActionPlan plan = repositories.plans().get(report.plan());
        Map<UUID, String> labels = new HashMap<>();
        committee.members().forEach(m -> labels.put(m.organisation().value(), organisation(m.organisation())));
        plan.actions().forEach(a -> labels.put(a.id().value(), a.title()));
        repositories.meetings().findByFramework(committee.framework()).forEach(m -> labels.put(m.id().value(),
                t.get("committee.meeting-label", m.sequence(), t.date(m.heldOn().orElse(m.plannedOn())))));
        List<ActionLine> actions = plan.actions().stream().map(a -> new ActionLine(a.title(),
                organisation(a.responsible()), a.dueDate(), a.completedOn(), ActionState.of(a, day))).toList();
        Map<ActionState, Long> states = new EnumMap<>(ActionState.class);
        actions.forEach(a -> states.merge(a.state(), 1L, Long::sum));
        List<Obstacle> raised = committee.obstacles().stream().filter(o -> o.plan().equals(plan.id()))
                .filter(o -> !o.raisedOn().isAfter(day)).toList();
        CommitteeReport paper = new CommitteeReport(ReportValue.of(report), plan.cycle(), plan.period(),
                committee.members().stream().filter(m -> m.isOn(day)).map(MemberValue::of).toList(),
                committee.mandateOn(day).map(MandateValue::of).orElse(null), actions, states,
                raised.stream().filter(o -> o.resolvedOn() == null || o.resolvedOn().isAfter(day))
                        .map(ReportPapers::unresolved).toList(),
                raised.stream().filter(o -> o.resolvedOn() != null && !o.resolvedOn().isAfter(day))
                        .map(ObstacleValue::of).toList(), labels);
        Heading heading = papers.heading(committee.framework(), t, "doc.report.title",
                t.get("doc.report.subtitle", t.date(day), plan.cycle()), today);
        return papers.print(t, heading, "doc/committeereport.jte",
                t.get("doc.report.file", day.toString(), heading.commune()), "r", paper);
    }

    /** An obstacle as it stood before it was resolved. */
    private static ObstacleValue unresolved(Obstacle obstacle) {
        ObstacleValue now = ObstacleValue.of(obstacle);
        return now.resolution() == null ? now
                : new ObstacleValue(now.id(), now.plan(), now.action(), now.description(), now.raisedOn(),
                        now.reportedTo() == null ? org.kafo.model.committee.ObstacleStatus.OPEN
                                : org.kafo.model.committee.ObstacleStatus.REPORTED,
                        now.reportedTo(), null, null);
    }

    /** A meeting held in the year, and who came: persons, women, youth. */
    public record MeetingLine(int sequence, LocalDate heldOn, String venue, Headcount attendance) {
    }

    /** A plan adopted in the year, and how many of its actions stand in each state. */
    public record PlanLine(int cycle, Period period, LocalDate adoptedOn, Map<ActionStatus, Long> actions) {

        public long count(ActionStatus status) {
            return actions.getOrDefault(status, 0L);
        }

        public long total() {
            return actions.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** What a party pledged and delivered, in cash or in kind, to the actions of the plans of the year. */
    public record ContributionLine(String party, ContributionForm form, BigInteger pledged, BigInteger delivered) {
    }

    /** A need recorded in the year. */
    public record NeedLine(LocalDate identifiedOn, String raisedBy, String sector, Need need) {
    }

    /**
     * A framework's year as it is printed: its members in the year, the meetings held and who came,
     * the plans adopted and their actions, the contributions to the plans running in the year, the
     * needs recorded, the committee's reports and obstacles, and the indicators as of the year's last
     * day (or today, for the current year) with their charts.
     *
     * @param plansRunning the cycles of the plans whose period meets the year (their contributions)
     * @param labels       names of the organisations, actions and meetings it mentions, by id
     */
    public record YearReport(int year, LocalDate asOf, String commune, List<MembershipView> members,
            List<MeetingLine> meetings, Headcount attendance, List<PlanLine> plans, List<Integer> plansRunning,
            List<ContributionLine> contributions, List<NeedLine> needs, List<ReportValue> reports,
            List<ObstacleValue> obstacles, Figures figures, Map<UUID, String> labels) {

        public String name(UUID id) {
            return id == null ? "—" : labels.getOrDefault(id, "—");
        }

        /** Nothing was recorded in the year: no meeting, plan, need, report or obstacle. */
        public boolean empty() {
            return meetings.isEmpty() && plans.isEmpty() && needs.isEmpty() && reports.isEmpty()
                    && obstacles.isEmpty() && contributions.isEmpty();
        }

        public BigInteger pledged() {
            return contributions.stream().map(ContributionLine::pledged).reduce(BigInteger.ZERO, BigInteger::add);
        }

        public BigInteger delivered() {
            return contributions.stream().map(ContributionLine::delivered).reduce(BigInteger.ZERO, BigInteger::add);
        }
    }

    /**
     * A framework's report of a calendar year: a year without anything recorded prints too, and says
     * so; the indicators are as of the year's last day, or today while the year runs.
     */
    public Document yearly(ConsultationFramework framework, int year, Locale language, LocalDate today) {
        Texts t = papers.texts(language);
        Period calendar = new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        LocalDate asOf = calendar.end().isBefore(today) ? calendar.end() : today;
        Map<UUID, String> labels = new HashMap<>();
        List<MeetingLine> meetings = new ArrayList<>();
        List<Attendance> came = new ArrayList<>();
        for (Meeting meeting : repositories.meetings().findByFramework(framework.id())) {
            labels.put(meeting.id().value(), t.get("committee.meeting-label", meeting.sequence(),
                    t.date(meeting.heldOn().orElse(meeting.plannedOn()))));
            meeting.heldOn().filter(held -> in(calendar, held) && !held.isAfter(asOf)).ifPresent(held -> {
                meetings.add(new MeetingLine(meeting.sequence(), held, meeting.venue(),
                        Headcount.of(meeting.attendance().stream().map(Attendance::person).toList())));
                came.addAll(meeting.attendance());
            });
        }
        meetings.sort(Comparator.comparing(MeetingLine::heldOn));
        List<ActionPlan> plans = repositories.plans().findByFramework(framework.id()).stream()
                .sorted(Comparator.comparingInt(ActionPlan::cycle)).toList();
        List<PlanLine> adopted = new ArrayList<>();
        List<Integer> running = new ArrayList<>();
        Map<String, ContributionLine> contributions = new LinkedHashMap<>();
        for (ActionPlan plan : plans) {
            plan.actions().forEach(a -> labels.put(a.id().value(), a.title()));
            if (in(calendar, plan.adoptedOn()) && !plan.adoptedOn().isAfter(asOf)) {
                Map<ActionStatus, Long> statuses = new EnumMap<>(ActionStatus.class);
                plan.actions().forEach(a -> statuses.merge(a.status(), 1L, Long::sum));
                adopted.add(new PlanLine(plan.cycle(), plan.period(), plan.adoptedOn(), statuses));
            }
            if (!plan.adoptedOn().isAfter(asOf) && !plan.period().start().isAfter(calendar.end())
                    && !plan.period().end().isBefore(calendar.start())) {
                running.add(plan.cycle());
                for (Action action : plan.actions()) {
                    for (CostShare share : action.costShares()) {
                        String party = organisation(share.party());
                        contributions.merge(party + "/" + share.form(), new ContributionLine(party, share.form(),
                                BigInteger.valueOf(share.pledged().amount()),
                                BigInteger.valueOf(share.delivered().amount())),
                                (a, b) -> new ContributionLine(a.party(), a.form(), a.pledged().add(b.pledged()),
                                        a.delivered().add(b.delivered())));
                    }
                }
            }
        }
        List<NeedLine> needs = repositories.needs().findByFramework(framework.id()).stream()
                .filter(n -> in(calendar, n.identifiedOn()) && !n.identifiedOn().isAfter(asOf))
                .sorted(Comparator.comparing(Need::identifiedOn))
                .map(n -> new NeedLine(n.identifiedOn(), organisation(n.raisedBy()), t.sectors(List.of(n.sector().code())),
                        n)).toList();
        List<ReportValue> reports = new ArrayList<>();
        List<ObstacleValue> obstacles = new ArrayList<>();
        repositories.committees().findByFramework(framework.id()).ifPresent(committee -> {
            committee.reports().stream().filter(r -> in(calendar, r.filedOn()) && !r.filedOn().isAfter(asOf))
                    .map(ReportValue::of).forEach(reports::add);
            committee.obstacles().stream().filter(o -> in(calendar, o.raisedOn()) && !o.raisedOn().isAfter(asOf))
                    .map(ObstacleValue::of).forEach(obstacles::add);
        });
        List<Membership> members = framework.memberships().stream()
                .filter(m -> !m.effective().from().isAfter(asOf)
                        && (m.effective().to() == null || !m.effective().to().isBefore(calendar.start())))
                .toList();
        members.forEach(m -> labels.put(m.organisation().value(), organisation(m.organisation())));
        YearReport paper = new YearReport(year, asOf, repositories.communes().get(framework.commune()).name(),
                members.stream().map(MembershipView::of).toList(), meetings,
                Headcount.of(came.stream().map(Attendance::person).toList()), adopted, running,
                List.copyOf(contributions.values()), needs, reports, obstacles,
                Figures.framework(repositories, totals, t, framework, asOf, "indicators.as-of"), labels);
        Heading heading = papers.heading(framework.id(), t, "doc.year.title", t.get("doc.year.subtitle", year), today);
        return papers.print(t, heading, "doc/yearly.jte", t.get("doc.year.file", year, heading.commune()), "y", paper);
    }

    private static boolean in(Period period, LocalDate day) {
        return !day.isBefore(period.start()) && !day.isAfter(period.end());
    }

    private String organisation(OrganisationId id) {
        return repositories.organisations().get(id).name();
    }
}
