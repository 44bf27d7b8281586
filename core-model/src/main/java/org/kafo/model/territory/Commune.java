package org.kafo.model.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Require;

/**
 * A commune: the local authority whose council establishes consultation frameworks. It keeps its
 * official code, its names (spellings vary: the seed's "Sirakorala" is usually "Sirakorola") and
 * every cercle and region it belonged to.
 */
public final class Commune extends AggregateRoot<CommuneId> {

    private final String code;
    private final String name;
    private final Set<String> aliases;
    private Population population;
    private final GeoPoint location;
    private final List<Assignment> assignments;

    private Commune(State state, long version) {
        super(state.id(), version);
        this.code = Require.text(state.code(), "commune code", Limits.CODE);
        this.name = Require.text(state.name(), "commune name", Limits.NAME);
        this.aliases = new LinkedHashSet<>(Require.list(state.aliases(), "aliases"));
        this.population = state.population();
        this.location = state.location();
        this.assignments = new ArrayList<>(Require.list(state.assignments(), "assignments"));
        Require.state(!assignments.isEmpty(), "commune.unassigned", "a commune belongs to a cercle and a region");
        for (int i = 1; i < assignments.size(); i++) {
            Require.state(!assignments.get(i - 1).effective().overlaps(assignments.get(i).effective()),
                    "commune.assignments-overlap", "the assignments of commune " + code + " overlap");
        }
    }

    public static Commune register(String code, String name, Assignment assignment, Population population,
            GeoPoint location) {
        Commune commune = new Commune(
                new State(CommuneId.newId(), code, name, List.of(), population, location, List.of(assignment)), 0);
        commune.record(new TerritoryEvent.CommuneRegistered(commune.id(), commune.code, commune.name, assignment));
        return commune;
    }

    /**
     * Rebuilds it as a repository stored it ({@link #snapshot()}), at the version it was stored at.
     * Storage-adapter SPI: it checks the state's structural invariants only, skips the commands and
     * records no event, so application code does not call it; the aggregate's commands change it.
     */
    public static Commune restore(State state, long version) {
        return new Commune(state, version);
    }

    /**
     * Moves the commune to another cercle and region from {@code from} on; the current assignment
     * ends the day before and stays in the history.
     */
    public TerritoryEvent.CommuneReassigned reassign(CercleId cercle, RegionId region, LocalDate from) {
        Require.present(from, "from");
        Assignment current = currentAssignment();
        Require.state(current.effective().isOpenEnded(), "commune.assignment-closed",
                "the last assignment of commune " + code + " is closed");
        Require.state(current.effective().from() == null || from.isAfter(current.effective().from()),
                "commune.reassignment-date", "a reassignment starts after the current assignment started");
        Assignment ended = new Assignment(current.cercle(), current.region(),
                current.effective().endingOn(from.minusDays(1)));
        Assignment next = new Assignment(cercle, region, Effective.since(from));
        assignments.set(assignments.size() - 1, ended);
        assignments.add(next);
        return record(new TerritoryEvent.CommuneReassigned(id(), ended, next));
    }

    public TerritoryEvent.CensusRecorded recordCensus(Population census, LocalDate recordedOn) {
        Require.present(census, "census");
        Require.present(recordedOn, "recorded on");
        Require.state(population == null || census.censusYear() >= population.censusYear(),
                "commune.census-older", "census " + census.censusYear() + " is older than the one recorded");
        population = census;
        return record(new TerritoryEvent.CensusRecorded(id(), census, recordedOn));
    }

    /** Another spelling of the name, kept for search. */
    public void addAlias(String alias) {
        aliases.add(Require.text(alias, "alias", Limits.NAME));
    }

    public boolean isKnownAs(String spelling) {
        return name.equalsIgnoreCase(spelling) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(spelling));
    }

    public Optional<Assignment> assignmentOn(LocalDate day) {
        return assignments.stream().filter(a -> a.isOn(day)).findFirst();
    }

    public Assignment currentAssignment() {
        return assignments.get(assignments.size() - 1);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Set<String> aliases() {
        return Set.copyOf(aliases);
    }

    public Optional<Population> population() {
        return Optional.ofNullable(population);
    }

    public Optional<GeoPoint> location() {
        return Optional.ofNullable(location);
    }

    /** Every assignment, oldest first. */
    public List<Assignment> assignments() {
        return List.copyOf(assignments);
    }

    /** What a repository stores of it, for {@link #restore}: storage-adapter SPI. */
    public State snapshot() {
        return new State(id(), code, name, List.copyOf(aliases), population, location,
                List.copyOf(assignments));
    }

    /** Everything a repository stores of a commune. */
    public record State(CommuneId id, String code, String name, List<String> aliases,
            Population population, GeoPoint location, List<Assignment> assignments) {
    }
}
