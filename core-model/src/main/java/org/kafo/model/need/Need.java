package org.kafo.model.need;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Money;
import org.kafo.model.common.Require;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.OrganisationId;

/**
 * A need that the professionals of a sector identified: an investment, a business-environment
 * measure or capacity building. It keeps the trace of the actions that address it.
 */
public final class Need extends AggregateRoot<NeedId> {

    private final FrameworkId framework;
    private final OrganisationId raisedBy;
    private Sector sector;
    private NeedKind kind;
    private String description;
    private Money estimatedCost;
    private final LocalDate identifiedOn;
    private NeedStatus status;
    private String withdrawalReason;
    private final Set<ActionId> addressedBy;

    private Need(State state, long version) {
        super(state.id(), version);
        this.framework = Require.present(state.framework(), "framework");
        this.raisedBy = Require.present(state.raisedBy(), "raised by");
        this.sector = Require.present(state.sector(), "sector");
        this.kind = Require.present(state.kind(), "need kind");
        this.description = Require.text(state.description(), "description", Limits.TEXT);
        this.estimatedCost = state.estimatedCost();
        this.identifiedOn = Require.day(state.identifiedOn(), "identified on");
        this.status = Require.present(state.status(), "status");
        this.withdrawalReason = Require.optionalText(state.withdrawalReason(), "withdrawal reason", Limits.TEXT);
        this.addressedBy = new LinkedHashSet<>(Require.list(state.addressedBy(), "addressed by"));
        Require.state(status != NeedStatus.WITHDRAWN || withdrawalReason != null, "need.withdrawal-reason",
                "a withdrawn need has a reason");
    }

    /**
     * Professionals of {@code sector}, through {@code raisedBy}, identify a need.
     *
     * @param estimatedCost optional: business-environment measures often have none
     */
    public static Need identify(FrameworkId framework, OrganisationId raisedBy, Sector sector, NeedKind kind,
            String description, Money estimatedCost, LocalDate identifiedOn) {
        Need need = new Need(new State(NeedId.newId(), framework, raisedBy, sector, kind, description,
                estimatedCost, identifiedOn, NeedStatus.OPEN, null, List.of()), 0);
        need.record(new NeedEvent.Identified(need.id(), framework, raisedBy, sector, kind, identifiedOn));
        return need;
    }

    /**
     * Rebuilds it as a repository stored it ({@link #snapshot()}), at the version it was stored at.
     * Storage-adapter SPI: it checks the state's structural invariants only, skips the commands and
     * records no event, so application code does not call it; the aggregate's commands change it.
     */
    public static Need restore(State state, long version) {
        return new Need(state, version);
    }

    /**
     * Those who raised it correct what they said of it: its sector, kind, description and estimated
     * cost (optional) are replaced, for a reason; the day it was identified stays. Whether it may
     * still be corrected (NEED-3: while open) and what it may say (NEED-2) is the rule book's.
     */
    public NeedEvent.Corrected correct(Sector newSector, NeedKind newKind, String newDescription, Money newEstimatedCost,
            String reason, LocalDate on) {
        Require.state(status != NeedStatus.WITHDRAWN, "need.withdrawn", "the need was withdrawn");
        Sector correctedSector = Require.present(newSector, "sector");
        NeedKind correctedKind = Require.present(newKind, "need kind");
        String correctedDescription = Require.text(newDescription, "description", Limits.TEXT);
        String why = Require.text(reason, "reason", Limits.TEXT);
        Require.day(on, "on");
        Require.notBefore(on, identifiedOn, "correction", "identification");
        sector = correctedSector;
        kind = correctedKind;
        description = correctedDescription;
        estimatedCost = newEstimatedCost;
        return record(new NeedEvent.Corrected(id(), sector, kind, why, on));
    }

    /** An action of a plan addresses this need. */
    public NeedEvent.Planned addressWith(ActionId action, LocalDate on) {
        Require.present(action, "action");
        Require.present(on, "on");
        Require.state(status != NeedStatus.WITHDRAWN, "need.withdrawn", "the need was withdrawn");
        addressedBy.add(action);
        if (status == NeedStatus.OPEN) {
            status = NeedStatus.PLANNED;
        }
        return record(new NeedEvent.Planned(id(), action, on));
    }

    public NeedEvent.Met markMet(LocalDate on) {
        Require.present(on, "on");
        Require.state(status == NeedStatus.PLANNED, "need.status", "only a planned need can be met, this one is " + status);
        status = NeedStatus.MET;
        return record(new NeedEvent.Met(id(), on));
    }

    public NeedEvent.Withdrawn withdraw(String reason, LocalDate on) {
        Require.state(status == NeedStatus.OPEN || status == NeedStatus.PLANNED, "need.status",
                "a " + status + " need cannot be withdrawn");
        String why = Require.text(reason, "reason", Limits.TEXT);
        Require.present(on, "on");
        withdrawalReason = why;
        status = NeedStatus.WITHDRAWN;
        return record(new NeedEvent.Withdrawn(id(), withdrawalReason, on));
    }

    public FrameworkId framework() {
        return framework;
    }

    public OrganisationId raisedBy() {
        return raisedBy;
    }

    public Sector sector() {
        return sector;
    }

    public NeedKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public Optional<Money> estimatedCost() {
        return Optional.ofNullable(estimatedCost);
    }

    public LocalDate identifiedOn() {
        return identifiedOn;
    }

    public NeedStatus status() {
        return status;
    }

    public Optional<String> withdrawalReason() {
        return Optional.ofNullable(withdrawalReason);
    }

    /** The actions that address it, in the order they were linked. */
    public List<ActionId> addressedBy() {
        return List.copyOf(addressedBy);
    }

    /** What a repository stores of it, for {@link #restore}: storage-adapter SPI. */
    public State snapshot() {
        return new State(id(), framework, raisedBy, sector, kind, description, estimatedCost, identifiedOn,
                status, withdrawalReason, List.copyOf(addressedBy));
    }

    /** Everything a repository stores of a need. */
    public record State(NeedId id, FrameworkId framework, OrganisationId raisedBy, Sector sector,
            NeedKind kind, String description, Money estimatedCost, LocalDate identifiedOn, NeedStatus status,
            String withdrawalReason, List<ActionId> addressedBy) {
    }
}
