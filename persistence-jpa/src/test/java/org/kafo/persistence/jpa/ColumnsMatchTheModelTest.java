package org.kafo.persistence.jpa;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.DeliberatingBody;
import org.kafo.model.framework.DeliberationOutcome;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.meeting.AgendaItemKind;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.need.NeedKind;
import org.kafo.model.need.NeedStatus;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.Region;
import org.kafo.persistence.jpa.Databases.Database;

/**
 * Every text column of the migrated schema is exactly as long as the model lets its value be
 * ({@link Limits}), every enum's longest name fits its column, and no text column is unbounded: the
 * model refuses what a column could not hold, so the database never answers "value too long".
 */
class ColumnsMatchTheModelTest {

    /** The text columns and the model's limit for each. */
    private static final Map<String, Integer> TEXTS = Map.ofEntries(
            entry("region.code", Limits.CODE), entry("region.name", Limits.NAME),
            entry("cercle.code", Limits.CODE), entry("cercle.name", Limits.NAME),
            entry("commune.code", Limits.CODE), entry("commune.name", Limits.NAME),
            entry("commune.name_key", Limits.NAME),
            entry("commune_alias.alias", Limits.NAME), entry("commune_alias.alias_key", Limits.NAME),
            entry("organisation.name", Limits.NAME), entry("organisation.acronym", Limits.NAME),
            entry("organisation.registration_number", Limits.CODE),
            entry("organisation.registration_authority", Limits.NAME),
            entry("organisation_sector.sector_code", Limits.CODE),
            entry("framework.name", Limits.NAME), entry("framework.deliberation_number", Limits.CODE),
            entry("framework.deliberation_decision", Limits.TEXT),
            entry("framework_sector.sector_code", Limits.CODE),
            entry("framework_membership_sector.sector_code", Limits.CODE),
            entry("framework_representative.name", Limits.NAME),
            entry("framework_representative.person_role", Limits.NAME),
            entry("framework_status_change.reason", Limits.TEXT),
            entry("framework_deliberation.deliberation_number", Limits.CODE),
            entry("framework_deliberation.deliberation_decision", Limits.TEXT),
            entry("need.sector_code", Limits.CODE), entry("need.description", Limits.TEXT),
            entry("need.withdrawal_reason", Limits.TEXT),
            entry("meeting.venue", Limits.NAME), entry("meeting.cancellation_reason", Limits.TEXT),
            entry("meeting.minutes_text", Limits.MINUTES),
            entry("meeting_agenda_item.title", Limits.NAME), entry("meeting_agenda_item.subject", Limits.NAME),
            entry("meeting_attendance.name", Limits.NAME), entry("meeting_attendance.person_role", Limits.NAME),
            entry("meeting_minutes_approval.remark", Limits.TEXT),
            entry("meeting_postponement.reason", Limits.TEXT),
            entry("plan_action.title", Limits.NAME), entry("plan_action.sector_code", Limits.CODE),
            entry("plan_action.pdesc_entry", Limits.NAME), entry("plan_action.budget_line", Limits.NAME),
            entry("plan_action.status_reason", Limits.TEXT),
            entry("plan_action_note.note_text", Limits.TEXT),
            entry("committee_member.name", Limits.NAME), entry("committee_member.person_role", Limits.NAME),
            entry("committee_member.leaving_reason", Limits.TEXT),
            entry("committee_mandate.scope", Limits.TEXT), entry("committee_mandate.reason", Limits.TEXT),
            entry("committee_mandate_duty.duty", Limits.TEXT),
            entry("committee_report.summary", Limits.TEXT),
            entry("committee_obstacle.description", Limits.TEXT),
            entry("committee_obstacle.resolution", Limits.TEXT));

    /** The columns that hold an enum's name. */
    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.ofEntries(
            entry("organisation.kind", OrganisationKind.class),
            entry("framework.status", FrameworkStatus.class),
            entry("framework_status_change.status", FrameworkStatus.class),
            entry("framework.deliberation_body", DeliberatingBody.class),
            entry("framework_deliberation.deliberation_body", DeliberatingBody.class),
            entry("framework_deliberation.outcome", DeliberationOutcome.class),
            entry("framework_membership.category", PartyCategory.class),
            entry("framework_representative.sex", Sex.class),
            entry("need.kind", NeedKind.class), entry("need.status", NeedStatus.class),
            entry("meeting.status", MeetingStatus.class),
            entry("meeting_agenda_item.kind", AgendaItemKind.class),
            entry("meeting_attendance.category", PartyCategory.class), entry("meeting_attendance.sex", Sex.class),
            entry("plan_action.kind", ActionKind.class), entry("plan_action.status", ActionStatus.class),
            entry("plan_action_cost_share.contribution_form", ContributionForm.class),
            entry("committee_member.category", PartyCategory.class), entry("committee_member.sex", Sex.class));

    /** Fixed-length text: ids (a UUID's 36 characters) and ISO 4217 currency codes. */
    private static final List<String> CURRENCIES = List.of("need.estimated_currency",
            "plan_action.estimated_currency", "plan_action_cost_share.currency");

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void every_text_column_is_as_long_as_the_model_allows_its_value(Database database) {
        // given the migrated schema's character columns, as the database describes them
        Map<String, Integer> varying = new TreeMap<>();
        Map<String, Integer> fixed = new TreeMap<>();
        columns(database).forEach(row -> {
            String type = row[1].toString().toLowerCase();
            Integer size = row[2] == null ? null : ((Number) row[2]).intValue();
            if (type.equals("character varying")) {
                varying.put(row[0].toString(), size);
            } else if (type.equals("character")) {
                fixed.put(row[0].toString(), size);
            }
        });

        // then each varying one is a text of the model with its limit, or an enum that fits
        Map<String, Integer> expected = new TreeMap<>(TEXTS);
        ENUMS.forEach((column, type) -> expected.put(column, varying.get(column)));
        assertThat(varying).containsExactlyInAnyOrderEntriesOf(expected);
        ENUMS.forEach((column, type) -> assertThat(Arrays.stream(type.getEnumConstants())
                .mapToInt(constant -> constant.name().length()).max().orElseThrow())
                .as("the longest %s in %s", type.getSimpleName(), column).isLessThanOrEqualTo(varying.get(column)));
        fixed.forEach((column, size) -> assertThat(size).as(column).isEqualTo(CURRENCIES.contains(column) ? 3 : 36));
        assertThat(fixed).containsKeys(CURRENCIES.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void texts_at_the_models_limits_are_stored_and_read_back_whole(Database database) {
        // given
        Region region = Region.register("R".repeat(Limits.CODE), "é".repeat(Limits.NAME), Effective.ALWAYS);
        Commune commune = Commune.register("C".repeat(Limits.CODE), "Dioro ".repeat(100).substring(0, Limits.NAME),
                new Assignment(CercleId.newId(), region.id(), Effective.ALWAYS), null, null);
        commune.addAlias("ß".repeat(Limits.NAME));

        // when
        database.repositories().regions().save(region);
        database.repositories().communes().save(commune);

        // then
        assertThat(database.repositories().regions().get(region.id()).snapshot()).isEqualTo(region.snapshot());
        assertThat(database.repositories().communes().get(commune.id()).snapshot()).isEqualTo(commune.snapshot());
    }

    private static List<Object[]> columns(Database database) {
        return database.transactions().withEntityManager(em -> {
            List<?> rows = em.createNativeQuery("SELECT LOWER(table_name) || '.' || LOWER(column_name), data_type,"
                    + " character_maximum_length FROM information_schema.columns"
                    + " WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA)"
                    + " AND LOWER(table_name) NOT LIKE '%schema_history'").getResultList();
            return rows.stream().map(row -> (Object[]) row).toList();
        });
    }
}
