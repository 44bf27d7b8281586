package org.kafo.server.resource;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.InvariantViolationException;

/** What the resources share: reading an aggregate with its version as ETag, query parameters, locations. */
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

    /** An optional day parameter ({@code 2008-04-10}); absent gives {@code absent}. */
    static LocalDate day(String text, LocalDate absent, String name) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvariantViolationException("query.invalid", name + " is an ISO-8601 day such as 2008-04-10, was " + text);
        }
    }

    /** An optional enum parameter, by name, any case. */
    static <E extends Enum<E>> E choice(String text, Class<E> type, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvariantViolationException("query.invalid", name + " is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ": " + text);
        }
    }

    static Boolean flag(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvariantViolationException("query.invalid", name + " is true or false, was " + text);
        };
    }

    /** A typed id from a request's UUID field, null for null. */
    static <I> I id(java.util.UUID value, Function<java.util.UUID, I> type) {
        return value == null ? null : type.apply(value);
    }

    static <I> I id(String text, Function<String, I> parse) {
        return text == null || text.isBlank() ? null : parse.apply(text.strip());
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
