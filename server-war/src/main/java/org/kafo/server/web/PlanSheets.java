package org.kafo.server.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.Repositories;
import org.kafo.model.plan.ContributionForm;
import org.kafo.server.api.ActionView;
import org.kafo.server.api.PlanView;

/** What the pages of plans and actions show: the views the API answers, with the names they mention. */
public final class PlanSheets {

    private PlanSheets() {
    }

    /** A held meeting a plan can be adopted or reviewed at. */
    public record MeetingChoice(UUID id, int sequence, LocalDate heldOn) {
    }

    /** An organisation, by id and name, as a select offers it. */
    public record Party(UUID id, String name) {
    }

    /** An action the review of the previous plan carried over, that an action of the next plan continues. */
    public record CarriedOver(UUID id, String title) {
    }

    /** A framework's plan in the list by cycle, with the meetings that adopted and reviewed it. */
    public record Listed(PlanView plan, Integer adoptedAt, Integer reviewedAt) {
    }

    /**
     * The next plan being written, and what the rules say of it as typed.
     *
     * @param verdicts null until it was checked (a meeting and a period could be read)
     * @param failure  a message of the model that stopped the check, or null
     * @param shown    whether the fields' messages show (a submit, not the live check)
     */
    public record Writing(UUID framework, String frameworkName, long version, PlanForm form,
            List<MeetingChoice> meetings, List<Party> parties, List<String> sectors, List<CarriedOver> carriedOver,
            List<VerdictLine> verdicts, String failure, boolean shown) {

        public String name(String party) {
            return parties.stream().filter(p -> p.id().toString().equals(party)).map(Party::name).findFirst()
                    .orElse(party);
        }

        public String error(String field) {
            return shown ? form.error(field) : null;
        }

        /** The fields that could not be read, for the summary above the form, in the form's order. */
        public List<Problem> problems() {
            if (!shown) {
                return List.of();
            }
            return form.errors().entrySet().stream().sorted(Map.Entry.comparingByKey(FIELD_ORDER))
                    .map(e -> Problem.of(e.getKey(), e.getValue())).toList();
        }

        public boolean blocked() {
            return verdicts != null && verdicts.stream().anyMatch(v -> v.css().equals("blocking"));
        }
    }

    /**
     * A field of the plan's form that could not be read.
     *
     * @param anchor  the field's id
     * @param action  the action's number, from 1; 0 for a field of the plan itself
     * @param field   its last name: {@code meeting}, {@code title}, {@code amount}, ...
     * @param message its message's key
     */
    public record Problem(String anchor, int action, String field, String message) {

        static Problem of(String name, String message) {
            String[] parts = name.split("\\.");
            int action = parts.length > 1 ? Integer.parseInt(parts[0].substring(1)) + 1 : 0;
            return new Problem(name.replace('.', '-'), action, parts[parts.length - 1], message);
        }
    }

    /**
     * A plan as its page and its printed document show it (with no meeting to review it at): its
     * actions, who is responsible and who pays, and the meeting that adopted it.
     */
    public static Plan plan(Repositories repositories, ActionPlan plan, LocalDate today, Sent sent, String done) {
        PlanView view = PlanView.of(plan);
        Integer adoptedAt = heldMeetings(repositories, plan.framework()).stream()
                .filter(m -> m.id().equals(plan.adoptedAt())).map(Meeting::sequence).findFirst().orElse(null);
        Set<UUID> mentioned = new HashSet<>();
        view.actions().forEach(a -> {
            mentioned.add(a.responsible());
            a.costShares().forEach(s -> mentioned.add(s.party()));
        });
        return new Plan(repositories.frameworks().get(plan.framework()).name(), view, adoptedAt,
                names(repositories, mentioned), today, List.of(), sent, done);
    }

    /** A framework's held meetings, the latest first. */
    public static List<Meeting> heldMeetings(Repositories repositories, FrameworkId id) {
        return repositories.meetings().findByFramework(id).stream().filter(Meeting::isHeld)
                .sorted(java.util.Comparator.comparing(Meeting::sequence).reversed()).toList();
    }

    /** The names of organisations, by id (null ignored). */
    public static Map<UUID, String> names(Repositories repositories, Set<UUID> organisations) {
        organisations.remove(null);
        return repositories.organisations()
                .findAll(organisations.stream().map(OrganisationId::new).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(o -> o.id().value(), Organisation::name, (a, b) -> a));
    }

    /** The plan's fields first, then each action's by number. */
    private static final java.util.Comparator<String> FIELD_ORDER = java.util.Comparator
            .comparingInt((String name) -> name.startsWith("a") && name.contains(".")
                    ? 1 + Integer.parseInt(name.substring(1, name.indexOf('.'))) : 0)
            .thenComparing(name -> name);

    /** What a party pledged and delivered over a plan's actions. */
    public record PartyTotal(UUID party, long pledged, long delivered) {
    }

    /**
     * A plan with its actions.
     *
     * @param reviewAt the later held meetings that may review it, empty when the reader may not or it is closed
     * @param sent     the review sent back, if any
     */
    public record Plan(String frameworkName, PlanView plan, Integer adoptedAt, Map<UUID, String> names,
            LocalDate today, List<MeetingChoice> reviewAt, Sent sent, String done) {

        /** The same plan, with the held meetings its reader may review it at. */
        public Plan reviewableAt(List<MeetingChoice> meetings) {
            return new Plan(frameworkName, plan, adoptedAt, names, today, meetings, sent, done);
        }

        public String name(UUID organisation) {
            return organisation == null ? "—" : names.getOrDefault(organisation, organisation.toString());
        }

        public boolean overdue(ActionView action) {
            return PlanSheets.overdue(action, today);
        }

        public List<PartyTotal> totals() {
            Map<UUID, long[]> by = new LinkedHashMap<>();
            for (ActionView action : plan.actions()) {
                for (ActionView.CostShareValue share : action.costShares()) {
                    long[] sums = by.computeIfAbsent(share.party(), p -> new long[2]);
                    sums[0] += share.pledged().amount();
                    sums[1] += share.delivered().amount();
                }
            }
            List<PartyTotal> totals = new ArrayList<>();
            by.forEach((party, sums) -> totals.add(new PartyTotal(party, sums[0], sums[1])));
            return totals;
        }
    }

    /**
     * One action of a plan, with the forms its reader may use.
     *
     * @param nextStatuses   where the reader may move it; empty when it may not
     * @param authors        who the reader may sign a progress note as; empty when it may not
     * @param pledgers       for whom the reader may pledge; empty when it may not
     * @param deliverers     the shares the reader may deliver on ({@code party/form}); empty when none
     * @param mayRegister    whether the reader may register it in the PDESC
     * @param sent           the form sent back (status, note, pledge, delivery, pdesc), if any
     */
    public record Action(UUID framework, String frameworkName, PlanView plan, ActionView action,
            Map<UUID, String> names, LocalDate today, List<ActionStatus> nextStatuses, List<Party> authors,
            List<Party> pledgers, List<ActionView.CostShareValue> deliverers, boolean mayRegister, Sent sent,
            String done) {

        public String name(UUID organisation) {
            return organisation == null ? "—" : names.getOrDefault(organisation, organisation.toString());
        }

        public boolean overdue() {
            return PlanSheets.overdue(action, today);
        }

        public List<ContributionForm> forms() {
            return List.of(ContributionForm.values());
        }

        public boolean nothingToDo() {
            return nextStatuses.isEmpty() && authors.isEmpty() && pledgers.isEmpty() && deliverers.isEmpty()
                    && !mayRegister;
        }
    }

    static boolean overdue(ActionView action, LocalDate today) {
        return action.dueDate() != null && action.dueDate().isBefore(today) && !action.status().isClosed();
    }
}
