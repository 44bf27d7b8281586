package org.kafo.samples.ccco;

import org.kafo.architecture.PackageCyclesContract;

/** No cycle between the packages of the custom-rules sample; the rule catches the one planted in {@code planted.cycle}. */
class PackageCyclesTest extends PackageCyclesContract {

    PackageCyclesTest() {
        super("org.kafo.samples.ccco");
    }
}
