package org.kafo.server.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.kafo.model.Repositories;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.server.access.Permission;
import org.kafo.server.sheets.ImportRefusedException;
import org.kafo.server.sheets.ImportReport;
import org.kafo.server.sheets.Imports;
import org.kafo.server.sheets.SheetImports;
import org.kafo.server.sheets.Words;

/**
 * Paper back into Kafo from the pages: a meeting's attendance sheet or a framework's needs
 * inventory, typed into the export's own layout, sent as a file; its dry run shows row by row what
 * would be recorded, and nothing is saved until the reader confirms it. The dry run and the
 * confirmation run through the same imports as the API's ({@link SheetImports}): one transaction,
 * all or nothing, each change's history naming the import. The confirmation brings the file back
 * in the dry-run page's form, sealed ({@link ImportSeal}), so that nothing is kept on the server
 * between the two and a file changed on the way is refused.
 */
@Path("")
@Produces(Pages.HTML)
public class ImportPages extends Pages {

    static final String ATTENDANCE = "attendance";
    static final String NEEDS = "needs";

    @Inject
    Repositories repositories;

    @Inject
    SheetImports imports;

    /** The import of one kind into one meeting or framework, as the page names it and the imports run it. */
    private record Target(String kind, String key, ConsultationFramework framework, String subject, String back,
            String action, Run run) {
    }

    @FunctionalInterface
    private interface Run {
        ImportReport of(String file, byte[] body, Words words, boolean apply);
    }

    @GET
    @Path("meetings/{meetingId}/attendance-import")
    public Response attendanceForm(@PathParam("meetingId") MeetingId id) {
        return choose(200, attendance(access.meeting(id, Permission.RECORD_ATTENDANCE)), null);
    }

    /** A file for its dry run, or, with its seal, brought back from the dry run to be confirmed. */
    @POST
    @Path("meetings/{meetingId}/attendance-import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attendanceImport(@PathParam("meetingId") MeetingId id,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
        return received(attendance(access.meeting(id, Permission.RECORD_ATTENDANCE)), Multipart.parse(type, body));
    }

    @GET
    @Path("frameworks/{id}/needs-import")
    public Response needsForm(@PathParam("id") FrameworkId id) {
        return choose(200, needs(mayRecordNeeds(access.framework(id, Permission.READ_FRAMEWORK))), null);
    }

    /** A file for its dry run, or, with its seal, brought back from the dry run to be confirmed. */
    @POST
    @Path("frameworks/{id}/needs-import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response needsImport(@PathParam("id") FrameworkId id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body) {
        return received(needs(mayRecordNeeds(access.framework(id, Permission.READ_FRAMEWORK))),
                Multipart.parse(type, body));
    }

    /**
     * The notice of an import just confirmed, on the page it led back to ({@code ?done=import.done-attendance&count=12&file=...}):
     * null for any other notice, or one whose figures cannot be read.
     */
    static String notice(Texts t, String done, String count, String file) {
        if (done == null || !done.matches("import\\.done-(attendance|needs)") || count == null
                || !count.matches("[0-9]{1,6}") || file == null) {
            return null;
        }
        return t.get(done, Integer.parseInt(count), Imports.fileName(file));
    }

    /** The dry-run page's confirmation carries a seal; a file chosen does not. */
    private Response received(Target target, Multipart form) {
        return form.part("seal").isPresent() ? confirm(target, form) : dryRun(target, form);
    }

    /** The rows of a file sent for its dry run, judged, nothing saved. */
    private Response dryRun(Target target, Multipart form) {
        Optional<Multipart.Part> file = form.part("file").filter(p -> p.fileName() != null && !p.fileName().isBlank());
        if (file.isEmpty() || file.get().content().length == 0) {
            return choose(400, target, "import.problem.no-file");
        }
        if (file.get().content().length > WebFilter.maxFileBytes()) {
            return choose(413, target, "import.problem.too-large");
        }
        byte[] content = file.get().content();
        String name = Imports.fileName(file.get().fileName());
        ImportReport report = target.run().of(name, content, words(), false);
        return shown(200, target, report, content);
    }

    /** The file the dry run showed, brought back with its seal: applied whole, or the rows that refuse it. */
    private Response confirm(Target target, Multipart form) {
        String name = Imports.fileName(form.field("file"));
        byte[] content;
        try {
            content = Base64.getDecoder().decode(Optional.ofNullable(form.field("data")).orElse("").strip());
        } catch (IllegalArgumentException e) {
            content = new byte[0];
        }
        if (content.length > WebFilter.maxFileBytes()) {
            return choose(413, target, "import.problem.too-large");
        }
        if (content.length == 0 || !seal().holds(form.field("seal"), target.key(), visit.identity().username(),
                Imports.sha256(content), name)) {
            return choose(400, target, "import.problem.changed");
        }
        try {
            ImportReport applied = target.run().of(name, content, words(), true);
            return seeOther(target.back() + "?done=import.done-" + target.kind() + "&count=" + applied.toRecord()
                    + "&file=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        } catch (ImportRefusedException refused) {
            return shown(422, target, refused.report(), content);
        }
    }

    private Response shown(int status, Target target, ImportReport report, byte[] content) {
        ImportPage.Confirm confirm = new ImportPage.Confirm(report.file(), Base64.getEncoder().encodeToString(content),
                seal().of(target.key(), visit.identity().username(), report.sha256(), report.file()));
        return page(status, target, null, ImportPage.report(target.kind(), report, visit.texts(), rules, confirm));
    }

    private Response choose(int status, Target target, String problem) {
        return page(status, target, problem, null);
    }

    private Response page(int status, Target target, String problem, ImportPage.Report report) {
        return page(status, "import.jte", "import.title." + target.kind(), "i",
                ImportPage.choose(target.kind(), target.framework().id().value(), target.framework().name(),
                        target.subject(), target.back(), target.action(), problem).with(report));
    }

    private Target attendance(Meeting meeting) {
        ConsultationFramework framework = repositories.frameworks().get(meeting.framework());
        return new Target(ATTENDANCE, ATTENDANCE + "/" + meeting.id().value(), framework,
                visit.texts().get("meeting.heading", meeting.sequence()), "/meetings/" + meeting.id().value(),
                "/meetings/" + meeting.id().value() + "/attendance-import",
                (file, body, words, apply) -> imports.attendance(meeting, file, body, words, apply));
    }

    private Target needs(ConsultationFramework framework) {
        return new Target(NEEDS, NEEDS + "/" + framework.id().value(), framework, null,
                "/frameworks/" + framework.id().value() + "/needs",
                "/frameworks/" + framework.id().value() + "/needs-import",
                (file, body, words, apply) -> imports.needs(framework, file, body, words, apply));
    }

    /** As the API asks: a reader who may record needs for at least one organisation of the framework. */
    private ConsultationFramework mayRecordNeeds(ConsultationFramework framework) {
        if (!access.allowed(framework).may(Permission.RECORD_NEED)) {
            access.framework(framework.id(), Permission.RECORD_NEED);
        }
        return framework;
    }

    private ImportSeal seal() {
        return new ImportSeal(visit.session());
    }

    private Words words() {
        return Words.of(visit.texts().locale(), rules);
    }
}
