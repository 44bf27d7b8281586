package org.kafo.model.indicator;

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
 * commune, in {@code FrameworkRepository.ORDER}; each of their indicators is of one framework.
 */
public interface TotalsQueries {

    /** @throws org.kafo.model.common.AggregateNotFoundException if there is no such framework */
    FrameworkIndicators ofFramework(FrameworkId framework, LocalDate asOf);

    /** Every framework of every commune. */
    List<FrameworkIndicators> ofCountry(LocalDate asOf);

    /** The frameworks of the communes of the region. */
    List<FrameworkIndicators> ofRegion(RegionId region, LocalDate asOf);

    /** The frameworks of the communes of the cercle. */
    List<FrameworkIndicators> ofCercle(CercleId cercle, LocalDate asOf);

    /**
     * The frameworks of {@link #ofCountry} added up. An adapter may add them up across the country in
     * the database; the sums equal those of the list.
     */
    default FrameworkIndicators sumOfCountry(LocalDate asOf) {
        return FrameworkIndicators.sum(asOf, ofCountry(asOf));
    }

    /** The frameworks of {@link #ofRegion} added up. */
    default FrameworkIndicators sumOfRegion(RegionId region, LocalDate asOf) {
        return FrameworkIndicators.sum(asOf, ofRegion(region, asOf));
    }

    /** The frameworks of {@link #ofCercle} added up. */
    default FrameworkIndicators sumOfCercle(CercleId cercle, LocalDate asOf) {
        return FrameworkIndicators.sum(asOf, ofCercle(cercle, asOf));
    }
}
