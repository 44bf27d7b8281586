package org.kafo.server.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.DeliberatingBody;
import org.kafo.model.framework.DeliberationOutcome;
import org.kafo.model.framework.FrameworkId;
import org.kafo.rules.command.Command;
import org.kafo.rules.command.DissolveFramework;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.RecordDeliberation;
import org.kafo.rules.command.ResumeFramework;
import org.kafo.rules.command.SuspendFramework;
import org.kafo.server.access.Permission;
import org.kafo.server.api.FrameworkView;

/**
 * A framework's life by its deliberations: the council's deliberation that establishes it (EST-1 to
 * EST-4), later ones (renewal, change of sectors, dissolution), and its suspension, resumption or
 * dissolution: the commune officer's, as the access policy says.
 */
@Path("frameworks/{id}/deliberations")
@Produces(Pages.HTML)
public class DeliberationPages extends FrameworkLifePages {

    @GET
    public Response deliberations(@PathParam("id") FrameworkId id, @QueryParam("done") String done,
            @QueryParam("warned") String warned) {
        return render(200, access.framework(id, Permission.READ_FRAMEWORK), Sent.none(), done, warnings(warned));
    }

    @POST
    @Path("establishment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response establish(@PathParam("id") FrameworkId id, MultivaluedMap<String, String> form) {
        ConsultationFramework framework = access.framework(id, Permission.ESTABLISH_FRAMEWORK);
        FormInput input = new FormInput();
        CouncilDeliberation deliberation = deliberation(input, form);
        LocalDate on = input.date("on", first(form, "on"), true);
        return run(framework, "establish", form, input, () -> new EstablishFramework(id, deliberation, on),
                "deliberations.established");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("id") FrameworkId id, MultivaluedMap<String, String> form) {
        ConsultationFramework framework = access.framework(id, Permission.RECORD_DELIBERATION);
        FormInput input = new FormInput();
        CouncilDeliberation deliberation = deliberation(input, form);
        if (deliberation == null) {
            input.required("number", null);
        }
        DeliberationOutcome outcome = input.choice("outcome", first(form, "outcome"), DeliberationOutcome.class, true);
        List<Sector> sectors = outcome == DeliberationOutcome.SECTORS_CHANGE
                ? all(form, "sectors").stream().map(Sector::of).toList() : List.of();
        LocalDate on = input.date("on", first(form, "on"), true);
        return run(framework, "later", form, input, () -> new RecordDeliberation(id, deliberation, outcome, sectors, on),
                "deliberations.recorded");
    }

    @POST
    @Path("suspension")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response suspend(@PathParam("id") FrameworkId id, MultivaluedMap<String, String> form) {
        ConsultationFramework framework = access.framework(id, Permission.CHANGE_FRAMEWORK_STATUS);
        return changeStatus(framework, "suspend", true, form, (reason, on) -> new SuspendFramework(id, reason, on),
                "deliberations.suspended");
    }

    @POST
    @Path("resumption")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resume(@PathParam("id") FrameworkId id, MultivaluedMap<String, String> form) {
        ConsultationFramework framework = access.framework(id, Permission.CHANGE_FRAMEWORK_STATUS);
        return changeStatus(framework, "resume", false, form, (reason, on) -> new ResumeFramework(id, reason, on),
                "deliberations.resumed");
    }

    @POST
    @Path("dissolution")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dissolve(@PathParam("id") FrameworkId id, MultivaluedMap<String, String> form) {
        ConsultationFramework framework = access.framework(id, Permission.CHANGE_FRAMEWORK_STATUS);
        return changeStatus(framework, "dissolve", true, form, (reason, on) -> new DissolveFramework(id, reason, on),
                "deliberations.dissolved");
    }

    /** A suspension, resumption or dissolution, the access policy asked: a reason (required or not) and a day. */
    private Response changeStatus(ConsultationFramework framework, String name, boolean reasonRequired,
            MultivaluedMap<String, String> form, BiFunction<String, LocalDate, Command> command, String done) {
        FormInput input = new FormInput();
        String reason = reasonRequired ? input.required("reason", first(form, "reason"))
                : FormInput.optional(first(form, "reason"));
        LocalDate on = input.date("on", first(form, "on"), true);
        return run(framework, name, form, input, () -> command.apply(reason, on), done);
    }

    /**
     * The deliberation as typed: none when its fields are all left blank (EST-1 then says what is
     * missing), otherwise each of its fields must be read.
     */
    private static CouncilDeliberation deliberation(FormInput input, MultivaluedMap<String, String> form) {
        String number = FormInput.optional(first(form, "number"));
        String date = FormInput.optional(first(form, "date"));
        String decision = FormInput.optional(first(form, "decision"));
        if (number == null && date == null && decision == null) {
            return null;
        }
        number = input.required("number", number);
        LocalDate day = input.date("date", date, true);
        decision = input.required("decision", decision);
        DeliberatingBody body = input.choice("body", first(form, "body"), DeliberatingBody.class, true);
        return number == null || day == null || decision == null || body == null ? null
                : new CouncilDeliberation(number, day, decision, body);
    }

    private Response run(ConsultationFramework framework, String name, MultivaluedMap<String, String> form,
            FormInput input, Supplier<Command> command, String done) {
        return run(frameworkAt(form, framework.id()), name, null, form, input, command,
                "/frameworks/" + framework.id().value() + "/deliberations", done,
                (status, sent) -> render(status, framework, sent, null, List.of()));
    }

    private Response render(int status, ConsultationFramework framework, Sent sent, String done, List<VerdictLine> warned) {
        List<String> sectors = rules.sectors(visit.texts().locale()).stream().map(Sector::code).toList();
        return page(status, "deliberations.jte", "deliberations.title", "f", FrameworkView.of(framework),
                "allowed", access.allowed(framework), "sectors", sectors, "sent", sent, "done", done, "warned", warned,
                "today", LocalDate.now());
    }
}
