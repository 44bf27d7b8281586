package org.kafo.model.territory;

import java.time.LocalDate;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Require;

/** A region of the country: Ségou, Koulikoro, ... Regions come and go with territorial reforms. */
public final class Region extends AggregateRoot<RegionId> {

    private final String code;
    private final String name;
    private Effective effective;

    private Region(State state, long version) {
        super(state.id(), version);
        this.code = Require.text(state.code(), "region code", Limits.CODE);
        this.name = Require.text(state.name(), "region name", Limits.NAME);
        this.effective = Require.present(state.effective(), "effective");
    }

    public static Region register(String code, String name, Effective effective) {
        Region region = new Region(new State(RegionId.newId(), code, name, effective), 0);
        region.record(new TerritoryEvent.RegionRegistered(region.id(), region.code, region.name,
                effective));
        return region;
    }

    /**
     * Rebuilds it as a repository stored it ({@link #snapshot()}), at the version it was stored at.
     * Storage-adapter SPI: it checks the state's structural invariants only, skips the commands and
     * records no event, so application code does not call it; the aggregate's commands change it.
     */
    public static Region restore(State state, long version) {
        return new Region(state, version);
    }

    /** The region ceases to exist after {@code lastDay} (a reform split or merged it). */
    public TerritoryEvent.RegionRetired retire(LocalDate lastDay) {
        Require.state(effective.isOpenEnded(), "region.retired", "region " + code + " is already retired");
        effective = effective.endingOn(lastDay);
        return record(new TerritoryEvent.RegionRetired(id(), lastDay));
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Effective effective() {
        return effective;
    }

    /** What a repository stores of it, for {@link #restore}: storage-adapter SPI. */
    public State snapshot() {
        return new State(id(), code, name, effective);
    }

    /** Everything a repository stores of a region. */
    public record State(RegionId id, String code, String name, Effective effective) {
    }
}
