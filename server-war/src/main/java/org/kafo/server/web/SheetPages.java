package org.kafo.server.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.kafo.model.Repositories;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.indicator.TotalsQueries;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.RegionId;
import org.kafo.server.access.Permission;
import org.kafo.server.api.IndicatorsView;
import org.kafo.server.sheets.Download;
import org.kafo.server.sheets.Exports;
import org.kafo.server.sheets.Format;
import org.kafo.server.sheets.Sheet;
import org.kafo.server.sheets.SheetResource;
import org.kafo.server.sheets.Words;

/**
 * The spreadsheets the pages link to, in the page's language: the same sheets as the API's
 * ({@link SheetResource}, {@link Exports}), under the pages' session. The plans, needs, meetings and
 * indicators pages list them ({@code sheetlinks.jte}).
 */
@Path("")
public class SheetPages extends Pages {

    /** The sheets each page links to. */
    public static final List<String> PLANS = List.of("actions", "contributions");
    public static final List<String> NEEDS = List.of("needs", "needs-inventory");
    public static final List<String> MEETINGS = List.of("attendance");
    public static final List<String> MEETING = List.of("attendance-sheet");
    public static final List<String> INDICATORS = List.of("indicators");

    @Inject
    Repositories repositories;

    @Inject
    TotalsQueries totals;

    @GET
    @Path("frameworks/{id}/sheets/{sheet}")
    public Response framework(@PathParam("id") FrameworkId id, @PathParam("sheet") String sheet) {
        ConsultationFramework framework = access.framework(id, Permission.READ_FRAMEWORK);
        String[] wanted = wanted(sheet, Set.of("actions", "contributions", "attendance", "needs", "needs-inventory",
                "indicators"));
        Exports exports = exports();
        Sheet made = SheetResource.frameworkSheet(exports, framework, wanted[0],
                (f, day) -> IndicatorsView.of(totals.ofFramework(f, day)), LocalDate.now());
        return Download.of(made, Format.ofExtension(wanted[1]).orElseThrow(), framework.name() + " - " + made.name());
    }

    @GET
    @Path("meetings/{meetingId}/sheets/{sheet}")
    public Response meeting(@PathParam("meetingId") MeetingId id, @PathParam("sheet") String sheet) {
        Meeting meeting = access.meeting(id, Permission.READ_FRAMEWORK);
        String[] wanted = wanted(sheet, Set.of("attendance-sheet"));
        Exports exports = exports();
        return Download.of(exports.attendanceSheet(meeting), Format.ofExtension(wanted[1]).orElseThrow(),
                SheetResource.attendanceSheetTitle(exports, meeting));
    }

    @GET
    @Path("indicators/sheets/{sheet}")
    public Response country(@PathParam("sheet") String sheet) {
        access.require(Permission.READ_DIRECTORY);
        Exports exports = exports();
        return area(exports, sheet, exports.words().get("indicators.country"),
                IndicatorsView.of(totals.sumOfCountry(LocalDate.now())));
    }

    /** A region's or a cercle's indicators, as their pages show them. */
    @GET
    @Path("indicators/{area: regions|cercles}/{id}/sheets/{sheet}")
    public Response area(@PathParam("area") String area, @PathParam("id") java.util.UUID id,
            @PathParam("sheet") String sheet) {
        access.require(Permission.READ_DIRECTORY);
        LocalDate today = LocalDate.now();
        if (area.equals("regions")) {
            RegionId region = new RegionId(id);
            return area(exports(), sheet, repositories.regions().get(region).name(),
                    IndicatorsView.of(totals.sumOfRegion(region, today)));
        }
        CercleId cercle = new CercleId(id);
        return area(exports(), sheet, repositories.cercles().get(cercle).name(),
                IndicatorsView.of(totals.sumOfCercle(cercle, today)));
    }

    private static Response area(Exports exports, String sheet, String scope, IndicatorsView view) {
        String[] wanted = wanted(sheet, Set.of("indicators"));
        Sheet made = exports.indicators(scope, view);
        return Download.of(made, Format.ofExtension(wanted[1]).orElseThrow(), scope + " - " + made.name());
    }

    /** The sheet's name and extension ({@code actions.xlsx}); 404 for another sheet or format. */
    private static String[] wanted(String path, Set<String> sheets) {
        int dot = path.lastIndexOf('.');
        if (dot < 0 || !sheets.contains(path.substring(0, dot)) || Format.ofExtension(path.substring(dot + 1)).isEmpty()) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return new String[] {path.substring(0, dot), path.substring(dot + 1)};
    }

    private Exports exports() {
        return new Exports(repositories, Words.of(visit.texts().locale(), rules));
    }
}
