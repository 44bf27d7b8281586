package org.kafo.server.exchange;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.need.Need;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.CostShare;
import org.kafo.rules.RuleBook;

/**
 * A framework as a WOCAT approach record, the format of the approach's own seed (QCAT's questionnaire
 * data, {@code {question group: [{key: value}]}}, free text as {@code {"en": ..., "fr": ...}}), filled
 * from what the framework recorded. The question groups and where each value comes from are in the
 * README ("WOCAT approach"); the land users of the involvement groups {@code app_qg_113} to
 * {@code app_qg_117} are the professional organisations, and their level is read from the
 * framework's history:
 *
 * <ul>
 * <li>113 initiation: interactive when they identified needs, passive when they sit without having raised one;</li>
 * <li>114 planning: interactive when they were present at a meeting held, passive when they never were;</li>
 * <li>115 implementation: self-mobilisation when they own actions and delivered contributions, interactive
 * when one of the two, external support (payment) when the plans answer their needs without either;</li>
 * <li>116 monitoring: interactive when they sit on the monitoring committee, passive when it has no seat of theirs;</li>
 * <li>117 research: none (Kafo records no research);</li>
 * </ul>
 * and none whenever the phase did not happen (no professional member, no meeting held, no action, no committee).
 */
public final class WocatApproach {

    public static final String MEDIA_TYPE = "application/json";

    static final String NONE = "involvement_type_none";
    static final String PASSIVE = "involvement_type_passive";
    static final String PAYMENT = "involvement_type_payment";
    static final String INTERACTIVE = "involvement_type_interactive";
    static final String SELF_MOBILISATION = "involvement_type_selfmobilization";

    private static final Map<PartyCategory, String> STAKEHOLDERS = new EnumMap<>(Map.of(
            PartyCategory.MUNICIPALITY, "stakeholder_localgov",
            PartyCategory.PROFESSIONAL_ORGANISATION, "stakeholder_private",
            PartyCategory.TECHNICAL_SERVICE, "stakeholder_specialist",
            PartyCategory.NGO, "stakeholder_ngo",
            PartyCategory.PARTNER, "stakeholder_intorganization",
            PartyCategory.SUPPORT_PROGRAMME, "stakeholder_intorganization"));

    private final RuleBook rules;

    /** @param rules the rule book in force, whose labels name the sectors */
    public WocatApproach(RuleBook rules) {
        this.rules = Objects.requireNonNull(rules, "rule book is required");
    }

    /** The stakeholder keyword of a party category. */
    static String stakeholder(PartyCategory category) {
        return STAKEHOLDERS.get(category);
    }

    /** The record of the dossier's framework, as JSON (UTF-8, indented). */
    public byte[] write(Dossier dossier) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out, StandardCharsets.UTF_8)) {
            writer.writeObject(record(dossier));
        }
        return out.toByteArray();
    }

    /** The record of the dossier's framework. */
    public JsonObject record(Dossier dossier) {
        Facts facts = new Facts(dossier);
        ConsultationFramework framework = dossier.framework();
        JsonObjectBuilder record = Json.createObjectBuilder();
        record.add("qg_name", group(Json.createObjectBuilder()
                .add("name", text(w -> w.get("wocat.name", dossier.commune().name())))
                .add("name_local", framework.name())));
        JsonObjectBuilder location = Json.createObjectBuilder().add("country", "country_MLI")
                .add("further_location", dossier.commune().name()).add("commune_code", dossier.commune().code());
        dossier.commune().location().ifPresent(p -> location.add("latitude", p.latitude()).add("longitude", p.longitude()));
        record.add("qg_location", group(location));
        JsonObjectBuilder dates = Json.createObjectBuilder().add("date_proposed", framework.proposedOn().toString());
        framework.establishedOn().ifPresent(d -> dates.add("date_established", d.toString()));
        framework.history().stream().filter(c -> c.status() == FrameworkStatus.DISSOLVED).findFirst()
                .ifPresent(c -> dates.add("date_dissolved", c.on().toString()));
        record.add("app_qg_dates", group(dates));
        record.add("app_qg_description", group(Json.createObjectBuilder()
                .add("definition", text(w -> w.get("wocat.definition")))
                .add("description", text(w -> description(w, facts)))));
        JsonArrayBuilder sectors = Json.createArrayBuilder();
        framework.prioritySectors().forEach(s -> sectors.add(s.code()));
        record.add("app_qg_aims", group(Json.createObjectBuilder()
                .add("main_aims", text(w -> w.get("wocat.aims", sectorLabels(w.locale(), framework))))
                .add("priority_sectors", sectors)));
        record.add("app_qg_stakeholders", stakeholders(facts));
        record.add("app_qg_113", involvement(initiation(facts), w -> w.get("wocat.initiation", facts.professionals.size(),
                facts.needsByProfessionals, facts.professionalsWithNeeds.size())));
        record.add("app_qg_114", involvement(planning(facts), w -> w.get("wocat.planning", facts.held.size(),
                facts.meetingsWithProfessionals, facts.dossier.plans().size())));
        record.add("app_qg_115", involvement(implementation(facts), w -> w.get("wocat.implementation",
                facts.actions.size(), facts.actionsOwnedByProfessionals, facts.professionalsWhoDelivered.size())));
        record.add("app_qg_116", involvement(monitoring(facts), w -> w.get("wocat.monitoring",
                facts.committee == null ? 0 : 1, facts.professionalsOnCommittee.size(), facts.reports, facts.obstacles)));
        record.add("app_qg_117", involvement(NONE, w -> w.get("wocat.research")));
        record.add("app_qg_monitoring", monitoringFacts(facts));
        record.add("app_qg_financing", financing(facts));
        return record.build();
    }

    static String initiation(Facts facts) {
        if (facts.professionals.isEmpty()) {
            return NONE;
        }
        return facts.needsByProfessionals > 0 ? INTERACTIVE : PASSIVE;
    }

    static String planning(Facts facts) {
        if (facts.professionals.isEmpty() || facts.held.isEmpty()) {
            return NONE;
        }
        return facts.meetingsWithProfessionals > 0 ? INTERACTIVE : PASSIVE;
    }

    static String implementation(Facts facts) {
        if (facts.professionals.isEmpty() || facts.actions.isEmpty()) {
            return NONE;
        }
        boolean own = facts.actionsOwnedByProfessionals > 0;
        boolean pay = !facts.professionalsWhoDelivered.isEmpty();
        if (own && pay) {
            return SELF_MOBILISATION;
        }
        if (own || pay) {
            return INTERACTIVE;
        }
        return facts.actionsForProfessionalNeeds > 0 ? PAYMENT : NONE;
    }

    static String monitoring(Facts facts) {
        if (facts.professionals.isEmpty() || facts.committee == null) {
            return NONE;
        }
        return facts.professionalsOnCommittee.isEmpty() ? PASSIVE : INTERACTIVE;
    }

    private String description(Words words, Facts facts) {
        ConsultationFramework framework = facts.dossier.framework();
        List<String> parts = new ArrayList<>();
        parts.add(words.get("wocat.description", facts.dossier.commune().name(), sectorLabels(words.locale(), framework),
                framework.currentMembers().size(), facts.professionals.size()));
        framework.deliberation().ifPresent(d -> parts.add(words.get("wocat.description.established",
                words.date(framework.establishedOn().orElse(d.date())), d.number())));
        parts.add(words.get("wocat.description.cycles", facts.dossier.needs().size(), facts.held.size(),
                facts.dossier.plans().size(), facts.actions.size(), facts.done));
        return String.join(" ", parts);
    }

    private String sectorLabels(Locale locale, ConsultationFramework framework) {
        return String.join(", ", framework.prioritySectors().stream()
                .map(s -> rules.sectorLabel(s, locale).orElse(s.code())).toList());
    }

    private static JsonArrayBuilder stakeholders(Facts facts) {
        Map<String, Set<String>> byKeyword = new LinkedHashMap<>();
        for (PartyCategory category : PartyCategory.values()) {
            for (OrganisationId party : facts.parties) {
                if (facts.dossier.categoryOf(party) == category) {
                    byKeyword.computeIfAbsent(stakeholder(category), k -> new LinkedHashSet<>())
                            .add(facts.dossier.organisation(party).name());
                }
            }
        }
        JsonArrayBuilder groups = Json.createArrayBuilder();
        byKeyword.forEach((keyword, names) -> {
            JsonArrayBuilder organisations = Json.createArrayBuilder();
            names.forEach(organisations::add);
            groups.add(Json.createObjectBuilder().add("stakeholder", keyword).add("organisations", organisations)
                    .add("role", text(w -> w.get("wocat.role." + keyword))));
        });
        return groups;
    }

    private static JsonArrayBuilder involvement(String level, Function<Words, String> comments) {
        return group(Json.createObjectBuilder().add("app_involvement_type", level)
                .add("app_involvement_comments", text(comments)));
    }

    private static JsonArrayBuilder monitoringFacts(Facts facts) {
        JsonObjectBuilder monitoring = Json.createObjectBuilder();
        MonitoringCommittee committee = facts.committee;
        if (committee != null) {
            monitoring.add("committee_installed_on", committee.installedOn().toString())
                    .add("committee_members", committee.currentMembers().size())
                    .add("mandate_revisions", committee.mandateHistory().size())
                    .add("reports_filed", facts.reports)
                    .add("obstacles_recorded", facts.obstacles)
                    .add("obstacles_open", committee.unresolvedObstacles().size());
        }
        return group(monitoring.add("comments", text(w -> committee == null ? w.get("wocat.monitoring.none")
                : w.get("wocat.monitoring.facts", w.date(committee.installedOn()), committee.currentMembers().size(),
                        facts.reports, facts.obstacles, committee.unresolvedObstacles().size()))));
    }

    private static JsonArrayBuilder financing(Facts facts) {
        Map<String, long[]> byKeyword = new LinkedHashMap<>();
        long landUsersCash = 0;
        long landUsersInKind = 0;
        long pledged = 0;
        long delivered = 0;
        long cost = 0;
        for (Action action : facts.actions) {
            if (!action.estimatedCost().currency().equals("XOF")) {
                continue;
            }
            boolean carriedOver = action.status() == ActionStatus.CARRIED_OVER;
            cost += IatiActivities.budgeted(action);
            for (CostShare share : action.costShares()) {
                long promised = carriedOver ? share.delivered().amount() : share.pledged().amount();
                long given = share.delivered().amount();
                PartyCategory category = facts.dossier.categoryOf(share.party());
                long[] sums = byKeyword.computeIfAbsent(stakeholder(category), k -> new long[2]);
                sums[0] += promised;
                sums[1] += given;
                pledged += promised;
                delivered += given;
                if (category == PartyCategory.PROFESSIONAL_ORGANISATION) {
                    if (share.form() == ContributionForm.CASH) {
                        landUsersCash += given;
                    } else {
                        landUsersInKind += given;
                    }
                }
            }
        }
        List<String> keywords = new ArrayList<>(byKeyword.keySet());
        long[] basisPoints = Shares.of(keywords.stream().mapToLong(k -> byKeyword.get(k)[1]).toArray(), 10_000);
        JsonArrayBuilder donors = Json.createArrayBuilder();
        for (int i = 0; i < keywords.size(); i++) {
            long[] sums = byKeyword.get(keywords.get(i));
            donors.add(Json.createObjectBuilder().add("stakeholder", keywords.get(i)).add("pledged", sums[0])
                    .add("delivered", sums[1])
                    .add("delivered_percent", delivered == 0 ? "0" : Shares.percent(basisPoints[i])));
        }
        long totalCost = cost;
        long totalDelivered = delivered;
        long cash = landUsersCash;
        long inKind = landUsersInKind;
        return group(Json.createObjectBuilder().add("currency", "XOF").add("estimated_cost", cost)
                .add("pledged", pledged).add("delivered", delivered).add("by_stakeholder", donors)
                .add("land_users_contribution", Json.createObjectBuilder().add("cash", landUsersCash)
                        .add("in_kind", landUsersInKind))
                .add("comments", text(w -> w.get("wocat.financing", totalCost, totalDelivered, cash, inKind))));
    }

    private static JsonArrayBuilder group(JsonObjectBuilder entry) {
        return Json.createArrayBuilder().add(entry);
    }

    /** A free text in each language: {@code {"en": ..., "fr": ...}}. */
    private static JsonObjectBuilder text(Function<Words, String> text) {
        return Json.createObjectBuilder().add("en", text.apply(new Words(Locale.ENGLISH)))
                .add("fr", text.apply(new Words(Locale.FRENCH)));
    }

    /** What the involvement and the texts are read from, counted once. */
    static final class Facts {

        final Dossier dossier;
        final Set<OrganisationId> parties = new LinkedHashSet<>();
        final Set<OrganisationId> professionals = new LinkedHashSet<>();
        final Set<OrganisationId> professionalsWithNeeds = new LinkedHashSet<>();
        final Set<OrganisationId> professionalsWhoDelivered = new LinkedHashSet<>();
        final Set<OrganisationId> professionalsOnCommittee = new LinkedHashSet<>();
        final List<Meeting> held;
        final List<Action> actions;
        final MonitoringCommittee committee;
        final long needsByProfessionals;
        final long meetingsWithProfessionals;
        final long actionsOwnedByProfessionals;
        final long actionsForProfessionalNeeds;
        final long done;
        final int reports;
        final int obstacles;

        Facts(Dossier dossier) {
            this.dossier = dossier;
            dossier.framework().memberships().forEach(m -> parties.add(m.organisation()));
            dossier.organisations().values().stream().sorted(Comparator.comparing(Organisation::name))
                    .forEach(o -> parties.add(o.id()));
            for (OrganisationId party : parties) {
                if (dossier.categoryOf(party) == PartyCategory.PROFESSIONAL_ORGANISATION) {
                    professionals.add(party);
                }
            }
            List<Need> fromProfessionals = dossier.needs().stream().filter(n -> professionals.contains(n.raisedBy())).toList();
            fromProfessionals.forEach(n -> professionalsWithNeeds.add(n.raisedBy()));
            needsByProfessionals = fromProfessionals.size();
            held = dossier.meetings().stream().filter(Meeting::isHeld).toList();
            meetingsWithProfessionals = held.stream()
                    .filter(m -> m.organisationsPresent().stream().anyMatch(professionals::contains)).count();
            actions = dossier.plans().stream().flatMap((ActionPlan p) -> p.actions().stream()).toList();
            actionsOwnedByProfessionals = actions.stream().filter(a -> professionals.contains(a.responsible())).count();
            Set<Object> professionalNeeds = new LinkedHashSet<>();
            fromProfessionals.forEach(n -> professionalNeeds.add(n.id()));
            actionsForProfessionalNeeds = actions.stream()
                    .filter(a -> a.addresses().stream().anyMatch(professionalNeeds::contains)).count();
            done = actions.stream().filter(a -> a.status() == ActionStatus.DONE).count();
            for (Action action : actions) {
                for (CostShare share : action.costShares()) {
                    if (professionals.contains(share.party()) && !share.delivered().isZero()) {
                        professionalsWhoDelivered.add(share.party());
                    }
                }
            }
            committee = dossier.committee().orElse(null);
            if (committee != null) {
                committee.members().stream().filter(m -> professionals.contains(m.organisation()))
                        .forEach(m -> professionalsOnCommittee.add(m.organisation()));
            }
            reports = committee == null ? 0 : committee.reports().size();
            obstacles = committee == null ? 0 : committee.obstacles().size();
        }
    }
}
