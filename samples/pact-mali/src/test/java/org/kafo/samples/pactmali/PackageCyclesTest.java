package org.kafo.samples.pactmali;

import org.kafo.architecture.PackageCyclesContract;

/** No cycle between the packages of the PACT Mali sample; the rule catches the one planted in {@code planted.cycle}. */
class PackageCyclesTest extends PackageCyclesContract {

    PackageCyclesTest() {
        super("org.kafo.samples.pactmali");
    }
}
