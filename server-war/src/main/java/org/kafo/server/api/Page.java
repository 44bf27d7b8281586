package org.kafo.server.api;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.InvariantViolationException;

/**
 * One page of a collection: {@code page} counts from 0, {@code size} items at most (default 20,
 * at most 100), {@code totalItems} matched the filters.
 *
 * @param <T> the items
 */
@Schema(name = "Page")
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Which page a request asks for. */
    public record Request(int page, int size) {

        /**
         * @param page the {@code page} query parameter, absent (null) for 0
         * @param size the {@code size} query parameter, absent for {@value #DEFAULT_SIZE}
         * @throws InvariantViolationException ({@code paging.invalid}) if they are out of range
         */
        public static Request at(Integer page, Integer size) {
            int p = page == null ? 0 : page;
            int s = size == null ? DEFAULT_SIZE : size;
            if (p < 0 || s < 1 || s > MAX_SIZE) {
                throw new InvariantViolationException("paging.invalid",
                        "page must be 0 or more and size between 1 and " + MAX_SIZE + ", were " + p + " and " + s);
            }
            return new Request(p, s);
        }

        public <S, T> Page<T> of(List<S> all, Function<S, T> view) {
            int from = (int) Math.min((long) page * size, all.size());
            int to = Math.min(from + size, all.size());
            return new Page<>(all.subList(from, to).stream().map(view).toList(), page, size, all.size(),
                    (all.size() + size - 1) / size);
        }
    }
}
