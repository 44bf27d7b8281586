package org.kafo.server;

import org.kafo.architecture.PackageCyclesContract;

/** No cycle between the packages of server-war; the rule catches the one planted in {@code planted.cycle}. */
class PackageCyclesTest extends PackageCyclesContract {

    PackageCyclesTest() {
        super("org.kafo.server");
    }
}
