package org.kafo.bench;

import org.kafo.architecture.PackageCyclesContract;

/** No cycle between the packages of the benchmarks; the rule catches the one planted in {@code planted.cycle}. */
class PackageCyclesTest extends PackageCyclesContract {

    PackageCyclesTest() {
        super("org.kafo.bench");
    }
}
