package org.kafo.samples.ccco.planted.cycle.egg;

import org.kafo.samples.ccco.planted.cycle.chicken.Chicken;

/** Hatches a {@link Chicken}, which lays it: the other half of the cycle the rule must catch. */
public class Egg {

    Chicken hatch() {
        return new Chicken();
    }
}
