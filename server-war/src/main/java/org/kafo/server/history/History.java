package org.kafo.server.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.DomainEvent;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.persistence.jpa.KafoPersistence;
import org.kafo.server.access.Caller;
import org.kafo.server.access.Grant;
import org.kafo.server.api.EventView;
import org.kafo.server.api.HistoryEntryView;
import org.kafo.server.api.Page;
import org.kafo.server.database.ServerTables;

/**
 * The history of accepted commands: appended in the command's own transaction (a command is saved
 * with its entry or not at all), read per framework in order (or, by the administrator, outside any
 * framework), never updated or deleted: this class has no such method and the API no such path.
 */
@ApplicationScoped
public class History {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = KafoPersistence.CONTAINER_UNIT)
    EntityManager entityManager;

    /** Records an accepted command: who, the decision's operation and framework, the request, the events, the result. */
    public void append(Caller caller, List<DomainEvent> events, AggregateRoot<?> saved) {
        append(caller, events, saved, null);
    }

    /** {@link #append(Caller, List, AggregateRoot)} with the request it records given (JSON), null for the request's body. */
    public void append(Caller caller, List<DomainEvent> events, AggregateRoot<?> saved, String request) {
        Caller.Decision decision = caller.decision();
        UUID framework = decision.framework();
        if (framework == null && saved instanceof ConsultationFramework created) {
            framework = created.id().value();
        }
        insert(caller, framework, request == null ? body(caller) : request,
                JSON.toJson(events.stream().map(EventView::of).toList()), type(saved),
                saved.id().value(), saved.version(), null);
    }

    /** The request body as the client sent it, or null if it had none. */
    private static String body(Caller caller) {
        String body = caller.body().strip();
        return body.isEmpty() ? null : body;
    }

    private void insert(Caller caller, UUID framework, String request, String events, String aggregateType,
            UUID aggregateId, long version, String account) {
        ServerTables.query(entityManager, "INSERT INTO kafo_history (recorded_at, username, framework_id, operation, method,"
                + " path, request, events, aggregate_type, aggregate_id, aggregate_version, account)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)", ServerTables.now(),
                caller.identity().username(), ServerTables.text(framework), caller.decision().operation().label(),
                caller.method(), caller.path(), request, events, aggregateType, ServerTables.text(aggregateId), version,
                account).executeUpdate();
    }

    /**
     * Records a role given or taken back: in the history of its framework (of none for a role in all
     * the commune's frameworks), with the grant's facts as its one event.
     */
    public void appendAccess(Caller caller, Grant grant, String eventType) {
        EventView event = new EventView(eventType, grant.id(), java.time.LocalDate.now(java.time.ZoneOffset.UTC),
                facts(grant));
        insert(caller, grant.framework(), body(caller), JSON.toJson(List.of(event)), "grant", grant.id(), 0,
                grant.username());
    }

    /**
     * Records what happened to an account (created, its password set or changed, disabled, enabled):
     * outside any framework, where the administrator reads it, and in the history of each framework of
     * {@code grants} (the roles of an account disabled or enabled). Who did it, when and which account;
     * never the request, which may carry a password.
     */
    public void appendAccount(Caller caller, String username, String eventType, List<Grant> grants) {
        EventView event = new EventView(eventType, null, java.time.LocalDate.now(java.time.ZoneOffset.UTC),
                Map.of("username", username));
        String events = JSON.toJson(List.of(event));
        Set<UUID> frameworks = new LinkedHashSet<>();
        frameworks.add(null);
        grants.forEach(g -> frameworks.add(g.framework()));
        for (UUID framework : frameworks) {
            insert(caller, framework, null, events, null, null, 0, username);
        }
    }

    private static Map<String, String> facts(Grant grant) {
        return Map.of("username", grant.username(), "role", grant.role().name(), "commune", grant.commune().toString(),
                "organisation", String.valueOf(grant.organisation()));
    }

    /** One page of a framework's history, oldest first. */
    public Page<HistoryEntryView> of(UUID framework, Page.Request paging) {
        return page("framework_id = ?1", List.of(framework.toString()), paging, "seq");
    }

    /** One page of a framework's history, newest first: what a person reading it wants to see first. */
    public Page<HistoryEntryView> newestOf(UUID framework, Page.Request paging) {
        return page("framework_id = ?1", List.of(framework.toString()), paging, "seq DESC");
    }

    /** One page of the history outside any framework, newest first. */
    public Page<HistoryEntryView> newestOutsideFrameworks(Page.Request paging) {
        return page("framework_id IS NULL", List.of(), paging, "seq DESC");
    }

    /** What was done to one aggregate of a framework (a need's corrections, ...), oldest first: its first hundred entries. */
    public List<HistoryEntryView> ofAggregate(UUID framework, UUID aggregate) {
        return page("framework_id = ?1 AND aggregate_id = ?2", List.of(framework.toString(), aggregate.toString()),
                new Page.Request(0, Page.MAX_SIZE), "seq").items();
    }

    /**
     * One page of the history outside any framework, oldest first: territory, organisations, accounts
     * and roles in whole communes; of one account's only, when {@code account} is given.
     */
    public Page<HistoryEntryView> outsideFrameworks(String account, Page.Request paging) {
        return account == null ? page("framework_id IS NULL", List.of(), paging, "seq")
                : page("framework_id IS NULL AND account = ?1", List.of(account), paging, "seq");
    }

    private Page<HistoryEntryView> page(String where, List<Object> parameters, Page.Request paging, String order) {
        long total = ((Number) ServerTables.query(entityManager, "SELECT COUNT(*) FROM kafo_history WHERE " + where,
                parameters.toArray()).getSingleResult()).longValue();
        int next = parameters.size() + 1;
        List<Object> all = new java.util.ArrayList<>(parameters);
        all.add((long) paging.page() * paging.size());
        all.add(paging.size());
        List<?> rows = ServerTables.query(entityManager, "SELECT seq, recorded_at, username, operation, method, path, request,"
                + " events, aggregate_type, aggregate_id, aggregate_version, account FROM kafo_history WHERE " + where
                + " ORDER BY " + order + " OFFSET ?" + next + " ROWS FETCH NEXT ?" + (next + 1) + " ROWS ONLY", all.toArray())
                .getResultList();
        List<HistoryEntryView> entries = rows.stream().map(row -> entry((Object[]) row)).toList();
        return new Page<>(entries, paging.page(), paging.size(), total, (int) ((total + paging.size() - 1) / paging.size()));
    }

    private static HistoryEntryView entry(Object[] row) {
        HistoryEntryView.AggregateRef aggregate = row[8] == null ? null
                : new HistoryEntryView.AggregateRef((String) row[8], ServerTables.uuid(row[9]), ((Number) row[10]).longValue());
        return new HistoryEntryView(((Number) row[0]).longValue(), ServerTables.time(row[1]), (String) row[2],
                (String) row[3], (String) row[4], (String) row[5], json(row[6]), json(row[7]), aggregate, (String) row[11]);
    }

    private static JsonValue json(Object text) {
        if (text == null) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(text.toString()))) {
            return reader.readValue();
        } catch (RuntimeException e) {
            // a body that was not JSON stays as it was sent
            return Json.createValue(text.toString());
        }
    }

    private static String type(AggregateRoot<?> aggregate) {
        return aggregate.getClass().getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
