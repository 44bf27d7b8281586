package org.kafo.rules.process;

import java.util.ArrayList;
import java.util.List;
import org.kafo.model.common.AggregateRoot;

/**
 * The aggregates a use case changed besides the one its command is about (the needs an adopted plan
 * addresses, the framework a first meeting activates, ...). They are saved with it, after it.
 */
final class Changes {

    private final List<AggregateRoot<?>> changed = new ArrayList<>();

    /** Marks an aggregate as changed; adding the same instance twice saves it once. */
    <A extends AggregateRoot<?>> A add(A aggregate) {
        if (changed.stream().noneMatch(a -> a == aggregate)) {
            changed.add(aggregate);
        }
        return aggregate;
    }

    List<AggregateRoot<?>> changed() {
        return List.copyOf(changed);
    }
}
