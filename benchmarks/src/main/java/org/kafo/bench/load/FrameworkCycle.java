package org.kafo.bench.load;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One framework's chain of plans, as the rule book wants it: each plan is adopted at a held meeting
 * with a quorum that reviewed the plan before (CYC-1, MEET-1, PLAN-1). Before each adoption (untimed)
 * a meeting is convened by the municipality, signed by one representative of every current member,
 * held, and reviews the plan in force, dropping its actions; the adoption (timed) then adopts a
 * plan of two actions of the municipality: an infrastructure with the shares of the commune and of a
 * professional organisation (PLAN-2 to PLAN-7) and a business-environment measure. Each meeting is a
 * day after the one before, within the plan in force (CYC-2).
 */
final class FrameworkCycle {

    /** What a setup request answered when it was not accepted. */
    record Failure(String request, int status, String answer) {
    }

    final String id;
    private final String municipality;
    private final String professional;
    private final String sector;
    private final JsonArray attendees;
    private String plan;
    private List<String> openActions;
    private String readyMeeting;
    private LocalDate day;
    private boolean usable = true;
    private int adoptions;

    private FrameworkCycle(String id, String municipality, String professional, String sector, JsonArray attendees,
            String plan, List<String> openActions, String readyMeeting, LocalDate day) {
        this.id = id;
        this.municipality = municipality;
        this.professional = professional;
        this.sector = sector;
        this.attendees = attendees;
        this.plan = plan;
        this.openActions = openActions;
        this.readyMeeting = readyMeeting;
        this.day = day;
    }

    /** The framework's chain from what the server holds now; empty if it has no plan or no member to adopt one. */
    static Optional<FrameworkCycle> of(Client client, String framework) {
        JsonArray members = client.read("frameworks/" + framework + "/members?size=100").getJsonArray("items");
        String municipality = null;
        String professional = null;
        String sector = null;
        JsonArrayBuilder attendees = Json.createArrayBuilder();
        for (JsonObject member : members.getValuesAs(JsonObject.class)) {
            if (!member.getBoolean("current")) {
                continue;
            }
            String organisation = member.getString("organisation");
            String category = member.getString("category");
            JsonArray sectors = member.getJsonArray("sectors");
            if (category.equals("MUNICIPALITY") && municipality == null) {
                municipality = organisation;
            } else if (category.equals("PROFESSIONAL_ORGANISATION") && professional == null && !sectors.isEmpty()) {
                professional = organisation;
                sector = sectors.getString(0);
            }
            JsonArray representatives = member.getJsonArray("representatives");
            if (!representatives.isEmpty()) {
                attendees.add(Json.createObjectBuilder().add("organisation", organisation)
                        .add("person", representatives.getJsonObject(0)));
            }
        }
        Optional<JsonObject> latest = plans(client, framework).stream()
                .max(Comparator.comparingInt(p -> p.getInt("cycle")));
        if (municipality == null || professional == null || latest.isEmpty()) {
            return Optional.empty();
        }
        JsonObject plan = latest.get();
        boolean reviewed = plan.get("reviewedAt") instanceof jakarta.json.JsonString;
        List<String> open = new ArrayList<>();
        if (!reviewed) {
            plan.getJsonArray("actions").getValuesAs(JsonObject.class).forEach(a -> open.add(a.getString("id")));
        }
        LocalDate day = LocalDate.parse(plan.getString(reviewed ? "reviewedOn" : "adoptedOn"));
        return Optional.of(new FrameworkCycle(framework, municipality, professional, sector, attendees.build(),
                plan.getString("id"), open, reviewed ? plan.getString("reviewedAt") : null, day));
    }

    private static List<JsonObject> plans(Client client, String framework) {
        List<JsonObject> plans = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonObject found = client.read("frameworks/" + framework + "/plans?size=100&page=" + page);
            plans.addAll(found.getJsonArray("items").getValuesAs(JsonObject.class));
            if (page + 1 >= found.getInt("totalPages")) {
                return plans;
            }
        }
    }

    boolean usable() {
        return usable;
    }

    /** The framework is left out from now on (its state is unknown, or the caller may not write to it). */
    void drop() {
        usable = false;
    }

    /**
     * Untimed: unless a held meeting already reviewed the plan in force, the next day's meeting is
     * convened, attended, held, and reviews it.
     *
     * @return the first request not accepted, if any (the chain is then dropped)
     */
    Optional<Failure> prepare(Client client, LongCounter requests) throws IOException {
        if (readyMeeting != null) {
            return Optional.empty();
        }
        day = day.plusDays(1);
        String on = day.toString();
        HttpConnection.Response convened = client.post("frameworks/" + id + "/meetings", bytes(Json.createObjectBuilder()
                .add("plannedOn", on).add("venue", "Salle de délibération de la mairie")
                .add("convenedBy", municipality).add("issuedOn", on).build()));
        requests.add();
        if (convened.status() != 201) {
            return failure("convene", convened);
        }
        String meeting = Client.json(convened).getJsonObject("result").getString("id");
        List<Object[]> steps = List.of(
                new Object[] {"attend", "meetings/" + meeting + "/attendance",
                        Json.createObjectBuilder().add("attendees", attendees).add("on", on).build()},
                new Object[] {"hold", "meetings/" + meeting + "/holding", Json.createObjectBuilder().add("on", on).build()},
                new Object[] {"review", "plans/" + plan + "/review", review(meeting, on)});
        for (Object[] step : steps) {
            HttpConnection.Response answer = client.post((String) step[1], bytes((JsonObject) step[2]));
            requests.add();
            if (answer.status() != 200) {
                return failure((String) step[0], answer);
            }
        }
        readyMeeting = meeting;
        openActions = List.of();
        return Optional.empty();
    }

    private JsonObject review(String meeting, String on) {
        JsonArrayBuilder decisions = Json.createArrayBuilder();
        for (String action : openActions) {
            decisions.add(Json.createObjectBuilder().add("action", action).add("outcome", "DROPPED")
                    .add("reason", "Remplacée par le plan suivant"));
        }
        return Json.createObjectBuilder().add("meeting", meeting).add("decisions", decisions).add("on", on).build();
    }

    /** The timed request's body: the next plan, adopted at the meeting that reviewed the last one. */
    byte[] adoption() {
        LocalDate start = day.plusDays(1);
        JsonObject infrastructure = Json.createObjectBuilder()
                .add("title", "Aménagement d'un périmètre irrigué villageois").add("sector", sector)
                .add("kind", "INFRASTRUCTURE").add("responsible", municipality)
                .add("dueDate", start.plusDays(50).toString()).add("estimatedCost", xof(18_000_000))
                .add("costShares", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("party", municipality).add("form", "CASH")
                                .add("pledged", xof(16_500_000)))
                        .add(Json.createObjectBuilder().add("party", professional).add("form", "IN_KIND")
                                .add("pledged", xof(1_500_000))))
                .add("pdesc", Json.createObjectBuilder().add("pdescEntry", "PDESC " + start.getYear() + ", axe 2.3"))
                .add("addresses", JsonValue.EMPTY_JSON_ARRAY).build();
        JsonObject marketDay = Json.createObjectBuilder()
                .add("title", "Jour de marché hebdomadaire des produits").add("sector", sector)
                .add("kind", "BUSINESS_ENVIRONMENT_MEASURE").add("responsible", municipality)
                .add("dueDate", start.plusDays(20).toString()).add("estimatedCost", xof(0))
                .add("costShares", JsonValue.EMPTY_JSON_ARRAY)
                .add("pdesc", Json.createObjectBuilder().add("pdescEntry", "PDESC " + start.getYear() + ", axe 4.1"))
                .add("addresses", JsonValue.EMPTY_JSON_ARRAY).build();
        return bytes(Json.createObjectBuilder().add("meeting", readyMeeting).add("on", day.toString())
                .add("period", Json.createObjectBuilder().add("start", start.toString())
                        .add("end", start.plusMonths(2).toString()))
                .add("actions", Json.createArrayBuilder().add(infrastructure).add(marketDay)).build());
    }

    /** The plan was adopted: the next adoption needs a meeting that reviews it. */
    void adopted(HttpConnection.Response answer) {
        JsonObject adopted = Client.json(answer).getJsonObject("result");
        plan = adopted.getString("id");
        openActions = adopted.getJsonArray("actions").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("id")).toList();
        readyMeeting = null;
        adoptions++;
    }

    /** Plans this chain adopted so far. */
    int adoptions() {
        return adoptions;
    }

    String adoptionPath() {
        return "frameworks/" + id + "/plans";
    }

    private static JsonObject xof(long amount) {
        return Json.createObjectBuilder().add("amount", amount).add("currency", "XOF").build();
    }

    private static byte[] bytes(JsonObject json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Optional<Failure> failure(String request, HttpConnection.Response answer) {
        return Optional.of(new Failure(request, answer.status(), answer.text()));
    }

    /** Counts requests across threads. */
    static final class LongCounter {
        private final java.util.concurrent.atomic.LongAdder adder = new java.util.concurrent.atomic.LongAdder();

        void add() {
            adder.increment();
        }

        long sum() {
            return adder.sum();
        }
    }
}
