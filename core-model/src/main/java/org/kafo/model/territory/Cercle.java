package org.kafo.model.territory;

import java.time.LocalDate;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Require;

/** A cercle: the level between region and commune. It belongs to one region while it exists. */
public final class Cercle extends AggregateRoot<CercleId> {

    private final String code;
    private final String name;
    private final RegionId region;
    private Effective effective;

    private Cercle(State state, long version) {
        super(state.id(), version);
        this.code = Require.text(state.code(), "cercle code", Limits.CODE);
        this.name = Require.text(state.name(), "cercle name", Limits.NAME);
        this.region = Require.present(state.region(), "region");
        this.effective = Require.present(state.effective(), "effective");
    }

    public static Cercle register(String code, String name, RegionId region, Effective effective) {
        Cercle cercle = new Cercle(new State(CercleId.newId(), code, name, region, effective), 0);
        cercle.record(new TerritoryEvent.CercleRegistered(cercle.id(), cercle.code, cercle.name, region,
                effective));
        return cercle;
    }

    /**
     * Rebuilds it as a repository stored it ({@link #snapshot()}), at the version it was stored at.
     * Storage-adapter SPI: it checks the state's structural invariants only, skips the commands and
     * records no event, so application code does not call it; the aggregate's commands change it.
     */
    public static Cercle restore(State state, long version) {
        return new Cercle(state, version);
    }

    public TerritoryEvent.CercleRetired retire(LocalDate lastDay) {
        Require.state(effective.isOpenEnded(), "cercle.retired", "cercle " + code + " is already retired");
        effective = effective.endingOn(lastDay);
        return record(new TerritoryEvent.CercleRetired(id(), lastDay));
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public RegionId region() {
        return region;
    }

    public Effective effective() {
        return effective;
    }

    /** What a repository stores of it, for {@link #restore}: storage-adapter SPI. */
    public State snapshot() {
        return new State(id(), code, name, region, effective);
    }

    /** Everything a repository stores of a cercle. */
    public record State(CercleId id, String code, String name, RegionId region, Effective effective) {
    }
}
