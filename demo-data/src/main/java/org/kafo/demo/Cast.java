package org.kafo.demo;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.kafo.model.common.Person;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;

/**
 * Who plays a commune's plan cycles ({@link PlanCycles}): its established framework, the parties
 * that come to its meetings and who sits for them, the members of its monitoring committee, and the
 * parties that the actions of the need catalogue name by their role.
 *
 * @param commune          the commune's name, for the messages of a failed story
 * @param municipality     the municipality, its seats first at every meeting
 * @param professionals    its professional organisations, by the keys the needs name them with
 * @param others           the other parties that come to meetings (technical services, support
 *                         programme, partners), in the order they are drawn
 * @param committee        who sits on the monitoring committee installed after the first plan
 * @param technicalService the party of role {@code service} in the catalogue's actions
 * @param supportProgramme the party of role {@code pact}
 * @param partner          the party of role {@code anict}, the partner that finances investments
 */
public record Cast(String commune, FrameworkId framework, Party municipality, List<Professional> professionals,
        List<Party> others, List<Representative> committee, OrganisationId technicalService,
        OrganisationId supportProgramme, OrganisationId partner) {

    public Cast {
        Objects.requireNonNull(commune, "commune is required");
        Objects.requireNonNull(framework, "framework is required");
        Objects.requireNonNull(municipality, "municipality is required");
        professionals = List.copyOf(professionals);
        if (professionals.isEmpty()) {
            throw new IllegalArgumentException("a cast needs a professional organisation");
        }
        others = List.copyOf(others);
        committee = List.copyOf(committee);
        Objects.requireNonNull(technicalService, "technicalService is required");
        Objects.requireNonNull(supportProgramme, "supportProgramme is required");
        Objects.requireNonNull(partner, "partner is required");
    }

    /** @throws IllegalArgumentException if no professional organisation has that key */
    public Professional professional(String key) {
        return professionals.stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(commune + " has no organisation '" + key + "'"));
    }

    /** Every party, in the order their seats are drawn at a meeting: municipality, professionals, others. */
    public List<Party> parties() {
        return Stream.concat(Stream.concat(Stream.of(municipality), professionals.stream().map(Professional::party)),
                others.stream()).toList();
    }

    /**
     * A party and the people who may sit for it at a meeting.
     *
     * @param seats drawn one after the other, in this order
     */
    public record Party(OrganisationId id, PartyCategory category, List<Seat> seats) {

        public Party {
            Objects.requireNonNull(id, "id is required");
            Objects.requireNonNull(category, "category is required");
            seats = List.copyOf(seats);
        }
    }

    /**
     * Someone who may come to a meeting for a party.
     *
     * @param odds                   the chance they come, from 0 to 1
     * @param comesWhenConvenedAgain whether they surely come to a meeting convened again for want of a
     *                               quorum (no draw is made for them then)
     */
    public record Seat(Person person, double odds, boolean comesWhenConvenedAgain) {

        public Seat {
            Objects.requireNonNull(person, "person is required");
        }
    }

    /**
     * A professional organisation of one priority sector.
     *
     * @param key    how the needs name it ({@code raisedBy})
     * @param sector the code of its sector: the catalogue's needs of that sector are its needs
     */
    public record Professional(String key, String sector, Party party) {

        public Professional {
            Objects.requireNonNull(key, "key is required");
            Objects.requireNonNull(sector, "sector is required");
            Objects.requireNonNull(party, "party is required");
        }
    }

    /** Someone who sits for a party on the monitoring committee. */
    public record Representative(OrganisationId party, PartyCategory category, Person person) {
    }
}
