package org.kafo.server.resource;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.function.Function;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.InvariantViolationException;

/** What the resources share: reading an aggregate with its version as ETag, locations. (Parameters are typed by {@link org.kafo.server.http.Params}.) */
final class Resources {

    private Resources() {
    }

    /** 200 with the representation and the aggregate's version as {@code ETag}. */
    static <A extends AggregateRoot<?>> Response read(A aggregate, Function<A, ?> view) {
        return Response.ok(view.apply(aggregate)).tag(Long.toString(aggregate.version())).build();
    }

    static URI location(UriInfo uri, String collection, Identifier id) {
        return uri.getBaseUriBuilder().path(collection).path(id.value().toString()).build();
    }

    /** A typed id from a request's UUID field, null for null. */
    static <I> I id(java.util.UUID value, Function<java.util.UUID, I> type) {
        return value == null ? null : type.apply(value);
    }

    /** @throws InvariantViolationException ({@code body.required}) if the request had no body */
    static <T> T body(T request) {
        if (request == null) {
            throw new InvariantViolationException("body.required", "this request needs a JSON body");
        }
        return request;
    }

    static AggregateNotFoundException notFound(String type, Identifier id) {
        return new AggregateNotFoundException(type, id);
    }
}
