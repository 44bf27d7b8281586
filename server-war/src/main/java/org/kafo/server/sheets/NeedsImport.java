package org.kafo.server.sheets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.kafo.model.Repositories;
import org.kafo.model.common.Money;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.Membership;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.rules.command.RecordNeed;

/**
 * A needs inventory typed into the needs sheet's layout, read back: each row without a state is a new
 * need of a member organisation ({@link RecordNeed}); a row with a state is a need already in Kafo (the
 * export's own rows), left aside.
 */
final class NeedsImport {

    private NeedsImport() {
    }

    /**
     * @param mayRecordFor the organisations the caller may record needs for; a row of another is an error of its row
     */
    static List<ImportRow> read(List<Rows.Row> all, ConsultationFramework framework, Repositories repositories,
            Words words, Predicate<OrganisationId> mayRecordFor, List<ImportRow.CellError> sheetErrors) {
        Members members = new Members(framework, repositories);
        Reading reading = new Reading(all, words, Exports.NEEDS_SHEET,
                List.of("organisation", "sector", "need-kind", "description", "identified-on"));
        sheetErrors.addAll(reading.sheetErrors);
        List<ImportRow> rows = new ArrayList<>();
        for (Rows.Row row : reading.rows()) {
            Reading.Line line = reading.new Line(row);
            if (line.text("state") != null) {
                line.shows("description", line.text("description"));
                line.shows("state", line.text("state"));
                rows.add(new ImportRow(row.number(), line.values, null, words.get("import.skipped.known"), List.of(),
                        List.of()));
                continue;
            }
            Membership member = members.named(line, "organisation");
            if (member != null && !mayRecordFor.test(member.organisation())) {
                line.error("organisation", "not-yours", members.name(member));
            }
            Sector sector = sector(line, framework, words);
            NeedKind kind = line.choice("need-kind", "needkind", NeedKind.class, true);
            String description = line.required("description");
            Money cost = line.amount("estimated-cost");
            LocalDate day = line.day("identified-on");
            line.shows("organisation", member == null ? line.text("organisation") : members.name(member));
            line.shows("sector", sector == null ? line.text("sector") : words.sector(sector));
            line.shows("need-kind", words.of("needkind", kind));
            line.shows("description", description);
            line.shows("estimated-cost", cost == null ? "" : Long.toString(cost.amount()));
            line.shows("identified-on", day == null ? line.text("identified-on") : day.toString());
            RecordNeed command = line.errors.isEmpty()
                    ? new RecordNeed(framework.id(), member.organisation(), sector, kind, description, cost, day)
                    : null;
            rows.add(new ImportRow(row.number(), line.values, command, null, line.errors, List.of()));
        }
        return rows;
    }

    /** One of the framework's priority sectors, by its label in either language or its code. */
    private static Sector sector(Reading.Line line, ConsultationFramework framework, Words words) {
        String text = line.required("sector");
        if (text == null) {
            return null;
        }
        Optional<Sector> sector = words.parseSector(framework.prioritySectors(), text);
        if (sector.isEmpty()) {
            line.error("sector", "sector", text);
        }
        return sector.orElse(null);
    }
}
