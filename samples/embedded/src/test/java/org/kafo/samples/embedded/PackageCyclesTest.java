package org.kafo.samples.embedded;

import org.kafo.architecture.PackageCyclesContract;

/** No cycle between the packages of the embedding sample; the rule catches the one planted in {@code planted.cycle}. */
class PackageCyclesTest extends PackageCyclesContract {

    PackageCyclesTest() {
        super("org.kafo.samples.embedded");
    }
}
