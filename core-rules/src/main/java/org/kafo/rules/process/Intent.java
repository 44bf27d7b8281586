package org.kafo.rules.process;

import java.util.Objects;
import java.util.function.Function;
import org.kafo.model.common.AggregateRoot;
import org.kafo.rules.Situation;

/**
 * A change a use case intends, once it has loaded what the command names: the situation the rules
 * judge it in, and how to apply it when they let it through.
 *
 * @param situation what the rules see, as it is before the change
 * @param change    applies the model's commands; returns the aggregate the command is about (changed,
 *                  not yet saved) and adds any other aggregate it changed to the {@link Changes}
 * @param <T>       the aggregate the command is about
 */
record Intent<T extends AggregateRoot<?>>(Situation situation, Function<Changes, T> change) {

    Intent {
        Objects.requireNonNull(situation, "situation is required");
        Objects.requireNonNull(change, "change is required");
    }

    static <T extends AggregateRoot<?>> Intent<T> within(Situation situation, Function<Changes, T> change) {
        return new Intent<>(situation, change);
    }

    /** A change outside any framework: registering territory or organisations, proposing a framework. */
    static <T extends AggregateRoot<?>> Intent<T> outside(Function<Changes, T> change) {
        return new Intent<>(Situation.outsideAnyFramework(), change);
    }
}
