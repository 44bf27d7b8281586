package org.kafo.model.organisation;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Require;
import org.kafo.model.common.Sector;
import org.kafo.model.territory.CommuneId;

/**
 * A party that can join consultation frameworks: the municipality itself, a cooperative, a
 * technical service, a partner, an NGO or the support programme.
 */
public final class Organisation extends AggregateRoot<OrganisationId> {

    private final String name;
    private final String acronym;
    private final OrganisationKind kind;
    private final CommuneId commune;
    private final Set<Sector> sectors;
    private MemberCount members;
    private LegalRegistration registration;

    private Organisation(State state, long version) {
        super(state.id(), version);
        this.name = Require.text(state.name(), "organisation name", Limits.NAME);
        this.acronym = Require.optionalText(state.acronym(), "acronym", Limits.NAME);
        this.kind = Require.present(state.kind(), "organisation kind");
        this.commune = state.commune();
        this.sectors = new LinkedHashSet<>(Require.list(state.sectors(), "sectors"));
        this.members = state.members();
        this.registration = state.registration();
        Require.state(kind != OrganisationKind.MUNICIPALITY || commune != null, "organisation.municipality-commune",
                "a municipality belongs to a commune");
    }

    /**
     * @param commune the commune where it is based; required for a municipality, optional for
     *                parties that work across communes (partners, technical services of a cercle)
     */
    public static Organisation register(String name, String acronym, OrganisationKind kind, CommuneId commune,
            Set<Sector> sectors, LocalDate registeredOn) {
        Organisation organisation = new Organisation(new State(OrganisationId.newId(), name, acronym, kind, commune,
                Require.list(sectors, "sectors"), null, null), 0);
        organisation.record(new OrganisationEvent.Registered(organisation.id(), organisation.name, kind,
                Require.day(registeredOn, "registered on")));
        return organisation;
    }

    /**
     * Rebuilds it as a repository stored it ({@link #snapshot()}), at the version it was stored at.
     * Storage-adapter SPI: it checks the state's structural invariants only, skips the commands and
     * records no event, so application code does not call it; the aggregate's commands change it.
     */
    public static Organisation restore(State state, long version) {
        return new Organisation(state, version);
    }

    public OrganisationEvent.MembersCounted countMembers(MemberCount count) {
        Require.present(count, "member count");
        Require.state(members == null || !count.countedOn().isBefore(members.countedOn()),
                "organisation.count-older", "a newer member count is already recorded");
        members = count;
        return record(new OrganisationEvent.MembersCounted(id(), count));
    }

    public OrganisationEvent.Formalised formalise(LegalRegistration legalRegistration) {
        Require.present(legalRegistration, "registration");
        Require.state(registration == null, "organisation.already-formalised",
                name + " is already registered as " + (registration == null ? "" : registration.number()));
        registration = legalRegistration;
        return record(new OrganisationEvent.Formalised(id(), legalRegistration));
    }

    public String name() {
        return name;
    }

    public Optional<String> acronym() {
        return Optional.ofNullable(acronym);
    }

    public OrganisationKind kind() {
        return kind;
    }

    public PartyCategory category() {
        return kind.category();
    }

    public Optional<CommuneId> commune() {
        return Optional.ofNullable(commune);
    }

    public Set<Sector> sectors() {
        return Set.copyOf(sectors);
    }

    public boolean isActiveIn(Sector sector) {
        return sectors.contains(sector);
    }

    public Optional<MemberCount> members() {
        return Optional.ofNullable(members);
    }

    public Optional<LegalRegistration> registration() {
        return Optional.ofNullable(registration);
    }

    public boolean isFormalised() {
        return registration != null;
    }

    /** What a repository stores of it, for {@link #restore}: storage-adapter SPI. */
    public State snapshot() {
        return new State(id(), name, acronym, kind, commune, List.copyOf(sectors), members, registration);
    }

    /** Everything a repository stores of an organisation. */
    public record State(OrganisationId id, String name, String acronym, OrganisationKind kind,
            CommuneId commune, List<Sector> sectors, MemberCount members, LegalRegistration registration) {
    }
}
