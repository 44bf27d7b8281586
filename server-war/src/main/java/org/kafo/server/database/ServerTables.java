package org.kafo.server.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The server's own tables ({@code db/server}: accounts, grants, tokens, the history) as native
 * queries see them: timestamps in UTC to the millisecond, ids as text, and the values the JDBC
 * drivers hand back read the same on H2 and PostgreSQL.
 */
public final class ServerTables {

    private ServerTables() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    /** A timestamp as the JDBC driver hands it: {@code OffsetDateTime} (H2), {@code Timestamp} (PostgreSQL), ... */
    public static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.time.ZonedDateTime zoned) {
            return zoned.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }

    public static UUID uuid(Object value) {
        return value == null ? null : UUID.fromString(value.toString().strip());
    }

    public static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    /** A native query with positional parameters {@code ?1}, {@code ?2}, ... */
    public static Query query(EntityManager entityManager, String sql, Object... parameters) {
        Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }
}
