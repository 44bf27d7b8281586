package org.kafo.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Money;
import org.kafo.samples.restclient.OneCycle;
import org.kafo.server.access.Role;

/**
 * The built kafo.war on Payara Micro, driven over HTTP: the seed's whole cycle, and every error a
 * client can meet. One deployment (one Payara JVM) for all; each test writes a framework of its own.
 */
class KafoServerIT extends DeployedKafo {

    /** The administrator: territory, organisations, accounts. */
    Api api;

    @BeforeEach
    void client() {
        api = team.admin;
    }

    @Test
    void the_whole_cycle_runs_over_http_from_proposal_to_the_second_plan() {
        // given a framework through its first meeting, plan, committee, an obstacle, review and second plan
        Story story = new Story(team).secondPlanAdopted();

        // when the committee's mandate follows the second plan
        JsonObject revised = story.officer.post("frameworks/" + story.framework + "/committee/mandates", """
                {"scope": "Suivi du plan du troisième trimestre", "duties": ["Suivre le PIV reporté"],
                 "period": {"start": "2008-07-05", "end": "2008-10-04"}, "plan": "%s",
                 "reason": "Nouveau plan adopté", "on": "2008-07-05"}""".formatted(story.plan2)).expect(200).result();

        String carried = story.officer.get("plans/" + story.plan2).expect(200).json().getJsonArray("actions").getJsonObject(0)
                .getString("id");
        team.cooperative.post("plans/" + story.plan2 + "/actions/" + carried + "/deliveries", """
                {"party": "%s", "form": "IN_KIND", "amount": {"amount": 500000, "currency": "XOF"}, "on": "2008-07-20"}"""
                .formatted(story.cooperative)).expect(200);
        story.officer.post("plans/" + story.plan2 + "/actions/" + carried + "/progress-notes", """
                {"author": "%s", "text": "Motopompe installée.", "on": "2008-07-21"}""".formatted(story.mairie)).expect(200);
        team.committee.post("frameworks/" + story.framework + "/committee/obstacles/" + story.obstacle + "/resolution", """
                {"resolution": "Le fournisseur a livré.", "on": "2008-07-20"}""").expect(200);

        // then every read tells the story
        assertThat(revised.getInt("mandateRevisions")).isEqualTo(2);
        JsonObject action = team.partner.get("plans/" + story.plan2 + "/actions/" + carried).expect(200).json();
        assertThat(action.getJsonObject("delivered").getInt("amount")).isEqualTo(500000);
        assertThat(action.getString("carriedFrom")).isEqualTo(story.schemeAction);
        assertThat(action.getJsonArray("notes")).hasSize(1);
        JsonObject framework = team.partner.get("frameworks/" + story.framework).expect(200).json();
        assertThat(framework.getString("status")).isEqualTo("ACTIVE");
        assertThat(framework.getInt("currentMembers")).isEqualTo(5);
        assertThat(team.partner.get("frameworks/" + story.framework + "/members?category=PROFESSIONAL_ORGANISATION")
                .expect(200).json().getInt("totalItems")).isEqualTo(2);
        assertThat(strings(team.partner.get("frameworks/" + story.framework + "/needs").expect(200).json().getJsonArray("items"),
                "status")).containsExactly("PLANNED", "MET");
        JsonArray meetings = team.partner.get("frameworks/" + story.framework + "/meetings?status=HELD").expect(200).json()
                .getJsonArray("items");
        assertThat(meetings).hasSize(2);
        assertThat(strings(team.partner.get("meetings/" + story.meeting2).expect(200).json().getJsonArray("agenda"), "kind"))
                .contains("ACTION_REVIEW", "OBSTACLE", "PLAN_ADOPTION");
        assertThat(strings(team.partner.get("meetings/" + story.meeting2, "fr").expect(200).json().getJsonArray("agenda"),
                "title")).anySatisfy(title -> assertThat(title).startsWith("Revue de l'action : "))
                .anySatisfy(title -> assertThat(title).startsWith("Adoption du plan d'action du cycle "));
        assertThat(strings(team.partner.get("meetings/" + story.meeting2, "en").expect(200).json().getJsonArray("agenda"),
                "title")).anySatisfy(title -> assertThat(title).startsWith("Review of action: "));
        assertThat(team.partner.get("meetings/" + story.meeting1 + "/attendance").expect(200).json().getInt("totalItems"))
                .isEqualTo(4);
        JsonArray plans = team.partner.get("frameworks/" + story.framework + "/plans").expect(200).json().getJsonArray("items");
        assertThat(plans).hasSize(2);
        assertThat(plans.getJsonObject(0).getBoolean("inForce")).isFalse();
        assertThat(plans.getJsonObject(1).getInt("cycle")).isEqualTo(2);
        assertThat(team.partner.get("plans/" + story.plan1 + "/actions?status=CARRIED_OVER").expect(200).json()
                .getInt("totalItems")).isEqualTo(1);
        assertThat(team.partner.get("frameworks/" + story.framework + "/committee/mandates").expect(200).json()
                .getInt("totalItems")).isEqualTo(2);
        assertThat(strings(team.partner.get("frameworks/" + story.framework + "/committee/obstacles").expect(200).json()
                .getJsonArray("items"), "status")).containsExactly("RESOLVED");
        JsonObject indicators = team.partner.get("frameworks/" + story.framework + "/indicators?asOf=2008-07-31").expect(200).json();
        assertThat(indicators.getJsonObject("meetings").getInt("held")).isEqualTo(2);
        assertThat(indicators.getJsonObject("obstacles").getInt("resolved")).isEqualTo(1);
        assertThat(team.partner.get("indicators?region=" + story.region + "&asOf=2008-07-31").expect(200).json()
                .getJsonArray("frameworks")).hasSize(1);
    }

    @Test
    void the_other_use_cases_answer_over_http_with_their_verdicts() {
        // given
        Story story = new Story(team).committeeInstalled();

        // when, then: territory and organisations
        JsonObject commune = api.post("communes/" + story.commune + "/reassignments", """
                {"cercle": "%s", "region": "%s", "from": "2024-09-24"}""".formatted(story.cercle, story.region))
                .expect(200).result();
        assertThat(commune.getJsonArray("assignments")).hasSize(2);
        assertThat(team.cooperative.post("organisations/" + story.cooperative + "/member-counts", """
                {"members": 90, "women": 35, "youth": 22, "countedOn": "2008-06-01"}""").expect(200).result()
                .getJsonObject("members").getInt("members")).isEqualTo(90);
        assertThat(story.officer.post("organisations/" + story.group + "/registration", """
                {"number": "0042/CD", "registeredOn": "2008-05-05", "authority": "Préfecture"}""").expect(200).result()
                .getBoolean("formalised")).isTrue();

        // framework, needs, plan, committee
        story.officer.post("frameworks/" + story.framework + "/members/" + story.programme + "/departure", """
                {"lastDay": "2008-06-30", "reason": "Fin de l'appui"}""").expect(200);
        assertThat(team.service.get("frameworks/" + story.framework + "/members?current=true").json().getInt("totalItems"))
                .isEqualTo(4);
        assertThat(team.group.post("needs/" + story.marketNeed + "/withdrawal", """
                {"reason": "Pris en charge par la chambre d'agriculture", "on": "2008-06-01"}""").expect(200).result()
                .getString("status")).isEqualTo("WITHDRAWN");
        Api.Reply pledged = team.cooperative.post("plans/" + story.plan1 + "/actions/" + story.schemeAction + "/pledges", """
                {"party": "%s", "form": "IN_KIND", "amount": {"amount": 2000000}, "on": "2008-05-10"}"""
                .formatted(story.cooperative)).expect(200);
        assertThat(pledged.json().getJsonArray("verdicts").getValuesAs(JsonObject.class))
                .anySatisfy(v -> assertThat(v.getString("messageKey")).isEqualTo("PLAN-6.pledges-no-longer-add-up"));
        Api.Reply registered = story.officer.post("plans/" + story.plan1 + "/actions/" + story.marketAction + "/pdesc", """
                {"pdescEntry": "PDESC 2006-2010, axe 3.1", "on": "2008-05-10"}""").expect(200);
        assertThat(registered.json().getJsonArray("verdicts").getValuesAs(JsonObject.class))
                .anySatisfy(v -> assertThat(v.getString("severity")).isEqualTo("INFO"));
        team.committee.post("frameworks/" + story.framework + "/committee/reports", """
                {"summary": "Le PIV avance; le marché hebdomadaire se tient.", "on": "2008-06-01"}""").expect(200);
        assertThat(team.committee.get("frameworks/" + story.framework + "/committee/reports").json().getInt("totalItems"))
                .isEqualTo(1);
    }

    @Test
    void an_overdue_framework_says_so_its_committee_changes_and_a_late_meeting_is_postponed_then_cancelled() {
        // given a framework whose first plan ended in 2008 with no meeting convened since
        Story story = new Story(team).committeeInstalled();
        String path = "frameworks/" + story.framework;
        assertThat(followUp(story, path)).singleElement().satisfies(v -> {
            assertThat(v.getString("ruleId")).isEqualTo("CYC-3");
            assertThat(v.getString("messageKey")).isEqualTo("CYC-3.overdue");
            assertThat(v.getJsonObject("facts").getString("end")).isEqualTo("2008-07-09");
            assertThat(v.getString("message")).contains("Cadre de concertation " + story.mark);
        });

        // when a member joins the committee; the last member for a sector may not leave, another may
        story.officer.post(path + "/committee/members", """
                {"organisation": "%s", "person": {"name": "Awa Sanogo", "sex": "FEMALE", "youth": true},
                 "from": "2008-05-01"}""".formatted(story.cooperative)).expect(200);
        Api.Reply lastOfSector = story.officer.post(path + "/committee/departures", """
                {"organisation": "%s", "person": "Awa Traoré", "lastDay": "2008-05-02", "reason": "Départ"}"""
                .formatted(story.group));
        lastOfSector.expect(422);
        assertThat(lastOfSector.json().getJsonArray("verdicts").getJsonObject(0).getString("messageKey"))
                .isEqualTo("MON-1.last-of-sector-leaving");
        story.officer.post(path + "/committee/departures", """
                {"organisation": "%s", "person": "Bakary Coulibaly", "lastDay": "2008-05-02", "reason": "Parti en exode"}"""
                .formatted(story.cooperative)).expect(200);

        // then the committee shows who sat when, and why they left
        JsonArray members = team.partner.get(path + "/committee/members").expect(200).json().getJsonArray("items");
        assertThat(members.getValuesAs(JsonObject.class)).anySatisfy(m -> {
            assertThat(m.getJsonObject("person").getString("name")).isEqualTo("Bakary Coulibaly");
            assertThat(m.getString("to")).isEqualTo("2008-05-02");
            assertThat(m.getString("leavingReason")).isEqualTo("Parti en exode");
        }).anySatisfy(m -> {
            assertThat(m.getJsonObject("person").getString("name")).isEqualTo("Awa Sanogo");
            assertThat(m.getString("from")).isEqualTo("2008-05-01");
            assertThat(m.getBoolean("current")).isTrue();
        });

        // when a late meeting is convened, the framework is no longer overdue
        String late = story.officer.post(path + "/meetings", """
                {"plannedOn": "2008-07-20", "venue": "Mairie", "convenedBy": "%s", "issuedOn": "2008-07-10"}"""
                .formatted(story.mairie)).expect(201).id();
        assertThat(followUp(story, path)).isEmpty();

        // a postponement without a reason is refused; with one, the meeting moves and keeps its number
        Api.Reply noReason = story.officer.post("meetings/" + late + "/postponements", """
                {"newDate": "2008-07-27", "on": "2008-07-15"}""");
        noReason.expect(422);
        assertThat(noReason.json().getJsonArray("verdicts").getValuesAs(JsonObject.class)).anySatisfy(v -> {
            assertThat(v.getString("messageKey")).isEqualTo("MEET-2.postponed-without-reason");
            assertThat(v.getString("severity")).isEqualTo("BLOCKING");
        });
        Api.Reply postponed = story.officer.post("meetings/" + late + "/postponements", """
                {"newDate": "2008-07-27", "reason": "Crue du fleuve", "on": "2008-07-15"}""").expect(200);
        assertThat(postponed.result().getString("plannedOn")).isEqualTo("2008-07-27");
        assertThat(postponed.result().getInt("sequence")).isEqualTo(2);
        assertThat(postponed.result().getJsonArray("postponements").getJsonObject(0).getString("from"))
                .isEqualTo("2008-07-20");
        assertThat(postponed.json().getJsonArray("verdicts").getValuesAs(JsonObject.class))
                .anySatisfy(v -> assertThat(v.getString("messageKey")).isEqualTo("CYC-2.postponed-after-plan-end"));

        // it is cancelled: the framework is overdue again
        JsonObject cancelled = story.officer.post("meetings/" + late + "/cancellation", """
                {"reason": "Blocus de la commune", "on": "2008-07-20"}""").expect(200).result();
        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.getString("cancelledOn")).isEqualTo("2008-07-20");
        assertThat(followUp(story, path)).hasSize(1);
        assertThat(team.partner.get(path + "/indicators").expect(200).json().getJsonObject("meetings")
                .getInt("overdue")).isEqualTo(1);
    }

    private static List<JsonObject> followUp(Story story, String path) {
        return story.officer.get(path).expect(200).json().getJsonArray("followUp").getValuesAs(JsonObject.class);
    }

    @Test
    void minutes_are_recorded_and_approved_on_a_held_meeting() {
        // given
        Story story = new Story(team).firstMeetingHeld();

        // when
        story.officer.post("meetings/" + story.meeting1 + "/minutes", """
                {"text": "Le cadre a adopté son premier plan.", "on": "2008-04-12"}""").expect(200);
        team.cooperative.post("meetings/" + story.meeting1 + "/minutes/approvals", """
                {"party": "%s", "approved": true, "on": "2008-04-20"}""".formatted(story.cooperative)).expect(200);

        // then
        JsonObject minutes = team.partner.get("meetings/" + story.meeting1 + "/minutes").expect(200).json();
        assertThat(minutes.getJsonObject("minutes").getString("recordedOn")).isEqualTo("2008-04-12");
        assertThat(minutes.getJsonArray("approvals")).hasSize(1);
    }

    @Test
    void an_accepted_write_answers_its_warnings_and_events_with_its_version_as_etag() {
        // given
        Story story = new Story(team).firstMeetingHeld();

        // when the municipality's market day is not in the PDESC yet
        Api.Reply adopted = story.officer.post("frameworks/" + story.framework + "/plans", story.firstPlan()).expect(201);

        // then
        JsonObject answer = adopted.json();
        assertThat(answer.getJsonArray("verdicts").getValuesAs(JsonObject.class))
                .anySatisfy(v -> {
                    assertThat(v.getString("ruleId")).isEqualTo("PLAN-7");
                    assertThat(v.getString("severity")).isEqualTo("WARNING");
                    assertThat(v.getString("message")).isNotBlank();
                });
        assertThat(strings(answer.getJsonArray("events"), "type")).contains("plan.adopted", "need.planned");
        assertThat(adopted.header("Location")).endsWith("/api/plans/" + answer.getJsonObject("result").getString("id"));
        assertThat(adopted.header("ETag")).isEqualTo("\"" + answer.getJsonObject("result").getInt("version") + "\"");
        assertThat(answer.getJsonObject("result").getJsonArray("actions").getJsonObject(0).getJsonObject("estimatedCost"))
                .isEqualTo(jsonObject("{\"amount\": 18000000, \"currency\": \"XOF\"}"));
    }

    @Test
    void a_refused_change_answers_422_with_its_verdicts_in_french() {
        // given
        Story story = new Story(team).withMembers();

        // when the council has not deliberated
        Api.Reply refused = story.officer.post("frameworks/" + story.framework + "/establishment", """
                {"on": "2008-03-20"}""", "Accept-Language", "fr-ML, fr;q=0.9, en;q=0.5");

        // then
        refused.expect(422);
        assertThat(refused.contentType()).startsWith(PROBLEM);
        JsonObject problem = refused.json();
        assertThat(problem.getInt("status")).isEqualTo(422);
        JsonObject verdict = problem.getJsonArray("verdicts").getJsonObject(0);
        assertThat(verdict.getString("ruleId")).isEqualTo("EST-1");
        assertThat(verdict.getString("severity")).isEqualTo("BLOCKING");
        assertThat(verdict.getString("messageKey")).isEqualTo("EST-1.no-deliberation");
        assertThat(verdict.getString("message")).contains("délibération du conseil communal", "le 20 mars 2008")
                .doesNotContain(story.framework);
        assertThat(verdict.getJsonObject("facts").getString("on")).isEqualTo("2008-03-20");
        assertThat(verdict.getJsonObject("facts").getString("frameworkId")).isEqualTo(story.framework);
        assertThat(verdict.getString("remedy")).startsWith("Enregistrez la délibération du conseil communal");
        assertThat(problem.getString("title")).isEqualTo("Les règles refusent ce changement");
        assertThat(problem.getString("detail")).isEqualTo("Refusé par EST-1");
        assertThat(story.officer.get("frameworks/" + story.framework).json().getString("status")).isEqualTo("PROPOSED");
    }

    @Test
    void a_refused_change_answers_422_with_its_verdicts_in_english() {
        // given a meeting held without the professional organisations
        Story story = new Story(team).withNeeds();
        String meeting = story.meeting("2008-04-10", "2008-03-31", story.mairie, story.service);

        // when it tries to adopt a plan
        Api.Reply refused = story.officer.post("frameworks/" + story.framework + "/plans", planAt(story, meeting),
                "Accept-Language", "en-GB");

        // then
        refused.expect(422);
        assertThat(refused.contentType()).startsWith(PROBLEM);
        assertThat(refused.json().getJsonArray("verdicts").getValuesAs(JsonObject.class))
                .anySatisfy(v -> {
                    assertThat(v.getString("ruleId")).isEqualTo("MEET-1");
                    assertThat(v.getString("message")).contains("quorum");
                    assertThat(v.getString("remedy")).contains("convene a new meeting to take the decisions");
                });
    }

    private static String planAt(Story story, String meeting) {
        story.meeting1 = meeting;
        return story.firstPlan();
    }

    @Test
    void malformed_json_answers_400_as_a_problem() {
        assertBadRequest(team.officer.post("frameworks", "{\"commune\": "), "json.malformed");
        assertBadRequest(team.officer.post("frameworks", "{\"commune\": 12, \"on\": \"2008-02-01\"}"), "json.type");
        assertBadRequest(team.officer.post("frameworks", "{\"on\": \"the first of February\"}"), "json.type");
        assertBadRequest(team.officer.post("frameworks", "{\"nom\": \"Cadre\"}"), "json.unknown");
        assertBadRequest(team.officer.post("frameworks", "[]"), "json.type");
    }

    @Test
    void a_structurally_invalid_request_answers_400_with_the_model_code() {
        // given
        Story story = new Story(team).territory().parties();

        // when, then
        assertBadRequest(story.officer.post("frameworks", "{}"), "required");
        assertBadRequest(story.officer.post("frameworks", """
                {"commune": "%s", "name": "Cadre", "prioritySectors": ["Irrigation Villageoise"], "on": "2008-02-01"}"""
                .formatted(story.commune)), "sector.code");
        assertBadRequest(story.officer.get("frameworks/not-a-uuid"), "param.invalid");
        assertBadRequest(story.officer.get("frameworks?size=1000"), "paging.invalid");
        assertBadRequest(story.officer.get("frameworks?status=SLEEPING"), "param.invalid");
    }

    @Test
    void unknown_ids_and_paths_answer_404_as_a_problem() {
        // given
        Story story = new Story(team).planAdopted();
        String unknown = "7d1f0c2e-0000-4000-8000-000000000000";

        // when, then
        for (Api.Reply reply : List.of(story.officer.get("frameworks/" + unknown), story.officer.get("meetings/" + unknown),
                story.officer.get("plans/" + story.plan1 + "/actions/" + unknown),
                story.officer.post("plans/" + story.plan1 + "/actions/" + unknown + "/status", "{\"status\": \"DONE\", \"on\": \"2008-05-01\"}"),
                story.officer.post("frameworks/" + unknown + "/needs", "{}"),
                story.officer.get("frameworks/" + story.framework + "/committee"),
                story.officer.get("no-such-collection"))) {
            reply.expect(404);
            assertProblem(reply, 404);
        }
    }

    @Test
    void a_stale_version_answers_409_with_the_current_version() {
        // given
        Story story = new Story(team).proposed();
        Api.Reply read = story.officer.get("frameworks/" + story.framework).expect(200);
        String etag = read.header("ETag");
        story.officer.post("frameworks/" + story.framework + "/members", """
                {"organisation": "%s", "from": "2008-03-01"}""".formatted(story.mairie), "If-Match", etag).expect(200);

        // when someone writes again with the version read before
        Api.Reply stale = story.officer.post("frameworks/" + story.framework + "/members", """
                {"organisation": "%s", "sectors": ["%s"], "from": "2008-03-01"}"""
                .formatted(story.cooperative, Story.IRRIGATION), "If-Match", etag);

        // then
        stale.expect(409);
        assertProblem(stale, 409);
        long current = story.officer.get("frameworks/" + story.framework).json().getJsonNumber("version").longValue();
        assertThat(stale.json().getJsonNumber("currentVersion").longValue()).isEqualTo(current);
        assertThat(current).isGreaterThan(Long.parseLong(etag.replace("\"", "")));
    }

    @Test
    void a_suspended_framework_is_read_only_until_it_resumes_and_a_dissolved_one_accepts_nothing() {
        // given
        Story story = new Story(team).withNeeds();
        String path = "frameworks/" + story.framework;
        story.officer.post(path + "/suspension", """
                {"reason": "Délégation spéciale", "on": "2008-03-28"}""").expect(200);

        // when / then
        Api.Reply refused = story.officer.post(path + "/meetings", """
                {"plannedOn": "2008-04-10", "venue": "Mairie", "convenedBy": "%s", "issuedOn": "2008-03-31"}"""
                .formatted(story.mairie));
        assertBadRequest(refused, "framework.suspended");
        assertThat(story.officer.get(path).expect(200).json().getString("status")).isEqualTo("SUSPENDED");
        story.officer.post(path + "/resumption", "{\"on\": \"2008-04-01\"}").expect(200);
        story.officer.post(path + "/meetings", """
                {"plannedOn": "2008-04-10", "venue": "Mairie", "convenedBy": "%s", "issuedOn": "2008-04-02"}"""
                .formatted(story.mairie)).expect(201);
        story.officer.post(path + "/dissolution", """
                {"reason": "Fin du programme", "on": "2008-04-05"}""").expect(200);
        assertBadRequest(story.officer.post(path + "/resumption", "{\"on\": \"2008-04-06\"}"), "framework.status");
        assertBadRequest(story.officer.post(path + "/meetings", """
                {"plannedOn": "2008-05-10", "venue": "Mairie", "convenedBy": "%s", "issuedOn": "2008-04-30"}"""
                .formatted(story.mairie)), "framework.dissolved");
    }

    @Test
    void a_framework_lives_on_through_later_deliberations_new_representatives_and_corrected_needs() {
        // given
        Story story = new Story(team).withNeeds();
        String path = "frameworks/" + story.framework;

        // when the cooperative names its new representatives, and corrects its open need
        JsonObject members = team.cooperative.put(path + "/members/" + story.cooperative + "/representatives", """
                {"representatives": [{"name": "Oumou Sangaré", "sex": "FEMALE", "role": "présidente"}],
                 "on": "2008-03-28"}""").expect(200).result();
        team.group.put(path + "/members/" + story.cooperative + "/representatives", """
                {"representatives": [], "on": "2008-03-28"}""").expect(403);
        JsonObject corrected = team.cooperative.post("needs/" + story.schemeNeed + "/corrections", """
                {"sector": "%s", "kind": "INVESTMENT", "description": "PIV de 40 ha avec motopompe",
                 "estimatedCost": {"amount": 24000000, "currency": "XOF"}, "reason": "Surface mesurée",
                 "on": "2008-03-29"}""".formatted(Story.IRRIGATION)).expect(200).result();

        // then
        assertThat(members.getString("id")).isEqualTo(story.framework);
        assertThat(story.officer.get(path + "/members?current=true").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).anySatisfy(m -> {
                    assertThat(m.getString("organisation")).isEqualTo(story.cooperative);
                    assertThat(m.getJsonArray("representatives").getJsonObject(0).getString("name"))
                            .isEqualTo("Oumou Sangaré");
                });
        assertThat(corrected.getString("description")).isEqualTo("PIV de 40 ha avec motopompe");
        assertThat(corrected.getString("identifiedOn")).isEqualTo("2008-03-25");

        // when the council is dissolved and a special delegation renews the framework
        story.officer.post(path + "/suspension", """
                {"reason": "Le conseil communal est dissous", "on": "2008-04-01"}""").expect(200);
        JsonObject renewed = story.officer.post(path + "/deliberations", """
                {"deliberation": {"number": "2008-031/DS-%s", "date": "2008-04-15", "body": "SPECIAL_DELEGATION",
                 "decision": "La délégation spéciale reconduit le cadre de concertation."},
                 "outcome": "RENEWAL", "on": "2008-04-15"}""".formatted(story.mark)).expect(200).result();

        // then it is active again, and lists its deliberations with who took them and what they decided
        assertThat(renewed.getString("status")).isEqualTo("ACTIVE");
        JsonObject later = story.officer.get(path).expect(200).json().getJsonArray("laterDeliberations")
                .getJsonObject(0);
        assertThat(later.getString("outcome")).isEqualTo("RENEWAL");
        assertThat(later.getJsonObject("deliberation").getString("body")).isEqualTo("SPECIAL_DELEGATION");

        // when the delegation reuses a number, and would leave one sector
        Api.Reply taken = story.officer.post(path + "/deliberations", """
                {"deliberation": {"number": "2008-031/DS-%s", "date": "2008-05-02", "body": "SPECIAL_DELEGATION",
                 "decision": "Reconduction."}, "outcome": "RENEWAL", "on": "2008-05-02"}""".formatted(story.mark),
                "Accept-Language", "fr");
        Api.Reply tooFew = story.officer.post(path + "/deliberations", """
                {"deliberation": {"number": "2008-032/DS-%s", "date": "2008-05-02", "body": "SPECIAL_DELEGATION",
                 "decision": "Seule l'irrigation reste prioritaire."}, "outcome": "SECTORS_CHANGE",
                 "sectors": ["%s"], "on": "2008-05-02"}""".formatted(story.mark, Story.IRRIGATION));

        // then both are refused with their rule
        assertProblem(taken.expect(422), 422);
        assertThat(taken.json().getJsonArray("verdicts").getJsonObject(0).getString("ruleId")).isEqualTo("GOV-1");
        assertProblem(tooFew.expect(422), 422);
        assertThat(strings(tooFew.json().getJsonArray("verdicts"), "ruleId")).contains("EST-2", "GOV-2");

        // when it changes the sectors within the bounds
        JsonObject changed = story.officer.post(path + "/deliberations", """
                {"deliberation": {"number": "2008-033/DS-%s", "date": "2008-05-02", "body": "SPECIAL_DELEGATION",
                 "decision": "La pêche remplace le maraîchage."}, "outcome": "SECTORS_CHANGE",
                 "sectors": ["%s", "fishing"], "on": "2008-05-02"}""".formatted(story.mark, Story.IRRIGATION))
                .expect(200).json();

        // then it is warned for confirmation and for the sector no member represents yet
        assertThat(strings(changed.getJsonArray("verdicts"), "ruleId")).containsExactlyInAnyOrder("GOV-2", "EST-3");
        assertThat(strings(changed.getJsonObject("result").getJsonArray("prioritySectors")))
                .containsExactly(Story.IRRIGATION, "fishing");

        // and a need no longer open is not corrected
        team.group.post("needs/" + story.marketNeed + "/withdrawal", """
                {"reason": "La filière n'est plus prioritaire", "on": "2008-05-03"}""").expect(200);
        Api.Reply notOpen = team.group.post("needs/" + story.marketNeed + "/corrections", """
                {"sector": "%s", "kind": "BUSINESS_ENVIRONMENT_MEASURE", "description": "Deux jours de marché",
                 "reason": "Erreur", "on": "2008-05-04"}""".formatted(Story.GARDENING));
        assertProblem(notOpen.expect(422), 422);
        assertThat(strings(notOpen.json().getJsonArray("verdicts"), "ruleId")).contains("NEED-3");

        // and the history says who did each
        assertThat(strings(story.officer.get(path + "/history?size=100").json().getJsonArray("items"), "operation"))
                .contains("change-representatives", "correct-need", "record-deliberation");
    }

    @Test
    void concurrent_writes_to_one_framework_answer_200_or_409_never_500() throws Exception {
        // given eight organisations that ask to join the same framework at the same moment
        Story story = new Story(team).proposed();
        List<String> organisations = IntStream.range(0, 8).mapToObj(i -> api.post("organisations", """
                {"name": "Association %d %s", "kind": "ASSOCIATION", "sectors": ["%s"], "on": "2008-01-15"}"""
                .formatted(i, story.mark, Story.IRRIGATION)).expect(201).id()).toList();

        // when
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<Api.Reply>> replies;
        try {
            replies = pool.invokeAll(organisations.stream().map(o -> (java.util.concurrent.Callable<Api.Reply>) () ->
                    story.officer.post("frameworks/" + story.framework + "/members", """
                            {"organisation": "%s", "sectors": ["%s"], "from": "2008-03-01"}"""
                            .formatted(o, Story.IRRIGATION))).toList());
        } finally {
            pool.shutdown();
        }

        // then
        List<Integer> statuses = new ArrayList<>();
        for (java.util.concurrent.Future<Api.Reply> reply : replies) {
            Api.Reply answered = reply.get();
            statuses.add(answered.status());
            if (answered.status() == 409) {
                assertProblem(answered, 409);
            }
        }
        assertThat(statuses).containsOnly(200, 409).contains(200);
        long admitted = statuses.stream().filter(s -> s == 200).count();
        assertThat(story.officer.get("frameworks/" + story.framework).json().getInt("currentMembers")).isEqualTo((int) admitted);
    }

    @Test
    void a_body_over_the_limit_answers_413_whether_declared_or_streamed() {
        // given a body of 1 MiB and a bit
        String large = "{\"name\": \"" + "x".repeat(1024 * 1024) + "\"}";

        // when, then
        Api client = team.officer;
        Api.Reply declared = client.post("frameworks", large);
        declared.expect(413);
        assertProblem(declared, 413);
        Api.Reply streamed = client.send(client.json("frameworks", "").POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(large.getBytes(java.nio.charset.StandardCharsets.UTF_8)))), null);
        streamed.expect(413);
        assertProblem(streamed, 413);
    }

    @Test
    void the_rest_client_sample_drives_one_cycle_and_prints_the_verdicts_in_french() {
        // given
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        // when the client is given the server's address (on loopback, as the other tests) and the administrator's password
        URI server = URI.create("http://127.0.0.1:" + deployment.getPort() + deployment.getPath());
        OneCycle.Outcome outcome = OneCycle.run(server, "admin", Team.adminPassword(), Locale.FRENCH,
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        // then
        assertThat(outcome.frameworkStatus()).isEqualTo("ESTABLISHED");
        assertThat(outcome.planCycle()).isEqualTo(1);
        assertThat(outcome.actions()).isEqualTo(2);
        assertThat(outcome.committee()).isNotNull();
        assertThat(outcome.steps()).filteredOn(step -> !step.accepted()).singleElement().satisfies(refused -> {
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.ruleIds()).contains("EST-1");
        });
        assertThat(api.get("frameworks/" + outcome.framework()).expect(200).json().getString("status"))
                .isEqualTo("ACTIVE");
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("Open an account", "COMMUNE_OFFICER", "Establish without deliberation", "BLOCKING EST-1", "sans délibération du conseil communal",
                        "Install the committee");
    }

    @Test
    void collections_are_paged() {
        // given
        Story story = new Story(team).withMembers();

        // when
        JsonObject page = team.partner.get("frameworks/" + story.framework + "/members?page=1&size=2").expect(200).json();

        // then
        assertThat(page.getInt("totalItems")).isEqualTo(5);
        assertThat(page.getInt("totalPages")).isEqualTo(3);
        assertThat(page.getJsonArray("items")).hasSize(2);
    }

    @Test
    void payara_runs_on_the_toolchain_jdk_of_21_or_newer() {
        // The managed container starts Payara with this JVM's java (java.home): the toolchain's JDK.
        assertThat(Runtime.version().feature()).isGreaterThanOrEqualTo(21);
        assertThat(ProcessHandle.allProcesses().map(ProcessHandle::info)
                .filter(p -> p.commandLine().map(c -> c.contains("payara-micro.jar")).orElse(false))
                .map(p -> p.command().orElse(""))).contains(System.getProperty("java.home") + "/bin/java");
    }

    @Test
    void a_code_over_200_and_a_name_over_500_characters_answer_400_naming_the_field_and_its_limit() {
        // given
        String mark = Long.toString(System.nanoTime());
        String longestCode = (mark + "R".repeat(Limits.CODE)).substring(0, Limits.CODE);

        // when
        Api.Reply code = api.post("regions", """
                {"code": "%s", "name": "Ségou"}""".formatted("R".repeat(Limits.CODE + 1)));
        Api.Reply name = api.post("regions", """
                {"code": "R%s", "name": "%s"}""".formatted(mark, "é".repeat(Limits.NAME + 1)));
        Api.Reply longest = api.post("regions", """
                {"code": "%s", "name": "%s"}""".formatted(longestCode, "é".repeat(Limits.NAME)));

        // then
        assertBadRequest(code, "text.too-long");
        assertThat(code.json().getString("detail")).isEqualTo("region code must be at most 200 characters, was 201");
        assertBadRequest(name, "text.too-long");
        assertThat(name.json().getString("detail")).isEqualTo("region name must be at most 500 characters, was 501");
        longest.expect(201);
    }

    @Test
    void a_pledge_near_the_largest_long_is_refused_and_every_indicator_still_answers() {
        // given
        Story story = new Story(team).planAdopted();
        String pledges = "plans/" + story.plan1 + "/actions/" + story.schemeAction + "/pledges";
        String pledge = """
                {"party": "%s", "form": "CASH", "amount": {"amount": %s}, "on": "2008-05-15"}""";

        // when
        Api.Reply nearTheLargestLong = team.cooperative.post(pledges,
                pledge.formatted(story.cooperative, Long.MAX_VALUE - 1));
        Api.Reply pastTheBound = team.cooperative.post(pledges,
                pledge.formatted(story.cooperative, Money.MAX_AMOUNT + 1));
        Api.Reply pastTheActionsBound = team.cooperative.post(pledges,
                pledge.formatted(story.cooperative, Money.MAX_AMOUNT));

        // then
        assertBadRequest(nearTheLargestLong, "money.too-large");
        assertBadRequest(pastTheBound, "money.too-large");
        assertBadRequest(pastTheActionsBound, "action.pledges-too-large");
        team.cooperative.post(pledges, pledge.formatted(story.cooperative, Money.MAX_AMOUNT - 18_000_000))
                .expect(200);
        JsonObject framework = team.partner.get("frameworks/" + story.framework + "/indicators?asOf=2008-07-31")
                .expect(200).json();
        assertThat(framework.getJsonObject("contributions").getJsonObject("total").getJsonObject("pledged")
                .getJsonNumber("amount").bigIntegerValueExact()).isEqualTo(BigInteger.valueOf(Money.MAX_AMOUNT));
        team.partner.get("indicators?cercle=" + story.cercle + "&asOf=2008-07-31").expect(200);
        team.partner.get("indicators?region=" + story.region + "&asOf=2008-07-31").expect(200);
        team.partner.get("indicators?asOf=2008-07-31").expect(200);
    }

    @Test
    void the_openapi_document_bounds_every_text_amount_and_enum_a_request_may_carry() {
        // given
        JsonObject openapi = api.send(HttpRequest.newBuilder(api.resolve("/").resolve("/openapi?format=JSON")).GET(),
                null).expect(200).json();
        JsonObject schemas = openapi.getJsonObject("components").getJsonObject("schemas");

        // when: every schema a request body refers to, and the schemas they refer to
        Set<String> requests = new TreeSet<>();
        openapi.getJsonObject("paths").values().forEach(path -> path.asJsonObject().values().forEach(operation -> {
            if (operation.getValueType() == JsonValue.ValueType.OBJECT && operation.asJsonObject().containsKey("requestBody")) {
                references(operation.asJsonObject().get("requestBody"), schemas, requests);
            }
        }));
        List<String> unbounded = new ArrayList<>();
        for (String name : requests) {
            strings(schemas.getJsonObject(name), name, unbounded);
        }

        // then
        assertThat(requests).contains("RegisterRegionRequest", "Money", "Person", "ActionSpec", "CreateAccountRequest");
        assertThat(unbounded).isEmpty();
        JsonObject region = schemas.getJsonObject("RegisterRegionRequest").getJsonObject("properties");
        assertThat(region.getJsonObject("code").getInt("maxLength")).isEqualTo(Limits.CODE);
        assertThat(region.getJsonObject("name").getInt("maxLength")).isEqualTo(Limits.NAME);
        assertThat(schemas.getJsonObject("RecordMinutesRequest").getJsonObject("properties").getJsonObject("text")
                .getInt("maxLength")).isEqualTo(Limits.MINUTES);
        JsonObject amount = schemas.getJsonObject("Money").getJsonObject("properties").getJsonObject("amount");
        assertThat(amount.getJsonNumber("minimum").longValueExact()).isZero();
        assertThat(amount.getJsonNumber("maximum").longValueExact()).isEqualTo(Money.MAX_AMOUNT);
        assertThat(schemas.getJsonObject("ProposeFrameworkRequest").getJsonObject("properties")
                .getJsonObject("prioritySectors").getJsonObject("items").getInt("maxLength")).isEqualTo(Limits.CODE);
        assertThat(strings(schemas.getJsonObject("GrantRequest").getJsonObject("properties").getJsonObject("role")
                .getJsonArray("enum"))).containsExactlyElementsOf(
                        Arrays.stream(Role.values()).map(Enum::name).toList());
    }

    /** Adds the names of the schemas {@code value} refers to, and theirs, to {@code found}. */
    private static void references(JsonValue value, JsonObject schemas, Set<String> found) {
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject object = value.asJsonObject();
            if (object.containsKey("$ref")) {
                String name = object.getString("$ref").substring("#/components/schemas/".length());
                if (found.add(name)) {
                    references(schemas.get(name), schemas, found);
                }
            }
            object.values().forEach(v -> references(v, schemas, found));
        } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            value.asJsonArray().forEach(v -> references(v, schemas, found));
        }
    }

    /**
     * Adds to {@code unbounded} every text of the schema with no bound: a length, an enum's values or
     * a format (a day, an id); and every enum whose values are not listed.
     */
    private static void strings(JsonObject schema, String where, List<String> unbounded) {
        if (schema.containsKey("properties")) {
            schema.getJsonObject("properties").forEach((name, property) -> strings(property.asJsonObject(),
                    where + "." + name, unbounded));
        }
        if (schema.containsKey("items")) {
            strings(schema.getJsonObject("items"), where + "[]", unbounded);
        }
        if (schema.containsKey("$ref") || !"string".equals(type(schema))) {
            return;
        }
        if (!schema.containsKey("maxLength") && !schema.containsKey("enum") && !schema.containsKey("format")) {
            unbounded.add(where);
        }
    }

    private static String type(JsonObject schema) {
        JsonValue type = schema.get("type");
        if (type == null) {
            return null;
        }
        if (type.getValueType() == JsonValue.ValueType.ARRAY) {
            return type.asJsonArray().getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).filter(t -> !t.equals("null")).findFirst().orElse(null);
        }
        return ((JsonString) type).getString();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void the_rules_in_force_are_listed_with_their_profile_in_the_callers_language() {
        // when
        JsonObject english = team.partner.get("rules", "en").expect(200).json();
        JsonObject french = team.partner.get("rules", "fr-ML").expect(200).json();

        // then: PACT's profile (the default) and its catalogue, each rule described in the language asked for
        assertThat(english.getString("profile")).isEqualTo("pact");
        assertThat(english.getJsonObject("parameters").getString("plan-horizon-months")).isEqualTo("3");
        assertThat(strings(english.getJsonArray("packs"))).containsExactly("pact");
        List<JsonObject> rules = english.getJsonArray("rules").getValuesAs(JsonObject.class);
        assertThat(rules).hasSize(25).extracting(r -> r.getString("id")).startsWith("EST-1", "EST-2").endsWith("MEET-2", "GOV-1", "GOV-2");
        assertThat(rules).allSatisfy(r -> assertThat(r.getString("pack")).isEqualTo("pact"));
        JsonObject est4 = rules.stream().filter(r -> r.getString("id").equals("EST-4")).findFirst().orElseThrow();
        assertThat(est4.getString("severity")).isEqualTo("WARNING");
        assertThat(est4.getString("description")).startsWith("Local technical services are members");
        assertThat(french.getJsonArray("rules").getJsonObject(3).getString("description"))
                .startsWith("Les services techniques déconcentrés sont membres");
    }

    @Test
    void the_openapi_document_and_health_are_served() {
        Api.Reply openapi = api.send(HttpRequest.newBuilder(api.resolve("/").resolve("/openapi")).GET(), null);
        openapi.expect(200);
        assertThat(openapi.text()).contains("/api/frameworks/{id}/establishment", "Problem", "EST-1", "/api/rules",
                "/api/history");
        Api.Reply ready = api.send(HttpRequest.newBuilder(api.resolve("/").resolve("/health/ready")).GET(), null);
        ready.expect(200);
        assertThat(ready.text()).contains("UP");
        api.send(HttpRequest.newBuilder(api.resolve("/").resolve("/health/live")).GET(), null).expect(200);
    }

    @Test
    void a_body_that_is_not_strict_json_of_its_type_answers_400_naming_the_field_in_the_callers_language() {
        // given
        Story story = new Story(team).territory().parties();
        String valid = """
                {"commune": "%s", "name": "Cadre", "prioritySectors": ["%s"], "on": "2008-02-01"}""".formatted(story.commune,
                Story.IRRIGATION);

        // when, then: one object, nothing after it, no key twice, no coercion, no null in a list
        assertBadRequest(story.officer.post("frameworks", "[" + valid + "]"), "json.type");
        assertBadRequest(story.officer.post("frameworks", "[" + valid + "," + valid + "]"), "json.type");
        assertBadRequest(story.officer.post("frameworks", valid + " {}"), "json.trailing");
        assertBadRequest(story.officer.post("frameworks", valid.replace("{\"commune\"", "{\"name\": \"Autre\", \"commune\"")),
                "json.duplicate");
        assertBadRequest(story.officer.post("frameworks", valid.replace("\"Cadre\"", "12")), "json.type");
        assertBadRequest(story.officer.post("frameworks", valid.replace("[\"" + Story.IRRIGATION + "\"]", "[null]")),
                "json.null-element");
        assertBadRequest(story.officer.post("frameworks", valid.replace("Cadre", "Cadre\\u0000")), "json.control-character");
        Api.Reply latin1 = story.officer.send(story.officer.json("frameworks", "").POST(HttpRequest.BodyPublishers.ofByteArray(
                valid.replace("Cadre", "Cadre de Ségou").getBytes(StandardCharsets.ISO_8859_1))), null);
        assertBadRequest(latin1, "json.encoding");
        Api.Reply english = story.officer.post("frameworks", valid.replace("\"Cadre\"", "true"), "Accept-Language", "en");
        assertThat(english.json().getString("detail")).isEqualTo("/name must be a JSON string.");
        Api.Reply french = story.officer.post("frameworks", valid.replace("\"Cadre\"", "true"), "Accept-Language", "fr-ML");
        assertThat(french.json().getString("detail")).isEqualTo("/name doit être une chaîne JSON.");
    }

    @Test
    void a_wrong_number_or_enum_names_the_field_and_what_was_expected_and_no_java_type() {
        // given
        Story story = new Story(team).planAdopted();
        String pledges = "plans/" + story.plan1 + "/actions/" + story.schemeAction + "/pledges";

        // when, then
        for (String amount : List.of("1.5", "1e308", "9223372036854775808", "\"1500000\"")) {
            Api.Reply refused = team.cooperative.post(pledges, """
                    {"party": "%s", "form": "IN_KIND", "amount": {"amount": %s}, "on": "2008-05-10"}"""
                    .formatted(story.cooperative, amount));
            assertBadRequest(refused, "json.type");
            assertThat(refused.json().getString("detail")).startsWith("/amount/amount must be a whole number");
        }
        Api.Reply form = team.cooperative.post(pledges, """
                {"party": "%s", "form": "%s", "amount": {"amount": 5}, "on": "2008-05-10"}"""
                .formatted(story.cooperative, "x".repeat(40_000)));
        assertBadRequest(form, "json.type");
        assertThat(form.json().getString("detail")).startsWith("/form must be one of CASH, IN_KIND, was")
                .doesNotContain("ContributionForm", "No enum constant").hasSizeLessThan(300);
        Api.Reply password = api.post("users/admin/password", "{\"" + "k".repeat(40_000) + "\": 1}");
        assertBadRequest(password, "json.unknown");
        assertThat(password.text()).doesNotContain("AccountRequests", "ChangePassword", "k".repeat(250));
    }

    @Test
    void malformed_path_and_query_parameters_answer_400_naming_the_parameter() {
        // given
        Story story = new Story(team).proposed();

        // when, then
        assertThat(api.get("frameworks/1-1-1-1-1").expect(400).json().getString("detail")).contains("id");
        assertBadRequest(api.get("frameworks/a%2Fb"), "param.invalid");
        assertBadRequest(api.get("frameworks/%2e%2e"), "param.invalid");
        assertBadRequest(api.get("frameworks/%20/plans"), "param.invalid");
        assertBadRequest(api.get("frameworks?page=first"), "param.invalid");
        assertBadRequest(api.get("frameworks?page=99999999999999"), "param.invalid");
        assertBadRequest(api.get("frameworks/" + story.framework + "/members?current=yes"), "param.invalid");
        assertBadRequest(api.get("frameworks/" + story.framework + "/indicators?asOf=2008-02-30"), "param.invalid");
        assertThat(api.get("frameworks?status=SLEEPING", "fr").json().getString("detail"))
                .startsWith("Le paramètre status doit être l'une des valeurs PROPOSED");
        story.officer.get("frameworks/" + story.framework + "/members?current=true&page=0&size=5&category=").expect(200);
    }

    @Test
    void what_the_container_answers_itself_is_a_problem_never_its_html_page_or_banner() {
        // when, then: a malformed Accept-Language
        Api.Reply ping = team.anonymous.get("ping", "fr;q=abc");
        ping.expect(200);
        // a path outside the API, a Content-Type that does not parse, a wrong method, TRACE (never echoed)
        for (Api.Reply reply : List.of(api.send(HttpRequest.newBuilder(api.resolve("/").resolve("/no-such-page")).GET(), null),
                api.send(HttpRequest.newBuilder(api.resolve("/").resolve("/WEB-INF/web.xml")).GET(), null),
                api.send(api.json("frameworks", "{}").header("Content-Type", ";;;garbage"), null),
                api.send(api.json("frameworks", "{}").header("Content-Type", "text/plain"), null),
                api.send(HttpRequest.newBuilder(api.resolve("frameworks")).DELETE(), null),
                api.send(HttpRequest.newBuilder(api.resolve("/")).method("TRACE", HttpRequest.BodyPublishers.noBody()), null),
                api.send(HttpRequest.newBuilder(api.resolve("ping")).method("TRACE", HttpRequest.BodyPublishers.noBody()), null))) {
            assertThat(reply.status()).isBetween(400, 499);
            assertThat(reply.text()).doesNotContain("TRACE /");
            assertProblem(reply, reply.status());
            assertThat(reply.text()).doesNotContain("<html", "Payara");
        }
        Api.Reply notAllowed = api.send(HttpRequest.newBuilder(api.resolve("frameworks")).DELETE(), null);
        assertThat(notAllowed.header("Allow")).contains("GET", "POST");
        // OPTIONS: the allowed methods, no WADL, and no banner anywhere
        Api.Reply options = api.send(HttpRequest.newBuilder(api.resolve("frameworks")).method("OPTIONS",
                HttpRequest.BodyPublishers.noBody()), null);
        assertThat(options.status()).isIn(200, 204);
        assertThat(options.header("Allow")).contains("GET", "POST");
        assertThat(options.text()).doesNotContain("wadl", "Jersey");
        assertThat(options.contentType()).doesNotContain("wadl");
        for (Api.Reply reply : List.of(options, ping, notAllowed)) {
            assertThat(reply.header("Server")).isNull();
            assertThat(reply.header("X-Powered-By")).isNull();
        }
    }

    @Test
    void generated_malformed_requests_against_every_operation_never_get_a_server_error_html_or_a_java_name() {
        // given the administrator, on a token of the fuzz's own
        long seed = Long.getLong("kafo.fuzz.seed", 20261202L);
        long started = System.nanoTime();

        // when
        Api admin = team.anonymous.signedIn("admin", Team.adminPassword());
        Fuzz fuzz = new Fuzz(admin, admin.resolve("/").resolve("/openapi"), seed).run(Integer.getInteger("kafo.fuzz.per-operation", 40));

        // then
        System.out.printf("fuzz: seed %d, %d requests in %d s, statuses %s%n", seed, fuzz.sent(),
                (System.nanoTime() - started) / 1_000_000_000L, fuzz.statuses());
        assertThat(fuzz.failures()).isEmpty();
        assertThat(fuzz.sent()).isGreaterThan(1000);
        assertThat(fuzz.statuses().keySet()).allMatch(status -> status < 500);
    }

    private static void assertBadRequest(Api.Reply reply, String code) {
        reply.expect(400);
        assertProblem(reply, 400);
        assertThat(reply.json().getString("code")).isEqualTo(code);
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.contentType()).startsWith(PROBLEM);
        JsonObject problem = reply.json();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("type")).startsWith("urn:kafo:problem:");
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(reply.text()).doesNotContain("Exception", "\tat ", "at org.", "at java.");
    }

    private static List<String> strings(JsonArray array, String field) {
        return IntStream.range(0, array.size()).mapToObj(i -> array.getJsonObject(i).getString(field)).toList();
    }

    private static JsonValue jsonObject(String json) {
        return jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject();
    }
}
