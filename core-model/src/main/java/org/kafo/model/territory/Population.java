package org.kafo.model.territory;

import org.kafo.model.common.Require;

/** Inhabitants counted by a census; the council's size follows from the last one. */
public record Population(long inhabitants, int censusYear) {

    public Population {
        Require.notNegative(inhabitants, "inhabitants");
        Require.state(censusYear >= 1900 && censusYear <= 2200, "population.census-year",
                "census year out of range: " + censusYear);
    }
}
