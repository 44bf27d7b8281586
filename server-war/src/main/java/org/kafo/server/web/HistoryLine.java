package org.kafo.server.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import org.kafo.server.api.HistoryEntryView;

/**
 * One entry of a history as a person reads it, in the page's language: when (Bamako's time, which
 * is UTC), who (the account's name and user name), what (the operation, or what happened to an
 * account or a role), and about whom, for an account's entries, or the file a change was imported from.
 *
 * @param about the account an entry is about, with the role given or taken back; the file and row of an
 *              imported change; empty otherwise
 */
public record HistoryLine(long sequence, String when, String who, String username, String what, String about) {

    /**
     * What happens to accounts and roles ({@code access.granted}, {@code account.disabled}, ...): told
     * by the event, since one operation covers them all.
     */
    static boolean aboutAnAccount(String eventType) {
        return eventType.startsWith("access.") || eventType.startsWith("account.");
    }

    /**
     * @param names an account's display name from its user name (the user name itself when unknown)
     */
    public static HistoryLine of(HistoryEntryView entry, Texts t, Function<String, String> names) {
        JsonObject event = firstEvent(entry.events());
        String type = event == null ? "" : event.getString("type", "");
        String what;
        String about = "";
        if (aboutAnAccount(type)) {
            what = t.get("history.event." + type);
            JsonObject facts = event.getJsonObject("facts");
            String account = facts == null ? entry.account() : facts.getString("username", entry.account());
            String role = facts == null ? null : facts.getString("role", null);
            about = (account == null ? "" : names.apply(account))
                    + (role == null ? "" : " · " + t.get("role." + role));
        } else {
            what = t.get("history.op." + entry.operation());
            about = imported(entry.request(), t);
        }
        OffsetDateTime at = entry.recordedAt().withOffsetSameInstant(ZoneOffset.UTC);
        String when = t.date(at.toLocalDate()) + ", " + at.format(DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT));
        return new HistoryLine(entry.sequence(), when, names.apply(entry.user()), entry.user(), what, about);
    }

    /** The file and row a change was imported from (its request names the import), or empty. */
    static String imported(JsonValue request, Texts t) {
        if (request == null || request.getValueType() != JsonValue.ValueType.OBJECT) {
            return "";
        }
        JsonObject facts = request.asJsonObject();
        if (!facts.containsKey("import") || !(facts.get("file") instanceof jakarta.json.JsonString file)) {
            return "";
        }
        return t.get("import.history", file.getString(), facts.getInt("row", 0));
    }

    private static JsonObject firstEvent(JsonValue events) {
        if (events == null || events.getValueType() != JsonValue.ValueType.ARRAY || events.asJsonArray().isEmpty()) {
            return null;
        }
        JsonValue first = events.asJsonArray().get(0);
        return first.getValueType() == JsonValue.ValueType.OBJECT ? first.asJsonObject() : null;
    }
}
