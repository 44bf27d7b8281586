package org.kafo.demo;

import org.kafo.architecture.PackageCyclesContract;

/** No cycle between the packages of demo-data; the rule catches the one planted in {@code planted.cycle}. */
class PackageCyclesTest extends PackageCyclesContract {

    PackageCyclesTest() {
        super("org.kafo.demo");
    }
}
