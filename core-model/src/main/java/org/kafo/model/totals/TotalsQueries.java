package org.kafo.model.totals;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.RegionId;

/**
 * The read side of indicators: frameworks' histories added up where they are stored, so that a
 * country's worth of frameworks is never loaded into memory. An adapter's answers equal what the rule
 * engine computes from the aggregates themselves.
 *
 * <p>The lists hold the frameworks proposed on or before the day, of the communes that belonged to
 * the territory on the day, commune after commune in {@code CommuneRepository.ORDER} and, within a
 * commune, in {@code FrameworkRepository.ORDER}.
 */
public interface TotalsQueries {

    /** @throws org.kafo.model.common.AggregateNotFoundException if there is no such framework */
    FrameworkTotals ofFramework(FrameworkId framework, LocalDate asOf);

    /** Every framework of every commune. */
    List<FrameworkTotals> ofCountry(LocalDate asOf);

    /** The frameworks of the communes of the region. */
    List<FrameworkTotals> ofRegion(RegionId region, LocalDate asOf);

    /** The frameworks of the communes of the cercle. */
    List<FrameworkTotals> ofCercle(CercleId cercle, LocalDate asOf);

    /**
     * The frameworks of {@link #ofCountry} added up. An adapter may add them up across the country in
     * the database; the sums equal those of the list.
     */
    default CombinedTotals sumOfCountry(LocalDate asOf) {
        return CombinedTotals.of(asOf, ofCountry(asOf));
    }

    /** The frameworks of {@link #ofRegion} added up. */
    default CombinedTotals sumOfRegion(RegionId region, LocalDate asOf) {
        return CombinedTotals.of(asOf, ofRegion(region, asOf));
    }

    /** The frameworks of {@link #ofCercle} added up. */
    default CombinedTotals sumOfCercle(CercleId cercle, LocalDate asOf) {
        return CombinedTotals.of(asOf, ofCercle(cercle, asOf));
    }
}
