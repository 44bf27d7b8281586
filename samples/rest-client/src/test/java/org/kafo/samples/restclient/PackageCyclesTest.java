package org.kafo.samples.restclient;

import org.kafo.architecture.PackageCyclesContract;

/** No cycle between the packages of the REST client sample; the rule catches the one planted in {@code planted.cycle}. */
class PackageCyclesTest extends PackageCyclesContract {

    PackageCyclesTest() {
        super("org.kafo.samples.restclient");
    }
}
