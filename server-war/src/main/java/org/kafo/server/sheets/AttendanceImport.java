package org.kafo.server.sheets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kafo.model.Repositories;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.Membership;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.rules.command.RecordAttendance;

/**
 * A meeting's attendance sheet, filled in on paper and typed into its own layout, read back: each row
 * ticked present becomes the signature of one person for one member of the framework
 * ({@link RecordAttendance}); the rows not ticked are the absent, left aside, and so is a person
 * already on the meeting's sheet.
 */
final class AttendanceImport {

    private AttendanceImport() {
    }

    static List<ImportRow> read(List<Rows.Row> all, Meeting meeting, Repositories repositories, Words words,
            LocalDate today, List<ImportRow.CellError> sheetErrors) {
        ConsultationFramework framework = repositories.frameworks().get(meeting.framework());
        Members members = new Members(framework, repositories);
        Reading reading = new Reading(all, words, Exports.ATTENDANCE_SHEET, List.of("name", "organisation", "present"));
        sheetErrors.addAll(reading.sheetErrors);
        List<ImportRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Rows.Row row : reading.rows()) {
            Reading.Line line = reading.new Line(row);
            Optional<Boolean> present = line.yesNo("present");
            if (present.isPresent() && !present.get()) {
                line.shows("name", line.text("name"));
                line.shows("organisation", line.text("organisation"));
                rows.add(new ImportRow(row.number(), line.values, null, words.get("import.skipped.absent"), List.of(),
                        List.of()));
                continue;
            }
            String name = line.required("name");
            Membership member = members.named(line, "organisation");
            PartyCategory category = line.choice("category", "category", PartyCategory.class, false);
            if (member != null && category != null && category != member.category()) {
                line.error("category", "category", words.of("category", member.category()));
            }
            Sex sex = sex(line);
            boolean youth = line.text("youth") != null && line.yesNo("youth").orElse(false);
            line.shows("name", name);
            line.shows("organisation", member == null ? line.text("organisation") : members.name(member));
            line.shows("category", member == null ? null : words.of("category", member.category()));
            line.shows("sex", words.of("sex", sex));
            line.shows("youth", words.yesNo(youth));
            if (!line.errors.isEmpty() || present.isEmpty()) {
                rows.add(new ImportRow(row.number(), line.values, null, null, line.errors, List.of()));
                continue;
            }
            String key = member.organisation().value() + "/" + Words.plain(name);
            boolean already = meeting.attendance().stream().anyMatch(a -> a.organisation().equals(member.organisation())
                    && a.person().name().equalsIgnoreCase(name));
            if (already) {
                rows.add(new ImportRow(row.number(), line.values, null, words.get("import.skipped.signed"), List.of(),
                        List.of()));
                continue;
            }
            if (!seen.add(key)) {
                line.error("name", "twice", name);
                rows.add(new ImportRow(row.number(), line.values, null, null, line.errors, List.of()));
                continue;
            }
            Attendance attendance = new Attendance(member.organisation(), member.category(),
                    new Person(name, sex, youth, null));
            rows.add(new ImportRow(row.number(), line.values,
                    new RecordAttendance(meeting.id(), List.of(attendance), today), null, List.of(), List.of()));
        }
        return rows;
    }

    /** Woman or man, as the label says it or by its initial: F (femme), W (woman), H (homme), M (man, masculin). */
    private static Sex sex(Reading.Line line) {
        String text = line.text("sex");
        if (text != null && text.length() == 1) {
            switch (Words.plain(text)) {
                case "f", "w" -> {
                    return Sex.FEMALE;
                }
                case "h", "m" -> {
                    return Sex.MALE;
                }
                default -> {
                    // read as a label below, which reports it
                }
            }
        }
        return line.choice("sex", "sex", Sex.class, true);
    }
}
