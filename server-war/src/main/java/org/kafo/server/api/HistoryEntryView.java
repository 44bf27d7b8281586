package org.kafo.server.api;

import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One accepted command in a framework's history: its place in the sequence, when and by whom, the
 * operation, the request as the client sent it, the events it caused, and the aggregate it
 * changed at its new version; for an account's entries (created, password, disabled, roles), the
 * account concerned, and no request. Entries are only ever appended.
 */
@Schema(name = "HistoryEntry", example = """
        {"sequence": 42, "recordedAt": "2026-11-27T10:15:30.120Z", "user": "dioro.mairie",
         "operation": "adopt-plan", "method": "POST", "path": "/api/frameworks/1c2d3e4f-0c1d-4a5f-8d2f-2f1a7b9e0c11/plans",
         "request": {"meeting": "..."}, "events": [{"type": "action-plan.adopted", "aggregateId": "...",
         "occurredOn": "2008-04-10", "facts": {}}],
         "aggregate": {"type": "action-plan", "id": "...", "version": 1}}""")
public record HistoryEntryView(long sequence, OffsetDateTime recordedAt, String user, String operation, String method,
        String path, JsonValue request, JsonValue events, AggregateRef aggregate, String account) {

    /** The aggregate a command changed, at the version it saved. */
    @Schema(name = "AggregateRef")
    public record AggregateRef(String type, UUID id, long version) {
    }
}
