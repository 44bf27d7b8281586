package org.kafo.persistence.jpa;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The life of one aggregate: how it is created, then the commands applied to it one after the
 * other. Each step looks at the aggregate's state to issue a command that is valid at that point.
 */
record Scenario<A>(Supplier<A> create, List<Consumer<A>> steps) {

    /** A step under a name, so that a failing scenario reads as the commands it went through. */
    record Step<A>(String name, Consumer<A> command) implements Consumer<A> {

        @Override
        public void accept(A aggregate) {
            command.accept(aggregate);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @Override
    public String toString() {
        return "a scenario of " + steps.size() + " steps " + steps;
    }
}
