package org.kafo.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.Membership;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedId;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.PlanId;

/**
 * What the rules see of a framework when a change is intended: the framework, the organisations
 * involved, its needs, meetings, plans and committee, as they are before the change. The process
 * loads it; rules only read it.
 */
public final class Situation {

    private static final Situation NONE = new Builder(null).build();

    private final ConsultationFramework framework;
    private final Map<OrganisationId, Organisation> organisations;
    private final List<Need> needs;
    private final List<Meeting> meetings;
    private final List<ActionPlan> plans;
    private final MonitoringCommittee committee;

    private Situation(Builder b) {
        this.framework = b.framework;
        this.organisations = Map.copyOf(b.organisations);
        this.needs = List.copyOf(b.needs);
        this.meetings = b.meetings.stream().sorted(Comparator.comparingInt(Meeting::sequence)).toList();
        this.plans = b.plans.stream().sorted(Comparator.comparingInt(ActionPlan::cycle)).toList();
        this.committee = b.committee;
    }

    /** The situation of a framework; add what the rules need to see with the builder. */
    public static Builder of(ConsultationFramework framework) {
        return new Builder(Objects.requireNonNull(framework, "framework is required"));
    }

    /** For changes outside any framework (registering a commune or an organisation). */
    public static Situation outsideAnyFramework() {
        return NONE;
    }

    public boolean hasFramework() {
        return framework != null;
    }

    /** @throws IllegalStateException for a change outside any framework */
    public ConsultationFramework framework() {
        if (framework == null) {
            throw new IllegalStateException("this change is outside any framework");
        }
        return framework;
    }

    public Optional<Organisation> organisation(OrganisationId id) {
        return Optional.ofNullable(organisations.get(id));
    }

    public Collection<Organisation> organisations() {
        return organisations.values();
    }

    /**
     * The category a party plays: its current membership's if it is a member, else its kind's.
     */
    public Optional<PartyCategory> categoryOf(OrganisationId id) {
        if (framework != null) {
            Optional<Membership> membership = framework.currentMembership(id);
            if (membership.isPresent()) {
                return Optional.of(membership.get().category());
            }
        }
        return organisation(id).map(Organisation::category);
    }

    public List<Need> needs() {
        return needs;
    }

    public Optional<Need> need(NeedId id) {
        return needs.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** By sequence number. */
    public List<Meeting> meetings() {
        return meetings;
    }

    public Optional<Meeting> meeting(MeetingId id) {
        return meetings.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public List<Meeting> heldMeetings() {
        return meetings.stream().filter(Meeting::isHeld).toList();
    }

    /** By cycle. */
    public List<ActionPlan> plans() {
        return plans;
    }

    public Optional<ActionPlan> plan(PlanId id) {
        return plans.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The plan of the latest cycle, reviewed or not. */
    public Optional<ActionPlan> latestPlan() {
        return plans.isEmpty() ? Optional.empty() : Optional.of(plans.get(plans.size() - 1));
    }

    /** The plan adopted and not yet reviewed, if any. */
    public Optional<ActionPlan> planInForce() {
        return latestPlan().filter(ActionPlan::isInForce);
    }

    public Optional<MonitoringCommittee> committee() {
        return Optional.ofNullable(committee);
    }

    /** Collects what the rules will see. */
    public static final class Builder {

        private final ConsultationFramework framework;
        private final Map<OrganisationId, Organisation> organisations = new LinkedHashMap<>();
        private List<Need> needs = List.of();
        private List<Meeting> meetings = List.of();
        private List<ActionPlan> plans = List.of();
        private MonitoringCommittee committee;

        private Builder(ConsultationFramework framework) {
            this.framework = framework;
        }

        public Builder organisations(Collection<Organisation> all) {
            all.forEach(o -> organisations.put(o.id(), o));
            return this;
        }

        public Builder needs(List<Need> all) {
            this.needs = List.copyOf(all);
            return this;
        }

        public Builder meetings(List<Meeting> all) {
            this.meetings = List.copyOf(all);
            return this;
        }

        public Builder plans(List<ActionPlan> all) {
            this.plans = List.copyOf(all);
            return this;
        }

        public Builder committee(MonitoringCommittee installed) {
            this.committee = installed;
            return this;
        }

        public Situation build() {
            return new Situation(this);
        }
    }
}
