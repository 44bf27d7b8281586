package org.kafo.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A framework of its own for each test, written over HTTP step by step, as the seed's story goes:
 * a commune with two priority sectors, its municipality, a cooperative, a women's group, a technical
 * service and the support programme; the council's deliberation; the needs; a first meeting that
 * adopts a plan and installs the committee; an obstacle; a second meeting that reviews the plan and
 * adopts the next. Names carry a random mark so that tests never meet each other's data. The
 * administrator registers the territory and the parties and gives the team its roles in the
 * commune; each step is then done by the role whose work it is (the commune officer convenes,
 * a cooperative's representative records its need, the committee records an obstacle, ...).
 */
final class Story {

    static final String IRRIGATION = "small-scale-irrigation";
    static final String GARDENING = "market-gardening";

    final Team team;
    final Api api;
    final Api officer;
    final String mark = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));

    String region;
    String cercle;
    String commune;
    String mairie;
    String cooperative;
    String group;
    String service;
    String programme;
    String framework;
    String schemeNeed;
    String marketNeed;
    String meeting1;
    String plan1;
    String schemeAction;
    String marketAction;
    String committee;
    String obstacle;
    String meeting2;
    String plan2;

    Story(Team team) {
        this.team = team;
        this.api = team.admin;
        this.officer = team.officer;
    }

    Story territory() {
        region = api.post("regions", """
                {"code": "R%s", "name": "Région %s"}""".formatted(mark, mark)).expect(201).id();
        cercle = api.post("cercles", """
                {"code": "C%s", "name": "Cercle %s", "region": "%s"}""".formatted(mark, mark, region)).expect(201).id();
        commune = api.post("communes", """
                {"code": "K%s", "name": "Commune %s", "aliases": ["Kommune %s"], "cercle": "%s", "region": "%s",
                 "population": {"inhabitants": 41000, "censusYear": 2009}}"""
                .formatted(mark, mark, mark, cercle, region)).expect(201).id();
        return this;
    }

    Story parties() {
        mairie = organisation("Mairie " + mark, "MUNICIPALITY", "[]", commune);
        cooperative = organisation("Coopérative rizicole " + mark, "COOPERATIVE", "[\"" + IRRIGATION + "\"]", commune);
        group = organisation("Groupement maraîcher " + mark, "GROUP", "[\"" + GARDENING + "\"]", commune);
        service = organisation("Génie rural " + mark, "TECHNICAL_SERVICE",
                "[\"" + IRRIGATION + "\", \"" + GARDENING + "\"]", commune);
        programme = organisation("Programme d'appui " + mark, "SUPPORT_PROGRAMME",
                "[\"" + IRRIGATION + "\", \"" + GARDENING + "\"]", null);
        team.joinCommune(commune, mairie, cooperative, group, service, programme);
        return this;
    }

    private String organisation(String name, String kind, String sectors, String in) {
        return api.post("organisations", """
                {"name": "%s", "kind": "%s", "sectors": %s, %s "members": {"members": 70, "women": 30, "youth": 12,
                 "countedOn": "2008-01-15"}, "on": "2008-01-15"}"""
                .formatted(name, kind, sectors, in == null ? "" : "\"commune\": \"" + in + "\",")).expect(201).id();
    }

    Story proposed() {
        territory().parties();
        Api.Reply proposed = officer.post("frameworks", """
                {"commune": "%s", "name": "Cadre de concertation %s", "prioritySectors": ["%s", "%s"], "on": "2008-02-01"}"""
                .formatted(commune, mark, IRRIGATION, GARDENING)).expect(201);
        framework = proposed.id();
        return this;
    }

    Story withMembers() {
        proposed();
        admit(mairie, "[]", "Moussa Diarra", "MALE");
        admit(cooperative, "[\"" + IRRIGATION + "\"]", "Bakary Coulibaly", "MALE");
        admit(group, "[\"" + GARDENING + "\"]", "Awa Traoré", "FEMALE");
        admit(service, "[]", "Issa Sangaré", "MALE");
        admit(programme, "[]", "Mariam Dembélé", "FEMALE");
        return this;
    }

    private void admit(String organisation, String sectors, String person, String sex) {
        officer.post("frameworks/" + framework + "/members", """
                {"organisation": "%s", "sectors": %s, "representatives": [{"name": "%s", "sex": "%s"}], "from": "2008-03-01"}"""
                .formatted(organisation, sectors, person, sex)).expect(200);
    }

    Story established() {
        withMembers();
        officer.post("frameworks/" + framework + "/establishment", """
                {"deliberation": {"number": "2008-014/CR-%s", "date": "2008-03-15",
                 "decision": "Le conseil communal crée le cadre de concertation."}, "on": "2008-03-20"}"""
                .formatted(mark)).expect(200);
        return this;
    }

    Story withNeeds() {
        established();
        schemeNeed = team.cooperative.post("frameworks/" + framework + "/needs", """
                {"raisedBy": "%s", "sector": "%s", "kind": "INVESTMENT", "description": "PIV de 30 ha avec motopompe",
                 "estimatedCost": {"amount": 18000000, "currency": "XOF"}, "on": "2008-03-25"}"""
                .formatted(cooperative, IRRIGATION)).expect(201).id();
        marketNeed = team.group.post("frameworks/" + framework + "/needs", """
                {"raisedBy": "%s", "sector": "%s", "kind": "BUSINESS_ENVIRONMENT_MEASURE",
                 "description": "Un jour de marché hebdomadaire", "on": "2008-03-25"}"""
                .formatted(group, GARDENING)).expect(201).id();
        return this;
    }

    /** Convenes a meeting at the mairie, nothing more; returns its id. */
    String convene(String plannedOn, String issuedOn) {
        return officer.post("frameworks/" + framework + "/meetings", """
                {"plannedOn": "%s", "venue": "Mairie %s", "convenedBy": "%s", "issuedOn": "%s"}"""
                .formatted(plannedOn, mark, mairie, issuedOn)).expect(201).id();
    }

    /** Convenes, records the attendance of the given parties and holds a meeting; returns its id. */
    String meeting(String plannedOn, String issuedOn, String... present) {
        String meeting = officer.post("frameworks/" + framework + "/meetings", """
                {"plannedOn": "%s", "venue": "Mairie %s", "convenedBy": "%s", "issuedOn": "%s"}"""
                .formatted(plannedOn, mark, mairie, issuedOn)).expect(201).id();
        StringBuilder attendees = new StringBuilder();
        for (int i = 0; i < present.length; i++) {
            attendees.append(i == 0 ? "" : ",").append("""
                    {"organisation": "%s", "person": {"name": "Personne %d %s", "sex": "%s"}}"""
                    .formatted(present[i], i, mark, i % 2 == 0 ? "MALE" : "FEMALE"));
        }
        officer.post("meetings/" + meeting + "/attendance", """
                {"attendees": [%s], "on": "%s"}""".formatted(attendees, plannedOn)).expect(200);
        officer.post("meetings/" + meeting + "/holding", """
                {"on": "%s"}""".formatted(plannedOn)).expect(200);
        return meeting;
    }

    Story firstMeetingHeld() {
        withNeeds();
        meeting1 = meeting("2008-04-10", "2008-03-31", mairie, cooperative, group, service);
        return this;
    }

    String firstPlan() {
        return """
                {"meeting": "%s", "period": {"start": "2008-04-10", "end": "2008-07-09"}, "on": "2008-04-10",
                 "actions": [
                  {"title": "Aménagement du PIV de 30 ha", "sector": "%s", "kind": "INFRASTRUCTURE", "responsible": "%s",
                   "dueDate": "2008-07-01", "estimatedCost": {"amount": 18000000, "currency": "XOF"},
                   "costShares": [{"party": "%s", "form": "CASH", "pledged": {"amount": 16500000}},
                                  {"party": "%s", "form": "IN_KIND", "pledged": {"amount": 1500000}}],
                   "pdesc": {"pdescEntry": "PDESC 2006-2010, axe 2.3"}, "addresses": ["%s"]},
                  {"title": "Jour de marché hebdomadaire", "sector": "%s", "kind": "BUSINESS_ENVIRONMENT_MEASURE",
                   "responsible": "%s", "dueDate": "2008-05-31", "estimatedCost": {"amount": 0},
                   "addresses": ["%s"]}]}"""
                .formatted(meeting1, IRRIGATION, mairie, mairie, cooperative, schemeNeed, GARDENING, mairie, marketNeed);
    }

    Story planAdopted() {
        firstMeetingHeld();
        JsonObject plan = officer.post("frameworks/" + framework + "/plans", firstPlan()).expect(201).result();
        plan1 = plan.getString("id");
        schemeAction = plan.getJsonArray("actions").getJsonObject(0).getString("id");
        marketAction = plan.getJsonArray("actions").getJsonObject(1).getString("id");
        return this;
    }

    Story committeeInstalled() {
        planAdopted();
        committee = officer.post("frameworks/" + framework + "/committee", """
                {"meeting": "%s", "on": "2008-04-10", "period": {"start": "2008-04-10", "end": "2008-07-09"},
                 "scope": "Suivi du plan du deuxième trimestre",
                 "duties": ["Vérifier l'avancement des actions", "Signaler les obstacles au cadre"],
                 "members": [{"organisation": "%s", "person": {"name": "Seydou Traoré", "sex": "MALE"}},
                             {"organisation": "%s", "person": {"name": "Bakary Coulibaly", "sex": "MALE"}},
                             {"organisation": "%s", "person": {"name": "Awa Traoré", "sex": "FEMALE"}}]}"""
                .formatted(meeting1, mairie, cooperative, group)).expect(201).id();
        return this;
    }

    Story obstacleRecorded() {
        committeeInstalled();
        team.committee.post("plans/" + plan1 + "/actions/" + schemeAction + "/status", """
                {"status": "IN_PROGRESS", "on": "2008-05-02"}""").expect(200);
        team.committee.post("plans/" + plan1 + "/actions/" + marketAction + "/status", """
                {"status": "DONE", "on": "2008-05-24"}""").expect(200);
        JsonObject recorded = team.committee.post("frameworks/" + framework + "/committee/obstacles", """
                {"plan": "%s", "action": "%s", "description": "La motopompe n'est pas livrée", "on": "2008-05-25"}"""
                .formatted(plan1, schemeAction)).expect(200).result();
        assertThat(recorded.getInt("unresolvedObstacles")).isEqualTo(1);
        obstacle = officer.get("frameworks/" + framework + "/committee/obstacles").expect(200).json()
                .getJsonArray("items").getJsonObject(0).getString("id");
        return this;
    }

    Story secondMeetingHeld() {
        obstacleRecorded();
        meeting2 = meeting("2008-07-05", "2008-06-25", mairie, cooperative, group);
        return this;
    }

    Story reviewed() {
        secondMeetingHeld();
        officer.post("plans/" + plan1 + "/review", """
                {"meeting": "%s", "on": "2008-07-05", "decisions": [
                  {"action": "%s", "outcome": "CARRIED_OVER", "reason": "Motopompe livrée en retard"},
                  {"action": "%s", "outcome": "DONE"}]}""".formatted(meeting2, schemeAction, marketAction)).expect(200);
        return this;
    }

    Story secondPlanAdopted() {
        reviewed();
        plan2 = officer.post("frameworks/" + framework + "/plans", """
                {"meeting": "%s", "period": {"start": "2008-07-05", "end": "2008-10-04"}, "on": "2008-07-05",
                 "actions": [
                  {"title": "Aménagement du PIV de 30 ha", "sector": "%s", "kind": "INFRASTRUCTURE", "responsible": "%s",
                   "dueDate": "2008-09-30", "estimatedCost": {"amount": 18000000},
                   "costShares": [{"party": "%s", "form": "CASH", "pledged": {"amount": 16500000}},
                                  {"party": "%s", "form": "IN_KIND", "pledged": {"amount": 1500000}}],
                   "pdesc": {"pdescEntry": "PDESC 2006-2010, axe 2.3", "budgetLine": "BP 2008 / 21-35"},
                   "addresses": ["%s"], "carriedFrom": "%s"}]}"""
                .formatted(meeting2, IRRIGATION, mairie, mairie, cooperative, schemeNeed, schemeAction))
                .expect(201).id();
        return this;
    }
}
