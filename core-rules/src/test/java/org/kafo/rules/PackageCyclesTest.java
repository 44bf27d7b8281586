package org.kafo.rules;

import org.kafo.architecture.PackageCyclesContract;

/** No cycle between the packages of core-rules; the rule catches the one planted in {@code planted.cycle}. */
class PackageCyclesTest extends PackageCyclesContract {

    PackageCyclesTest() {
        super("org.kafo.rules");
    }
}
