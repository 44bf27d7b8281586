package org.kafo.model;

import org.kafo.architecture.PackageCyclesContract;

/** No cycle between the packages of core-model; the rule catches the one planted in {@code planted.cycle}. */
class PackageCyclesTest extends PackageCyclesContract {

    PackageCyclesTest() {
        super("org.kafo.model");
    }
}
