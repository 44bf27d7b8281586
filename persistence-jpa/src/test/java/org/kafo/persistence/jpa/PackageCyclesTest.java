package org.kafo.persistence.jpa;

import org.kafo.architecture.PackageCyclesContract;

/** No cycle between the packages of persistence-jpa; the rule catches the one planted in {@code planted.cycle}. */
class PackageCyclesTest extends PackageCyclesContract {

    PackageCyclesTest() {
        super("org.kafo.persistence.jpa");
    }
}
