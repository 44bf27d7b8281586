package org.kafo.model.plan;

import static org.kafo.model.Fixtures.MUNICIPALITY;
import static org.kafo.model.Fixtures.PARTNER;
import static org.kafo.model.Fixtures.RICE_GROWERS;
import static org.kafo.model.Fixtures.SMALL_SCALE_IRRIGATION;
import static org.kafo.model.Fixtures.xof;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kafo.model.common.ActionId;
import org.kafo.model.organisation.OrganisationId;
import org.quicktheories.core.Gen;

/** Cost shares of an action among the Dioro parties, attempts to deliver on them, and actions so shared. */
final class CostShareGenerators {

    /** When every generated action is due. */
    static final LocalDate DUE = LocalDate.of(2008, 6, 30);

    private static final List<OrganisationId> PARTIES = List.of(MUNICIPALITY, RICE_GROWERS, PARTNER);

    private CostShareGenerators() {
    }

    /** One attempt to deliver {@code amount} francs on the {@code share}-th share of the action. */
    record Delivery(int share, long amount) {
    }

    /** Up to one share per party and form, each with up to ten million francs pledged and some of it delivered. */
    static Gen<List<CostShare>> shares() {
        List<Gen<Optional<CostShare>>> perPartyAndForm = new ArrayList<>();
        for (OrganisationId party : PARTIES) {
            for (ContributionForm form : ContributionForm.values()) {
                Gen<CostShare> share = longs().between(0, 10_000_000).flatMap(pledged ->
                        longs().between(0, pledged).map(delivered ->
                                new CostShare(party, form, xof(pledged), xof(delivered))));
                perPartyAndForm.add(share.toOptionals(50));
            }
        }
        return random -> perPartyAndForm.stream().map(optional -> optional.generate(random))
                .flatMap(Optional::stream).toList();
    }

    /** The same shares with nothing delivered yet, and at least one of them. */
    static Gen<List<CostShare>> pledges() {
        return shares().map(list -> list.stream().map(s -> CostShare.pledge(s.party(), s.form(), s.pledged()))
                .toList()).assuming(list -> !list.isEmpty());
    }

    /** Up to twenty-five attempts, each of up to four million francs on one of six shares. */
    static Gen<List<Delivery>> deliveries() {
        return lists().of(integers().between(0, 5).zip(longs().between(1, 4_000_000), Delivery::new))
                .ofSizeBetween(0, 25);
    }

    /** A carried-over action shared as {@link #shares()}, estimated at up to sixty million francs. */
    static Gen<Action> actions() {
        return shares().zip(longs().between(0, 60_000_000),
                (shares, estimate) -> new Action(ActionId.newId(), "Motor pump for the irrigation scheme",
                        SMALL_SCALE_IRRIGATION, ActionKind.EQUIPMENT, MUNICIPALITY, DUE, xof(estimate), shares, null,
                        List.of(), null, ActionStatus.CARRIED_OVER, null, null, List.of()));
    }
}
