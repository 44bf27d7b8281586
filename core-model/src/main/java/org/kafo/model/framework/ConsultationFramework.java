package org.kafo.model.framework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.Effective;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Person;
import org.kafo.model.common.Require;
import org.kafo.model.common.Sector;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.territory.CommuneId;

/**
 * A consultation framework (cadre de concertation): the standing body where one commune's
 * municipality and the professionals of its priority sectors, with technical services, partners
 * and NGOs, agree on actions and hold each other to them.
 *
 * <p>The aggregate keeps itself consistent (status order, membership dates, no member twice at
 * once); the approach's policy (how many sectors, who must be a member) is the rule book's.
 *
 * <p>Its lifecycle is a model invariant, not a rule a profile could switch off: only an established
 * or active framework meets, plans and monitors ({@link #requireWorking()}); a suspended one is read
 * only until it resumes, and a dissolved one accepts nothing ({@link #requireChangeable()}). The codes
 * are {@code framework.not-established}, {@code framework.suspended} and {@code framework.dissolved}.
 */
public final class ConsultationFramework extends AggregateRoot<FrameworkId> {

    private final CommuneId commune;
    private final String name;
    private List<Sector> prioritySectors;
    private CouncilDeliberation deliberation;
    private final List<LaterDeliberation> laterDeliberations;
    private final List<Membership> memberships;
    private final List<StatusChange> history;

    private ConsultationFramework(State state, long version) {
        super(state.id(), version);
        this.commune = Require.present(state.commune(), "commune");
        this.name = Require.text(state.name(), "framework name", Limits.NAME);
        this.prioritySectors = sectors(state.prioritySectors());
        this.deliberation = state.deliberation();
        this.laterDeliberations = new ArrayList<>(Require.list(state.laterDeliberations(), "later deliberations"));
        this.memberships = new ArrayList<>(Require.list(state.memberships(), "memberships"));
        this.history = new ArrayList<>(Require.list(state.history(), "history"));
        Require.state(!history.isEmpty() && history.get(0).status() == FrameworkStatus.PROPOSED,
                "framework.history", "a framework's history starts with its proposal");
        Require.state(deliberation != null || history.stream().noneMatch(c -> c.status() == FrameworkStatus.ESTABLISHED),
                "framework.deliberation", "an established framework has its council deliberation");
        Require.state(deliberation != null || laterDeliberations.isEmpty(),
                "framework.deliberation", "a later deliberation follows the one that established the framework");
    }

    /** A commune proposes a framework for its priority sectors. */
    public static ConsultationFramework propose(CommuneId commune, String name, List<Sector> prioritySectors,
            LocalDate proposedOn) {
        Require.day(proposedOn, "proposed on");
        ConsultationFramework framework = new ConsultationFramework(new State(FrameworkId.newId(), commune, name,
                prioritySectors, null, List.of(), List.of(new StatusChange(FrameworkStatus.PROPOSED, proposedOn, null))), 0);
        framework.record(new FrameworkEvent.Proposed(framework.id(), commune, framework.prioritySectors, proposedOn));
        return framework;
    }

    /**
     * Rebuilds it as a repository stored it ({@link #snapshot()}), at the version it was stored at.
     * Storage-adapter SPI: it checks the state's structural invariants only, skips the commands and
     * records no event, so application code does not call it; the aggregate's commands change it.
     */
    public static ConsultationFramework restore(State state, long version) {
        return new ConsultationFramework(state, version);
    }

    public FrameworkEvent.PrioritySectorsChanged changePrioritySectors(List<Sector> sectors, LocalDate on) {
        requireChangeable();
        Require.present(on, "on");
        prioritySectors = sectors(sectors);
        return record(new FrameworkEvent.PrioritySectorsChanged(id(), prioritySectors, on));
    }

    /**
     * The council deliberated: the framework is established on {@code on}, not before the deliberation.
     * That deliberation stays {@link #deliberation()}; later ones are recorded by {@link #recordDeliberation}.
     */
    public FrameworkEvent.Established establish(CouncilDeliberation councilDeliberation, LocalDate on) {
        requireStatus(FrameworkStatus.PROPOSED, "establish");
        Require.present(councilDeliberation, "council deliberation");
        Require.notBefore(on, councilDeliberation.date(), "establishment", "deliberation");
        changeStatus(FrameworkStatus.ESTABLISHED, on, null);
        deliberation = councilDeliberation;
        return record(new FrameworkEvent.Established(id(), councilDeliberation, on));
    }

    /** The first meeting was held: the framework is active. */
    public FrameworkEvent.Activated activate(LocalDate on) {
        requireStatus(FrameworkStatus.ESTABLISHED, "activate");
        changeStatus(FrameworkStatus.ACTIVE, on, null);
        return record(new FrameworkEvent.Activated(id(), on));
    }

    public FrameworkEvent.Suspended suspend(String reason, LocalDate on) {
        Require.state(status() == FrameworkStatus.ACTIVE || status() == FrameworkStatus.ESTABLISHED,
                "framework.status", "only an established or active framework can be suspended, this one is " + status());
        String why = Require.text(reason, "reason", Limits.TEXT);
        changeStatus(FrameworkStatus.SUSPENDED, on, why);
        return record(new FrameworkEvent.Suspended(id(), why, on));
    }

    public FrameworkEvent.Resumed resume(LocalDate on) {
        return resume(null, on);
    }

    /** A suspended framework is active again; the reason, if given, is kept in its history. */
    public FrameworkEvent.Resumed resume(String reason, LocalDate on) {
        requireStatus(FrameworkStatus.SUSPENDED, "resume");
        changeStatus(FrameworkStatus.ACTIVE, on, Require.optionalText(reason, "reason", Limits.TEXT));
        return record(new FrameworkEvent.Resumed(id(), on));
    }

    /**
     * The commune's deliberating body (its council, or a special delegation) deliberated again on
     * the framework: a {@link DeliberationOutcome#RENEWAL} confirms it and resumes it if it was
     * suspended; a {@link DeliberationOutcome#SECTORS_CHANGE} replaces its priority sectors with
     * {@code sectors} (memberships keep theirs; a suspended framework cannot change them); a
     * {@link DeliberationOutcome#DISSOLUTION} dissolves it, the decision's text being the reason.
     * Whether the deliberation is acceptable (its number, its day) is the rule book's (GOV-1).
     *
     * @param sectors the new priority sectors for a change of sectors, empty otherwise
     * @throws InvariantViolationException {@code framework.not-established} before establishment,
     *                                     {@code framework.dissolved} once dissolved,
     *                                     {@code framework.deliberation-sectors} for sectors with
     *                                     another outcome than a change of sectors
     */
    public FrameworkEvent.DeliberationRecorded recordDeliberation(CouncilDeliberation later,
            DeliberationOutcome outcome, List<Sector> sectors, LocalDate on) {
        requireNotDissolved();
        Require.state(deliberation != null, "framework.not-established",
                "framework " + id() + " is not established yet: no later deliberation can be recorded");
        Require.present(later, "deliberation");
        Require.present(outcome, "deliberation outcome");
        List<Sector> newSectors = Require.list(sectors, "sectors");
        Require.state(outcome == DeliberationOutcome.SECTORS_CHANGE || newSectors.isEmpty(),
                "framework.deliberation-sectors", "only a change of sectors names sectors, not a " + outcome);
        Require.day(on, "on");
        switch (outcome) {
            case RENEWAL -> {
                if (status() == FrameworkStatus.SUSPENDED) {
                    resume(on);
                }
            }
            case SECTORS_CHANGE -> changePrioritySectors(newSectors, on);
            case DISSOLUTION -> dissolve(later.decision(), on);
        }
        laterDeliberations.add(new LaterDeliberation(later, outcome, on));
        return record(new FrameworkEvent.DeliberationRecorded(id(), later, outcome, on));
    }

    public FrameworkEvent.Dissolved dissolve(String reason, LocalDate on) {
        requireNotDissolved();
        String why = Require.text(reason, "reason", Limits.TEXT);
        changeStatus(FrameworkStatus.DISSOLVED, on, why);
        return record(new FrameworkEvent.Dissolved(id(), why, on));
    }

    /**
     * An organisation joins from {@code from} on, for the given sectors, with its representatives.
     * An organisation holds one seat at a time.
     */
    public FrameworkEvent.MemberAdmitted admit(OrganisationId organisation, PartyCategory category,
            List<Sector> sectors, List<Person> representatives, LocalDate from) {
        requireChangeable();
        Membership membership = new Membership(organisation, category, sectors, representatives,
                Effective.since(Require.present(from, "from")));
        Require.state(memberships.stream().noneMatch(m -> m.organisation().equals(organisation)
                && m.effective().overlaps(membership.effective())), "framework.member-twice",
                "organisation " + organisation + " is already a member on " + from);
        for (Sector sector : membership.sectors()) {
            Require.state(prioritySectors.contains(sector), "framework.sector-unknown",
                    sector + " is not a priority sector of this framework");
        }
        memberships.add(membership);
        return record(new FrameworkEvent.MemberAdmitted(id(), membership));
    }

    /** The organisation leaves; {@code lastDay} is its last day as a member. */
    public FrameworkEvent.MembershipEnded endMembership(OrganisationId organisation, LocalDate lastDay, String reason) {
        requireChangeable();
        int index = indexOfCurrent(organisation);
        Membership current = memberships.get(index);
        Require.notBefore(lastDay, current.effective().from(), "last day", "membership start");
        memberships.set(index, current.endingOn(lastDay));
        return record(new FrameworkEvent.MembershipEnded(id(), organisation, Require.optionalText(reason, "reason", Limits.TEXT), lastDay));
    }

    public FrameworkEvent.RepresentativesChanged changeRepresentatives(OrganisationId organisation,
            List<Person> representatives, LocalDate on) {
        requireChangeable();
        Require.present(on, "on");
        int index = indexOfCurrent(organisation);
        Membership changed = memberships.get(index).withRepresentatives(representatives);
        memberships.set(index, changed);
        return record(new FrameworkEvent.RepresentativesChanged(id(), organisation, changed.representatives(), on));
    }

    private int indexOfCurrent(OrganisationId organisation) {
        for (int i = 0; i < memberships.size(); i++) {
            Membership m = memberships.get(i);
            if (m.organisation().equals(organisation) && m.isCurrent()) {
                return i;
            }
        }
        throw new InvariantViolationException("framework.not-a-member",
                "organisation " + organisation + " is not a current member");
    }

    private void changeStatus(FrameworkStatus next, LocalDate on, String reason) {
        Require.present(on, "on");
        Require.notBefore(on, history.get(history.size() - 1).on(), "status change", "previous status change");
        history.add(new StatusChange(next, on, reason));
    }

    private void requireStatus(FrameworkStatus expected, String action) {
        Require.state(status() == expected, "framework.status",
                "cannot " + action + " a framework that is " + status() + " (needs " + expected + ")");
    }

    /**
     * Meetings, plans and the monitoring committee of a framework change only while it is established
     * or active: not before the council established it, not while it is suspended, never once dissolved.
     *
     * @throws InvariantViolationException ({@code framework.not-established}, {@code framework.suspended}
     *                                     or {@code framework.dissolved}) otherwise
     */
    public void requireWorking() {
        switch (status()) {
            case ESTABLISHED, ACTIVE -> {
            }
            case PROPOSED -> throw new InvariantViolationException("framework.not-established",
                    "framework " + id() + " is not established yet: it cannot meet, plan or monitor");
            case SUSPENDED -> throw suspended();
            case DISSOLVED -> throw dissolved();
        }
    }

    /**
     * Members and needs change while the framework is proposed, established or active; a suspended
     * framework is read only until it resumes, a dissolved one accepts nothing.
     *
     * @throws InvariantViolationException ({@code framework.suspended} or {@code framework.dissolved}) otherwise
     */
    public void requireChangeable() {
        if (status() == FrameworkStatus.SUSPENDED) {
            throw suspended();
        }
        requireNotDissolved();
    }

    private InvariantViolationException suspended() {
        return new InvariantViolationException("framework.suspended",
                "framework " + id() + " is suspended: it is read only until it resumes");
    }

    private InvariantViolationException dissolved() {
        return new InvariantViolationException("framework.dissolved", "framework " + id() + " is dissolved");
    }

    private void requireNotDissolved() {
        if (status() == FrameworkStatus.DISSOLVED) {
            throw dissolved();
        }
    }

    private static List<Sector> sectors(List<Sector> sectors) {
        List<Sector> copy = Require.list(sectors, "priority sectors");
        Require.state(!copy.isEmpty(), "framework.no-sector", "a framework has at least one priority sector");
        Require.state(new HashSet<>(copy).size() == copy.size(), "framework.sector-twice",
                "a priority sector is listed twice: " + copy);
        return copy;
    }

    public CommuneId commune() {
        return commune;
    }

    public String name() {
        return name;
    }

    public List<Sector> prioritySectors() {
        return prioritySectors;
    }

    /** The deliberation that established it, if it was. */
    public Optional<CouncilDeliberation> deliberation() {
        return Optional.ofNullable(deliberation);
    }

    /** Every deliberation about the framework, oldest first: the one that established it, then the later ones. */
    public List<CouncilDeliberation> deliberations() {
        List<CouncilDeliberation> all = new ArrayList<>();
        deliberation().ifPresent(all::add);
        laterDeliberations.forEach(l -> all.add(l.deliberation()));
        return List.copyOf(all);
    }

    /** The deliberations taken after the establishing one, with what each decided, oldest first. */
    public List<LaterDeliberation> laterDeliberations() {
        return List.copyOf(laterDeliberations);
    }

    public FrameworkStatus status() {
        return history.get(history.size() - 1).status();
    }

    public LocalDate proposedOn() {
        return history.get(0).on();
    }

    /** The day it was established, if it was. */
    public Optional<LocalDate> establishedOn() {
        return history.stream().filter(c -> c.status() == FrameworkStatus.ESTABLISHED).map(StatusChange::on).findFirst();
    }

    /** Every status it went through, oldest first. */
    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    /** Every membership, past and current, in the order they began. */
    public List<Membership> memberships() {
        return List.copyOf(memberships);
    }

    public List<Membership> membersOn(LocalDate day) {
        return memberships.stream().filter(m -> m.isOn(day)).toList();
    }

    public List<Membership> currentMembers() {
        return memberships.stream().filter(Membership::isCurrent).toList();
    }

    public Optional<Membership> currentMembership(OrganisationId organisation) {
        return memberships.stream().filter(m -> m.isCurrent() && m.organisation().equals(organisation)).findFirst();
    }

    public boolean isMemberOn(OrganisationId organisation, LocalDate day) {
        return memberships.stream().anyMatch(m -> m.organisation().equals(organisation) && m.isOn(day));
    }

    /** What a repository stores of it, for {@link #restore}: storage-adapter SPI. */
    public State snapshot() {
        return new State(id(), commune, name, prioritySectors, deliberation, List.copyOf(memberships),
                List.copyOf(history), List.copyOf(laterDeliberations));
    }

    /**
     * Everything a repository stores of a framework.
     *
     * @param deliberation        the establishing deliberation, null before establishment
     * @param laterDeliberations  the deliberations after it, oldest first
     */
    public record State(FrameworkId id, CommuneId commune, String name, List<Sector> prioritySectors,
            CouncilDeliberation deliberation, List<Membership> memberships, List<StatusChange> history,
            List<LaterDeliberation> laterDeliberations) {

        /** A framework with no deliberation after the establishing one. */
        public State(FrameworkId id, CommuneId commune, String name, List<Sector> prioritySectors,
                CouncilDeliberation deliberation, List<Membership> memberships, List<StatusChange> history) {
            this(id, commune, name, prioritySectors, deliberation, memberships, history, List.of());
        }
    }
}
