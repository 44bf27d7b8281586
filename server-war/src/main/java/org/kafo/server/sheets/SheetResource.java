package org.kafo.server.sheets;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kafo.model.Repositories;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.indicator.TotalsQueries;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.RegionId;
import org.kafo.rules.RuleBook;
import org.kafo.server.access.AccessPolicy;
import org.kafo.server.access.Caller;
import org.kafo.server.access.Permission;
import org.kafo.server.api.IndicatorsView;
import org.kafo.server.api.Problem;

/**
 * The spreadsheets of the API, under {@code /api/sheets}: a framework's, a meeting's and the
 * indicators of an area, as {@code .csv} or {@code .xlsx} (or, without an extension, the format the
 * {@code Accept} header asks for), in {@code ?lang=fr|en} or the request's language; under the same
 * access policy as the JSON they mirror. The filled sheets that come back are imported here too.
 */
@Path("sheets")
@Tag(name = "Sheets", description = "CSV and XLSX exports; attendance sheets and needs inventories imported back")
public class SheetResource {

    static final Set<String> FRAMEWORK_SHEETS = Set.of("actions", "contributions", "attendance", "needs",
            "needs-inventory", "indicators");

    @Inject
    AccessPolicy access;

    @Inject
    Repositories repositories;

    @Inject
    RuleBook rules;

    @Inject
    Caller caller;

    @Inject
    TotalsQueries totals;

    @Inject
    SheetImports imports;

    @Context
    HttpHeaders headers;

    @GET
    @Path("frameworks/{id}/{sheet}")
    @Operation(summary = "A framework's sheet: actions, contributions, attendance, needs, needs-inventory (the needs"
            + " with empty rows to fill in) or indicators; .csv or .xlsx")
    public Response framework(@PathParam("id") FrameworkId id, @PathParam("sheet") String sheet,
            @Parameter(description = "fr or en") @QueryParam("lang") String lang,
            @Parameter(description = "ISO-8601 day of the indicators, default today") @QueryParam("asOf") LocalDate asOf) {
        ConsultationFramework framework = access.framework(id, Permission.READ_FRAMEWORK);
        SheetRequest wanted = SheetRequest.of(sheet, headers.getAcceptableMediaTypes(), FRAMEWORK_SHEETS);
        Exports exports = exports(lang);
        Sheet made = frameworkSheet(exports, framework, wanted.sheet(), asOf == null ? LocalDate.now() : asOf);
        return Download.of(made, wanted.format(), framework.name() + " - " + made.name());
    }

    /** One source for the API and the pages: the sheet of a framework by its name in the path. */
    public static Sheet frameworkSheet(Exports exports, ConsultationFramework framework, String sheet,
            IndicatorsViewSource indicators, LocalDate asOf) {
        return switch (sheet) {
            case "actions" -> exports.actions(framework.id());
            case "contributions" -> exports.contributions(framework.id());
            case "attendance" -> exports.attendance(framework.id());
            case "needs" -> exports.needs(framework.id());
            case "needs-inventory" -> exports.needsInventory(framework.id());
            case "indicators" -> exports.indicators(framework.name(), indicators.of(framework.id(), asOf));
            default -> throw new jakarta.ws.rs.NotFoundException();
        };
    }

    /** The indicators of a framework on a day, as the API computes them. */
    @FunctionalInterface
    public interface IndicatorsViewSource {
        IndicatorsView of(FrameworkId framework, LocalDate asOf);
    }

    private Sheet frameworkSheet(Exports exports, ConsultationFramework framework, String sheet, LocalDate asOf) {
        return frameworkSheet(exports, framework, sheet, (f, day) -> IndicatorsView.of(totals.ofFramework(f, day)), asOf);
    }

    @GET
    @Path("meetings/{id}/{sheet}")
    @Operation(summary = "A meeting's attendance sheet to fill in (attendance-sheet.xlsx or .csv): the framework's"
            + " members and their representatives by category, and empty rows")
    public Response meeting(@PathParam("id") MeetingId id, @PathParam("sheet") String sheet,
            @Parameter(description = "fr or en") @QueryParam("lang") String lang) {
        Meeting meeting = access.meeting(id, Permission.READ_FRAMEWORK);
        SheetRequest wanted = SheetRequest.of(sheet, headers.getAcceptableMediaTypes(), Set.of("attendance-sheet"));
        Exports exports = exports(lang);
        Sheet made = exports.attendanceSheet(meeting);
        return Download.of(made, wanted.format(), attendanceSheetTitle(exports, meeting));
    }

    /** The file name of a meeting's attendance sheet: the framework, the sheet, the meeting's number. */
    public static String attendanceSheetTitle(Exports exports, Meeting meeting) {
        return exports.frameworkName(meeting.framework()) + " - " + exports.words().get("sheet.name.attendance-sheet")
                + " " + meeting.sequence();
    }

    @GET
    @Path("{sheet: indicators(\\.[A-Za-z]+)?}")
    @Operation(summary = "The indicators of a cercle, a region (as the territory was on the day) or the whole country,"
            + " one row per figure; .csv or .xlsx")
    public Response indicators(@PathParam("sheet") String sheet, @QueryParam("region") RegionId region,
            @QueryParam("cercle") CercleId cercle, @Parameter(description = "fr or en") @QueryParam("lang") String lang,
            @Parameter(description = "ISO-8601 day, default today") @QueryParam("asOf") LocalDate asOf) {
        access.require(Permission.READ_DIRECTORY);
        SheetRequest wanted = SheetRequest.of(sheet, headers.getAcceptableMediaTypes(), Set.of("indicators"));
        Exports exports = exports(lang);
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        if (region != null && cercle != null) {
            throw new InvariantViolationException("query.invalid", "name a region or a cercle, not both");
        }
        String scope;
        IndicatorsView view;
        if (cercle != null) {
            scope = repositories.cercles().get(cercle).name();
            view = IndicatorsView.of(totals.sumOfCercle(cercle, day));
        } else if (region != null) {
            scope = repositories.regions().get(region).name();
            view = IndicatorsView.of(totals.sumOfRegion(region, day));
        } else {
            scope = exports.words().get("indicators.country");
            view = IndicatorsView.of(totals.sumOfCountry(day));
        }
        Sheet made = exports.indicators(scope, view);
        return Download.of(made, wanted.format(), scope + " - " + made.name());
    }

    @POST
    @Path("meetings/{id}/attendance-sheet")
    @Consumes({Xlsx.MEDIA_TYPE, Csv.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "The meeting's attendance sheet, filled in, brought back (XLSX or CSV body): with ?dry-run=true,"
            + " what each row would record and the rules' verdicts or the row's errors, nothing saved; without, every"
            + " row recorded through the process in one transaction, or none (422 naming the rows)")
    @APIResponse(responseCode = "200", description = "The rows, their verdicts and errors; applied, the import's id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "422", description = "Refused as a whole: the rows in error; nothing was saved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ImportProblem.class)))
    public Response importAttendance(@PathParam("id") MeetingId id, @QueryParam("dry-run") boolean dryRun,
            @Parameter(description = "the file's name, for the history") @QueryParam("file") String file,
            @Parameter(description = "fr or en") @QueryParam("lang") String lang, byte[] body) {
        Meeting meeting = access.meeting(id, Permission.RECORD_ATTENDANCE);
        Words words = Words.of(lang, caller.locale(), rules);
        return answer(words, () -> imports.attendance(meeting, file, body, words, !dryRun));
    }

    @POST
    @Path("frameworks/{id}/needs-inventory")
    @Consumes({Xlsx.MEDIA_TYPE, Csv.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "A needs inventory typed into the needs sheet's layout (XLSX or CSV body): the rows without a"
            + " state are new needs; ?dry-run=true judges them and saves nothing; without, all are recorded or none")
    @APIResponse(responseCode = "200", description = "The rows, their verdicts and errors; applied, the import's id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "422", description = "Refused as a whole: the rows in error; nothing was saved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ImportProblem.class)))
    public Response importNeeds(@PathParam("id") FrameworkId id, @QueryParam("dry-run") boolean dryRun,
            @Parameter(description = "the file's name, for the history") @QueryParam("file") String file,
            @Parameter(description = "fr or en") @QueryParam("lang") String lang, byte[] body) {
        ConsultationFramework framework = access.framework(id, Permission.READ_FRAMEWORK);
        if (!access.allowed(framework).may(Permission.RECORD_NEED)) {
            access.framework(id, Permission.RECORD_NEED);
        }
        Words words = Words.of(lang, caller.locale(), rules);
        return answer(words, () -> imports.needs(framework, file, body, words, !dryRun));
    }

    /** An import refused as a whole, as a problem: the errors, and every row with its outcome. */
    @Schema(name = "SheetImportRefused")
    public record ImportProblem(String type, String title, int status, String detail, String instance, String code,
            List<ImportView.ErrorValue> errors, List<ImportView.RowValue> rows) {
    }

    private Response answer(Words words, Supplier<ImportReport> run) {
        try {
            return Response.ok(ImportView.of(run.get(), rules, words.locale()), MediaType.APPLICATION_JSON).build();
        } catch (ImportRefusedException refused) {
            ImportView view = ImportView.of(refused.report(), rules, words.locale());
            return Response.status(422).type(Problem.MEDIA_TYPE).entity(new ImportProblem(
                    "urn:kafo:problem:import-refused", words.get("import.refused-title"), 422,
                    words.get("import.refused", view.errors().size()), caller.path(), "import.refused", view.errors(),
                    view.rows())).build();
        }
    }

    private Exports exports(String lang) {
        return new Exports(repositories, Words.of(lang, caller.locale(), rules));
    }
}
