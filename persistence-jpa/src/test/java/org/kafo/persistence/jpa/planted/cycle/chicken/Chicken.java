package org.kafo.persistence.jpa.planted.cycle.chicken;

import org.kafo.persistence.jpa.planted.cycle.egg.Egg;

/** Lays an {@link Egg}, which hatches it: one half of the cycle the rule must catch. */
public class Chicken {

    Egg lay() {
        return new Egg();
    }
}
