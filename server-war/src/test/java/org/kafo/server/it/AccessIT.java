package org.kafo.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, over HTTP: every endpoint, as every role and as nobody, on a framework where
 * the role was granted (own) and on another commune's (foreign); signing in; and the history.
 *
 * <p>The matrix writes with {@code If-Match} naming a version the framework never had: a request
 * the policy allows stops at the version check (409) and changes nothing, one it refuses answers
 * 403 (a role that may not) or 404 (no role there: the framework stays hidden). The cycle in
 * {@code KafoServerIT} shows the same roles' writes accepted (2xx).
 */
class AccessIT extends DeployedKafo {

    private static final String STALE = "\"999999\"";

    /** The callers of the matrix, in the order of its columns. */
    private static final List<String> CALLERS = List.of("anonymous", "admin", "officer", "cooperative", "group",
            "committee", "service", "partner", "nobody");

    // Columns:                                      anon admin officer coop group committee service partner nobody
    private static final int[] READ = {401, 404, 200, 200, 200, 200, 200, 200, 404};
    private static final int[] SUMMARY = {401, 200, 200, 200, 200, 200, 200, 200, 404};
    private static final int[] HIDDEN = {401, 404, 404, 404, 404, 404, 404, 404, 404};
    private static final int[] HIDDEN_BUT_SUMMARY = {401, 200, 404, 404, 404, 404, 404, 404, 404};
    private static final int[] OFFICER_WRITES = {401, 404, 409, 403, 403, 403, 403, 403, 404};
    private static final int[] COOPERATIVE_WRITES = {401, 404, 403, 409, 403, 403, 403, 403, 404};
    private static final int[] OFFICER_OR_COOPERATIVE = {401, 404, 409, 409, 403, 403, 403, 403, 404};
    private static final int[] COMMITTEE_OR_RESPONSIBLE = {401, 404, 409, 403, 403, 409, 403, 403, 404};
    private static final int[] COMMITTEE_WRITES = {401, 404, 403, 403, 403, 409, 403, 403, 404};
    private static final int[] DIRECTORY = {401, 200, 200, 200, 200, 200, 200, 200, 200};
    private static final int[] ADMIN_CREATES = {401, 201, 403, 403, 403, 403, 403, 403, 403};
    private static final int[] ADMIN_CHANGES = {401, 409, 403, 403, 403, 403, 403, 403, 403};
    private static final int[] ADMIN_READS = {401, 200, 403, 403, 403, 403, 403, 403, 403};
    private static final int[] OFFICER_PROPOSES = {401, 403, 201, 403, 403, 403, 403, 403, 403};
    private static final int[] NOBODY_PROPOSES = {401, 403, 403, 403, 403, 403, 403, 403, 403};
    private static final int[] ORGANISATION_IN_COMMUNE = {401, 201, 201, 403, 403, 403, 403, 403, 403};
    private static final int[] ADMIN_ORGANISATION_ELSEWHERE = {401, 201, 403, 403, 403, 403, 403, 403, 403};
    private static final int[] OWN_ORGANISATION_CHANGES = {401, 409, 409, 409, 403, 403, 403, 403, 403};
    private static final int[] EVERYONE_SIGNED_IN = {401, 200, 200, 200, 200, 200, 200, 200, 200};
    private static final int[] EVERYONE_SIGNS_IN = {401, 201, 201, 201, 201, 201, 201, 201, 201};
    private static final int[] PUBLIC = {200, 200, 200, 200, 200, 200, 200, 200, 200};
    private static final int[] ADMIN_FINDS_NONE = {401, 404, 403, 403, 403, 403, 403, 403, 403};

    /** One endpoint of the matrix: its method, path, body (null: none), and the expected statuses by caller. */
    record Row(String method, String path, String body, int[] own, int[] foreign) {
    }

    @Test
    void every_endpoint_answers_every_role_on_its_own_and_on_a_foreign_framework_as_the_policy_says() {
        // given a framework of the team's commune and one of another commune, each through a whole cycle
        Story own = new Story(team).secondPlanAdopted();
        own.officer.post("meetings/" + own.meeting1 + "/minutes", """
                {"text": "Procès-verbal.", "on": "2008-04-12"}""").expect(200);
        Story foreign = new Story(Team.other(deployment)).secondPlanAdopted();
        foreign.officer.post("meetings/" + foreign.meeting1 + "/minutes", """
                {"text": "Procès-verbal.", "on": "2008-04-12"}""").expect(200);

        // when every caller calls every endpoint of both
        List<String> mismatches = new ArrayList<>();
        int calls = 0;
        for (Row row : rows(own, foreign)) {
            for (int i = 0; i < CALLERS.size(); i++) {
                for (boolean ownSide : new boolean[] {true, false}) {
                    int[] expected = ownSide ? row.own() : row.foreign();
                    if (expected == null) {
                        continue;
                    }
                    Story story = ownSide ? own : foreign;
                    String path = fill(row.path(), story);
                    Api.Reply reply = call(caller(i), row.method(), path, row.body() == null ? null : fill(row.body(), story));
                    calls++;
                    String where = row.method() + " " + row.path() + " as " + CALLERS.get(i) + (ownSide ? " (own)" : " (foreign)");
                    if (reply.status() != expected[i]) {
                        mismatches.add(where + ": expected " + expected[i] + ", was " + reply.status() + " " + abbreviate(reply.text()));
                    } else if (reply.status() >= 400 && !reply.contentType().startsWith(PROBLEM)) {
                        mismatches.add(where + ": " + reply.status() + " is not a problem: " + reply.contentType());
                    }
                }
            }
        }

        // then
        assertThat(mismatches).as("%d calls", calls).isEmpty();
        assertThat(calls).isGreaterThan(900);
    }

    private List<Row> rows(Story own, Story foreign) {
        String f = "frameworks/{framework}";
        String action = "plans/{plan1}/actions/{schemeAction}";
        List<Row> rows = new ArrayList<>(List.of(
                // the platform
                new Row("GET", "ping", null, PUBLIC, null),
                new Row("GET", "regions", null, DIRECTORY, null),
                new Row("GET", "regions/{region}", null, DIRECTORY, DIRECTORY),
                new Row("GET", "cercles", null, DIRECTORY, null),
                new Row("GET", "cercles/{cercle}", null, DIRECTORY, DIRECTORY),
                new Row("GET", "communes", null, DIRECTORY, null),
                new Row("GET", "communes/{commune}", null, DIRECTORY, DIRECTORY),
                new Row("POST", "regions", "{\"code\": \"R{random}\", \"name\": \"Région {random}\"}", ADMIN_CREATES, null),
                new Row("POST", "cercles", "{\"code\": \"C{random}\", \"name\": \"Cercle {random}\", \"region\": \"{region}\"}",
                        ADMIN_CREATES, null),
                new Row("POST", "communes", "{\"code\": \"K{random}\", \"name\": \"Commune {random}\", \"cercle\": \"{cercle}\","
                        + " \"region\": \"{region}\"}", ADMIN_CREATES, null),
                new Row("POST", "communes/{commune}/reassignments", "{\"cercle\": \"{cercle}\", \"region\": \"{region}\","
                        + " \"from\": \"2024-09-24\"}", ADMIN_CHANGES, ADMIN_CHANGES),
                new Row("GET", "organisations", null, DIRECTORY, null),
                new Row("GET", "organisations/{cooperative}", null, DIRECTORY, DIRECTORY),
                // a framework's members are its own business, whichever list shows them
                new Row("GET", "organisations?framework={framework}", null, READ, HIDDEN),
                new Row("GET", "organisations?commune={commune}&framework={framework}", null, READ, HIDDEN),
                new Row("POST", "organisations", "{\"name\": \"Association {random}\", \"kind\": \"ASSOCIATION\","
                        + " \"sectors\": [\"small-scale-irrigation\"], \"commune\": \"{commune}\", \"on\": \"2008-01-15\"}",
                        ORGANISATION_IN_COMMUNE, ADMIN_ORGANISATION_ELSEWHERE),
                new Row("POST", "organisations/{cooperative}/member-counts", "{\"members\": 90, \"women\": 35, \"youth\": 22,"
                        + " \"countedOn\": \"2008-06-01\"}", OWN_ORGANISATION_CHANGES, ADMIN_CHANGES),
                new Row("POST", "organisations/{cooperative}/registration", "{\"number\": \"0042/CD\","
                        + " \"registeredOn\": \"2008-05-05\", \"authority\": \"Préfecture\"}", OWN_ORGANISATION_CHANGES, ADMIN_CHANGES),
                new Row("GET", "indicators", null, DIRECTORY, null),
                new Row("GET", "indicators?region={region}&asOf=2008-07-31", null, DIRECTORY, DIRECTORY),
                new Row("GET", "users", null, ADMIN_READS, null),
                new Row("POST", "users/it.missing.{random}/disablement", null, ADMIN_FINDS_NONE, null),
                new Row("POST", "users/it.missing.{random}/enablement", null, ADMIN_FINDS_NONE, null),
                new Row("GET", "me", null, EVERYONE_SIGNED_IN, null),
                new Row("GET", "rules", null, EVERYONE_SIGNED_IN, null),
                new Row("GET", "history", null, ADMIN_READS, null),
                new Row("GET", "history?account=it.missing.{random}", null, ADMIN_READS, null),
                new Row("POST", "auth/tokens", null, EVERYONE_SIGNS_IN, null),
                // frameworks
                new Row("GET", "frameworks", null, EVERYONE_SIGNED_IN, null),
                new Row("POST", "frameworks", "{\"commune\": \"{commune}\", \"name\": \"Cadre {random}\","
                        + " \"prioritySectors\": [\"small-scale-irrigation\", \"market-gardening\"], \"on\": \"2008-02-01\"}",
                        OFFICER_PROPOSES, NOBODY_PROPOSES),
                new Row("GET", f, null, SUMMARY, HIDDEN_BUT_SUMMARY),
                new Row("POST", f + "/establishment", "{}", OFFICER_WRITES, HIDDEN),
                new Row("POST", f + "/suspension", "{\"reason\": \"Saison des pluies\", \"on\": \"2008-07-01\"}",
                        OFFICER_WRITES, HIDDEN),
                new Row("POST", f + "/resumption", "{\"on\": \"2008-07-15\"}", OFFICER_WRITES, HIDDEN),
                new Row("POST", f + "/dissolution", "{\"reason\": \"Fin\", \"on\": \"2008-08-01\"}",
                        OFFICER_WRITES, HIDDEN),
                new Row("POST", f + "/deliberations", "{}", OFFICER_WRITES, HIDDEN),
                new Row("GET", f + "/members", null, READ, HIDDEN),
                new Row("POST", f + "/members", "{\"organisation\": \"{cooperative}\", \"from\": \"2008-03-01\"}",
                        OFFICER_WRITES, HIDDEN),
                new Row("POST", f + "/members/{programme}/departure", "{\"lastDay\": \"2008-06-30\", \"reason\": \"Fin\"}",
                        OFFICER_WRITES, HIDDEN),
                new Row("PUT", f + "/members/{cooperative}/representatives", "{\"representatives\": []}",
                        OFFICER_OR_COOPERATIVE, HIDDEN),
                new Row("PUT", f + "/members/{programme}/representatives", "{\"representatives\": []}",
                        OFFICER_WRITES, HIDDEN),
                new Row("GET", f + "/needs", null, READ, HIDDEN),
                new Row("POST", f + "/needs", "{\"raisedBy\": \"{cooperative}\", \"sector\": \"small-scale-irrigation\","
                        + " \"kind\": \"INVESTMENT\", \"description\": \"Un magasin\", \"on\": \"2008-05-01\"}",
                        COOPERATIVE_WRITES, HIDDEN),
                new Row("GET", f + "/meetings", null, READ, HIDDEN),
                new Row("POST", f + "/meetings", "{}", OFFICER_WRITES, HIDDEN),
                new Row("GET", f + "/plans", null, READ, HIDDEN),
                new Row("POST", f + "/plans", "{}", OFFICER_WRITES, HIDDEN),
                new Row("GET", f + "/indicators", null, READ, HIDDEN),
                new Row("GET", f + "/history", null, READ, HIDDEN),
                new Row("GET", f + "/committee", null, READ, HIDDEN),
                new Row("POST", f + "/committee", "{}", OFFICER_WRITES, HIDDEN),
                new Row("GET", f + "/committee/members", null, READ, HIDDEN),
                new Row("GET", f + "/committee/mandates", null, READ, HIDDEN),
                new Row("POST", f + "/committee/mandates", "{}", OFFICER_WRITES, HIDDEN),
                new Row("GET", f + "/committee/reports", null, READ, HIDDEN),
                new Row("POST", f + "/committee/reports", "{}", COMMITTEE_WRITES, HIDDEN),
                new Row("GET", f + "/committee/obstacles", null, READ, HIDDEN),
                new Row("POST", f + "/committee/obstacles", "{}", COMMITTEE_WRITES, HIDDEN),
                new Row("POST", f + "/committee/obstacles/{obstacle}/resolution", "{}", COMMITTEE_WRITES, HIDDEN),
                // needs
                new Row("GET", "needs/{schemeNeed}", null, READ, HIDDEN),
                new Row("POST", "needs/{schemeNeed}/withdrawal", "{}", COOPERATIVE_WRITES, HIDDEN),
                new Row("POST", "needs/{schemeNeed}/corrections", "{}", COOPERATIVE_WRITES, HIDDEN),
                // meetings
                new Row("GET", "meetings/{meeting1}", null, READ, HIDDEN),
                new Row("GET", "meetings/{meeting1}/agenda", null, READ, HIDDEN),
                new Row("GET", "meetings/{meeting1}/attendance", null, READ, HIDDEN),
                new Row("POST", "meetings/{meeting1}/attendance", "{}", OFFICER_WRITES, HIDDEN),
                new Row("POST", "meetings/{meeting1}/holding", "{}", OFFICER_WRITES, HIDDEN),
                new Row("GET", "meetings/{meeting1}/minutes", null, READ, HIDDEN),
                new Row("POST", "meetings/{meeting1}/minutes", "{}", OFFICER_WRITES, HIDDEN),
                new Row("POST", "meetings/{meeting1}/minutes/approvals", "{\"party\": \"{cooperative}\", \"approved\": true}",
                        COOPERATIVE_WRITES, HIDDEN),
                // plans and actions (the scheme action is the municipality's)
                new Row("GET", "plans/{plan1}", null, READ, HIDDEN),
                new Row("POST", "plans/{plan1}/review", "{}", OFFICER_WRITES, HIDDEN),
                new Row("GET", "plans/{plan1}/actions", null, READ, HIDDEN),
                new Row("GET", action, null, READ, HIDDEN),
                new Row("POST", action + "/status", "{\"status\": \"DONE\"}", COMMITTEE_OR_RESPONSIBLE, HIDDEN),
                new Row("POST", action + "/progress-notes", "{\"text\": \"Avance.\"}", COMMITTEE_OR_RESPONSIBLE, HIDDEN),
                new Row("POST", action + "/progress-notes", "{\"author\": \"{mairie}\", \"text\": \"Avance.\"}",
                        COMMITTEE_OR_RESPONSIBLE, HIDDEN),
                // a party signs as itself: not even the responsible party's officer signs as another
                new Row("POST", action + "/progress-notes", "{\"author\": \"{cooperative}\", \"text\": \"Avance.\"}",
                        COMMITTEE_WRITES, HIDDEN),
                new Row("POST", action + "/pledges", "{\"party\": \"{cooperative}\", \"form\": \"CASH\","
                        + " \"amount\": {\"amount\": 1000}}", OFFICER_OR_COOPERATIVE, HIDDEN),
                new Row("POST", action + "/deliveries", "{\"party\": \"{cooperative}\", \"form\": \"CASH\","
                        + " \"amount\": {\"amount\": 1000}}", OFFICER_OR_COOPERATIVE, HIDDEN),
                new Row("POST", action + "/pdesc", "{}", OFFICER_WRITES, HIDDEN)));
        return rows;
    }

    private Api caller(int index) {
        return switch (CALLERS.get(index)) {
            case "anonymous" -> team.anonymous;
            case "admin" -> team.admin;
            case "officer" -> team.officer;
            case "cooperative" -> team.cooperative;
            case "group" -> team.group;
            case "committee" -> team.committee;
            case "service" -> team.service;
            case "partner" -> team.partner;
            default -> team.nobody;
        };
    }

    private static Api.Reply call(Api api, String method, String path, String body) {
        if (method.equals("GET")) {
            return api.get(path);
        }
        if (body == null) {
            return api.send(HttpRequest.newBuilder(api.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()), null);
        }
        if (method.equals("PUT")) {
            return api.put(path, body, "If-Match", STALE);
        }
        return api.post(path, body, "If-Match", STALE);
    }

    /** The path or body with the story's ids in place of {@code {name}}, and a fresh {@code {random}}. */
    private static String fill(String template, Story story) {
        Map<String, Function<Story, String>> ids = new LinkedHashMap<>();
        ids.put("framework", s -> s.framework);
        ids.put("region", s -> s.region);
        ids.put("cercle", s -> s.cercle);
        ids.put("commune", s -> s.commune);
        ids.put("mairie", s -> s.mairie);
        ids.put("cooperative", s -> s.cooperative);
        ids.put("programme", s -> s.programme);
        ids.put("schemeNeed", s -> s.schemeNeed);
        ids.put("meeting1", s -> s.meeting1);
        ids.put("plan1", s -> s.plan1);
        ids.put("schemeAction", s -> s.schemeAction);
        ids.put("obstacle", s -> s.obstacle);
        String filled = template.replace("{random}", Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999)));
        for (Map.Entry<String, Function<Story, String>> id : ids.entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", id.getValue().apply(story));
        }
        return filled;
    }

    private static String abbreviate(String text) {
        return text == null || text.length() < 200 ? text : text.substring(0, 200) + "...";
    }

    @Test
    void a_foreign_framework_answers_exactly_as_one_that_does_not_exist() {
        Story foreign = new Story(Team.other(deployment)).proposed();
        String unknown = "7d1f0c2e-0000-4000-8000-000000000000";

        JsonObject hidden = team.officer.get("frameworks/" + foreign.framework + "/needs").expect(404).json();
        JsonObject missing = team.officer.get("frameworks/" + unknown + "/needs").expect(404).json();

        assertThat(hidden.getString("detail").replace(foreign.framework, unknown)).isEqualTo(missing.getString("detail"));
        assertThat(hidden.getString("code")).isEqualTo(missing.getString("code"));
        assertThat(team.officer.get("frameworks?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .noneMatch(f -> f.getString("id").equals(foreign.framework));
    }

    @Test
    void wrong_or_missing_credentials_answer_the_same_401_problem() {
        Api anonymous = team.anonymous;
        List<Api.Reply> replies = List.of(
                anonymous.get("frameworks"),
                anonymous.as(Api.basic(team.username("officer"), "not-the-password")).get("frameworks"),
                anonymous.as(Api.basic("no-such-user", "not-the-password")).get("frameworks"),
                anonymous.as("Bearer not-a-token").get("frameworks"),
                anonymous.as("Basic !!!").get("frameworks"),
                anonymous.as(Api.basic("no-such-user", "not-the-password")).post("auth/tokens", "{}"));

        for (Api.Reply reply : replies) {
            reply.expect(401);
            assertThat(reply.contentType()).startsWith(PROBLEM);
            assertThat(reply.header("WWW-Authenticate")).contains("Basic", "Bearer");
        }
        assertThat(replies.stream().map(r -> r.json().getString("detail")).distinct()).hasSize(1);
        assertThat(replies.stream().map(r -> r.json().getString("code")).distinct()).containsExactly("auth.required");
    }

    @Test
    void a_token_works_until_its_holder_signs_out_or_changes_the_password() {
        // given an account of its own
        String name = "it.token." + team.mark;
        team.admin.post("users", """
                {"username": "%s", "displayName": "Token", "password": "%s"}""".formatted(name, Team.PASSWORD)).expect(201);
        Api first = team.anonymous.signedIn(name, Team.PASSWORD);
        Api second = team.anonymous.signedIn(name, Team.PASSWORD);

        // when it signs out with the first token
        first.delete("auth/tokens/current").expect(204);

        // then only the second still works, until the password changes
        first.get("me").expect(401);
        assertThat(second.get("me").expect(200).json().getString("username")).isEqualTo(name);
        second.post("me/password", """
                {"current": "not the password", "password": "a brand new password"}""").expect(401);
        second.post("me/password", """
                {"current": "%s", "password": "short"}""".formatted(Team.PASSWORD)).expect(400);
        second.post("me/password", """
                {"current": "%s", "password": "a brand new password"}""".formatted(Team.PASSWORD)).expect(204);
        second.get("me").expect(401);
        team.anonymous.signedIn(name, "a brand new password").get("me").expect(200);
    }

    @Test
    void a_token_used_again_and_again_sees_a_role_taken_back_a_sign_out_or_a_new_password_at_the_very_next_request() {
        // given an account with a role in all the frameworks of a commune, and two tokens, each used again and again
        Story story = new Story(team).proposed();
        String name = "it.remembered." + team.mark;
        String members = "frameworks/" + story.framework + "/members";
        team.admin.post("users", """
                {"username": "%s", "displayName": "Remembered", "password": "%s"}""".formatted(name, Team.PASSWORD)).expect(201);
        JsonObject commune = team.admin.post("users/" + name + "/grants", """
                {"role": "PARTNER_OBSERVER", "commune": "%s"}""".formatted(story.commune)).expect(201).json();
        Api first = team.anonymous.signedIn(name, Team.PASSWORD);
        Api second = team.anonymous.signedIn(name, Team.PASSWORD);
        for (int i = 0; i < 5; i++) {
            first.get(members).expect(200);
            second.get(members).expect(200);
        }

        // when the role is taken back, then the very next request has it no more
        team.admin.delete("users/" + name + "/grants/" + commune.getString("id")).expect(204);
        first.get(members).expect(404);
        second.get(members).expect(404);

        // when given again, in the framework alone, it has it at once
        team.admin.post("users/" + name + "/grants", """
                {"role": "PARTNER_OBSERVER", "framework": "%s"}""".formatted(story.framework)).expect(201);
        first.get(members).expect(200);

        // when the first token signs out, it is refused at once, and the second still works
        first.delete("auth/tokens/current").expect(204);
        first.get(members).expect(401);
        second.get(members).expect(200);

        // when the administrator sets a new password, the second ends at once too
        team.admin.post("users/" + name + "/password", """
                {"password": "%s"}""".formatted("another long password")).expect(204);
        second.get(members).expect(401);
        second.get("me").expect(401);
    }

    @Test
    void wrong_passwords_wait_longer_then_lock_out_the_same_for_an_unknown_account_until_the_lockout_ends() {
        // given an account, and a name that no account has (this server: the 5th failure locks out for 4 s)
        String name = "it.throttled." + team.mark;
        team.admin.post("users", """
                {"username": "%s", "displayName": "Throttled", "password": "%s"}""".formatted(name, Team.PASSWORD)).expect(201);
        String unknown = "it.unknown." + team.mark;

        // when each signs in with wrong passwords, over Basic and for a token, as soon as it is let,
        // then tries the right password
        List<String> known = wrongPasswordsUntilLockedOut(name);
        Api.Reply locked = team.anonymous.as(Api.basic(name, Team.PASSWORD)).get("me");
        List<String> none = wrongPasswordsUntilLockedOut(unknown);
        Api.Reply lockedUnknown = team.anonymous.as(Api.basic(unknown, Team.PASSWORD)).get("me");

        // then three free failures, a wait, the fifth locks out: the same answers for both
        assertThat(known).containsExactly("401", "401", "401", "401", "429", "401");
        assertThat(none).isEqualTo(known);
        // locked out, even the right password is not checked; the answer is a problem with Retry-After
        locked.expect(429);
        assertThat(locked.contentType()).startsWith(PROBLEM);
        assertThat(locked.json().getString("code")).isEqualTo("auth.throttled");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 4L);
        lockedUnknown.expect(429);
        assertThat(lockedUnknown.json()).isEqualTo(locked.json());
        // and once the lockout is over, the right password signs in at once
        pause(Long.parseLong(lockedUnknown.header("Retry-After")));
        team.anonymous.signedIn(name, Team.PASSWORD).get("me").expect(200);
        team.anonymous.as(Api.basic(unknown, Team.PASSWORD)).get("me").expect(401);
    }

    /** The answers to wrong passwords as {@code user} until the fifth failure, waiting whenever told to. */
    private List<String> wrongPasswordsUntilLockedOut(String user) {
        List<String> answers = new ArrayList<>();
        Api wrong = team.anonymous.as(Api.basic(user, "not-the-password-" + team.mark));
        for (int failures = 0; failures < 5;) {
            Api.Reply reply = failures % 2 == 0 ? wrong.get("me")
                    : wrong.send(HttpRequest.newBuilder(wrong.resolve("auth/tokens")).POST(HttpRequest.BodyPublishers.noBody()),
                            null);
            answers.add(Integer.toString(reply.status()));
            assertThat(reply.contentType()).startsWith(PROBLEM);
            if (reply.status() == 429) {
                long seconds = Long.parseLong(reply.header("Retry-After"));
                assertThat(seconds).as("Retry-After").isBetween(1L, 4L);
                assertThat(reply.json().getString("code")).isEqualTo("auth.throttled");
                pause(seconds);
            } else {
                reply.expect(401);
                failures++;
            }
        }
        return answers;
    }

    @Test
    void a_disabled_account_cannot_sign_in_and_its_tokens_end_at_once_until_it_is_enabled_again() {
        // given an account with a role in a framework, signed in
        Story story = new Story(team).proposed();
        String name = "it.disabled." + team.mark;
        team.admin.post("users", """
                {"username": "%s", "displayName": "Disabled", "password": "%s"}""".formatted(name, Team.PASSWORD)).expect(201);
        team.admin.post("users/" + name + "/grants", """
                {"role": "PARTNER_OBSERVER", "framework": "%s"}""".formatted(story.framework)).expect(201);
        Api token = team.anonymous.signedIn(name, Team.PASSWORD);
        token.get("me").expect(200);

        // when the administrator disables it
        JsonObject disabled = team.admin.post("users/" + name + "/disablement", "").expect(200).json();

        // then its token stops at once, and its password gets the answer of a wrong one
        assertThat(disabled.getBoolean("enabled")).isFalse();
        Api.Reply refused = token.get("me").expect(401);
        Api.Reply password = team.anonymous.as(Api.basic(name, Team.PASSWORD)).get("me").expect(401);
        Api.Reply wrong = team.anonymous.as(Api.basic(name, "not-the-password")).get("me").expect(401);
        assertThat(password.json()).isEqualTo(wrong.json()).isEqualTo(refused.json());
        assertThat(team.admin.get("users/" + name).json().getBoolean("enabled")).isFalse();
        team.officer.post("users/" + name + "/enablement", "").expect(403);
        team.admin.post("users/admin/disablement", "").expect(409);
        List<String> events = story.officer.get("frameworks/" + story.framework + "/history?size=100").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .flatMap(e -> e.getJsonArray("events").getValuesAs(JsonObject.class).stream())
                .map(e -> e.getString("type")).toList();
        assertThat(events).contains("account.disabled");

        // when enabled again, it signs in afresh; the old token stays ended
        assertThat(team.admin.post("users/" + name + "/enablement", "").expect(200).json().getBoolean("enabled")).isTrue();
        token.get("me").expect(401);
        team.anonymous.signedIn(name, Team.PASSWORD).get("frameworks/" + story.framework + "/members").expect(200);
    }

    private static void pause(long seconds) {
        try {
            Thread.sleep(seconds * 1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_administrator_opens_accounts_and_gives_roles_that_take_effect_at_once() {
        // given
        Story story = new Story(team).proposed();
        String name = "it.newcomer." + team.mark;

        // when
        Api.Reply created = team.admin.post("users", """
                {"username": "%s", "displayName": "Nouveau venu", "password": "%s"}""".formatted(name, Team.PASSWORD));
        Api newcomer = team.anonymous.signedIn(name, Team.PASSWORD);
        newcomer.get("frameworks/" + story.framework + "/members").expect(404);
        JsonObject grant = team.admin.post("users/" + name + "/grants", """
                {"role": "PARTNER_OBSERVER", "framework": "%s"}""".formatted(story.framework)).expect(201).json();

        // then
        created.expect(201);
        assertThat(created.json().toString()).doesNotContain(Team.PASSWORD, "pbkdf2");
        newcomer.get("frameworks/" + story.framework + "/members").expect(200);
        newcomer.post("frameworks/" + story.framework + "/meetings", "{}").expect(403);
        assertThat(newcomer.get("me").json().getJsonArray("grants")).hasSize(1);
        team.admin.delete("users/" + name + "/grants/" + grant.getString("id")).expect(204);
        newcomer.get("frameworks/" + story.framework + "/members").expect(404);
        assertThat(strings(story.officer.get("frameworks/" + story.framework + "/history?size=100").json()
                .getJsonArray("items"), "operation")).contains("manage-accounts");
        team.admin.post("users", """
                {"username": "%s", "displayName": "Encore", "password": "%s"}""".formatted(name, Team.PASSWORD)).expect(409);
        team.admin.post("users", """
                {"username": "it.short.%s", "displayName": "Court", "password": "short"}""".formatted(team.mark)).expect(400);
        team.admin.post("users", """
                {"username": "Not A Name", "displayName": "x", "password": "%s"}""".formatted(Team.PASSWORD)).expect(400);
    }

    @Test
    void the_history_tells_who_did_what_and_when_and_cannot_be_changed() {
        // given a framework through its first plan, then a refused and a forbidden attempt
        Story story = new Story(team).planAdopted();
        story.officer.post("frameworks/" + story.framework + "/establishment", "{\"on\": \"2008-05-01\"}").expect(422);
        team.partner.post("frameworks/" + story.framework + "/meetings", "{}").expect(403);

        // when
        JsonObject page = team.partner.get("frameworks/" + story.framework + "/history?size=100").expect(200).json();

        // then: each accepted command in order, by the account that sent it, and nothing else
        List<JsonObject> entries = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(strings(page.getJsonArray("items"), "operation")).containsExactly("propose-framework",
                "admit-member", "admit-member", "admit-member", "admit-member", "admit-member", "establish-framework",
                "record-need", "record-need", "convene-meeting", "record-attendance", "hold-meeting", "adopt-plan");
        assertThat(entries.get(0).getString("user")).isEqualTo(team.username("officer"));
        assertThat(entries.get(7).getString("user")).isEqualTo(team.username("cooperative"));
        JsonObject adoption = entries.get(entries.size() - 1);
        assertThat(adoption.getString("method")).isEqualTo("POST");
        assertThat(adoption.getString("path")).isEqualTo("/api/frameworks/" + story.framework + "/plans");
        assertThat(adoption.getJsonObject("request").getString("meeting")).isEqualTo(story.meeting1);
        assertThat(strings(adoption.getJsonArray("events"), "type")).contains("plan.adopted");
        assertThat(adoption.getJsonObject("aggregate").getString("id")).isEqualTo(story.plan1);
        assertThat(entries).extracting(e -> e.getJsonNumber("sequence").longValue()).isSorted();
        assertThat(entries).allSatisfy(e -> assertThat(e.getString("recordedAt")).isNotBlank());
        assertThat(team.partner.get("frameworks/" + story.framework + "/history?page=1&size=5").json()
                .getInt("totalItems")).isEqualTo(13);
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            Api.Reply refused = story.officer.send(HttpRequest.newBuilder(story.officer.resolve("frameworks/"
                    + story.framework + "/history")).header("Content-Type", "application/json")
                    .method(method, method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString("{}")), null);
            assertThat(refused.status()).as(method).isEqualTo(405);
        }
        assertThat(team.partner.get("frameworks/" + story.framework + "/history?size=100").json()
                .getInt("totalItems")).isEqualTo(13);
    }

    @Test
    void the_administrator_reads_what_happened_to_an_account_outside_any_framework_never_its_password() {
        // given an account created, whose holder changes its password, which the administrator then sets
        String name = "it.audited." + team.mark;
        team.admin.post("users", """
                {"username": "%s", "displayName": "Audited", "password": "%s"}""".formatted(name, Team.PASSWORD)).expect(201);
        Api holder = team.anonymous.as(Api.basic(name, Team.PASSWORD));
        holder.post("me/password", """
                {"current": "%s", "password": "a changed password"}""".formatted(Team.PASSWORD)).expect(204);
        team.admin.post("users/" + name + "/password", """
                {"password": "%s"}""".formatted(Team.PASSWORD)).expect(204);
        team.admin.post("users/" + name + "/disablement", "").expect(200);
        team.admin.post("users/" + name + "/enablement", "").expect(200);

        // when the administrator reads the account's history
        Api.Reply reply = team.admin.get("history?account=" + name + "&size=100").expect(200);

        // then: who did what to it and when, oldest first, and no password or hash anywhere
        List<JsonObject> entries = reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(entries).extracting(e -> e.getJsonArray("events").getJsonObject(0).getString("type")).containsExactly(
                "account.created", "account.password-changed", "account.password-reset", "account.disabled",
                "account.enabled");
        assertThat(entries).extracting(e -> e.getString("user")).containsExactly("admin", name, "admin", "admin", "admin");
        assertThat(entries).extracting(e -> e.getString("operation")).containsExactly("manage-accounts",
                "change-own-password", "manage-accounts", "manage-accounts", "manage-accounts");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.getString("account")).isEqualTo(name);
            assertThat(e.containsKey("request")).isFalse();
            assertThat(e.getString("recordedAt")).isNotBlank();
        });
        assertThat(reply.text()).doesNotContain(Team.PASSWORD, "a changed password", "pbkdf2");
        assertThat(team.admin.get("history?size=100").json().getInt("totalItems")).isGreaterThanOrEqualTo(entries.size());

        // and nobody else reads it, not even the account itself
        Api.Reply refused = team.officer.get("history?account=" + name).expect(403);
        assertThat(refused.text()).doesNotContain("account.created");
        team.anonymous.as(Api.basic(name, Team.PASSWORD)).get("history").expect(403);
        team.anonymous.get("history").expect(401);
    }

    private static List<String> strings(JsonArray array, String field) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getString(field)).toList();
    }
}
