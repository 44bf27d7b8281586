package org.kafo.server.write;

import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.Repository;
import org.kafo.model.common.StaleAggregateException;

/**
 * What a write checks before the process runs it: that the aggregate the request's path names is
 * still at the version the client read ({@code If-Match}).
 */
@FunctionalInterface
public interface Precondition {

    Precondition NONE = () -> {
    };

    /**
     * @throws StaleAggregateException if the aggregate moved on since the client read it
     * @throws org.kafo.model.common.AggregateNotFoundException if there is no such aggregate
     */
    void check();

    /**
     * The aggregate must be at the version of {@code ifMatch} ({@code "3"}, {@code 3} or {@code W/"3"});
     * no header checks nothing.
     *
     * @param type the aggregate's name in errors, as the repositories name it
     * @throws InvariantViolationException ({@code if-match.malformed}) if the header is not a version
     */
    static <A extends AggregateRoot<I>, I extends Identifier> Precondition ifMatch(String ifMatch,
            Repository<A, I> repository, I id, String type) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return () -> repository.get(id);
        }
        long expected = Versions.parse(ifMatch);
        return () -> {
            long current = repository.get(id).version();
            if (current != expected) {
                throw new StaleAggregateException(type, id, expected, current);
            }
        };
    }
}
