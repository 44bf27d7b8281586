package org.kafo.server.web;

import jakarta.inject.Inject;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.kafo.model.Repositories;
import org.kafo.model.common.Money;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedId;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.rules.command.Command;
import org.kafo.rules.command.CorrectNeed;
import org.kafo.rules.command.RecordNeed;
import org.kafo.rules.command.WithdrawNeed;
import org.kafo.rules.process.Outcome;
import org.kafo.server.access.Allowed;
import org.kafo.server.access.Permission;
import org.kafo.server.api.NeedView;
import org.kafo.server.history.History;
import org.kafo.server.write.Precondition;

/**
 * A framework's needs by priority sector, recorded by the representatives of the organisations
 * that raise them; one need with its corrections, withdrawn or corrected by those who raised it.
 */
@Path("")
@Produces(Pages.HTML)
public class NeedPages extends Pages {

    @Inject
    Repositories repositories;

    @Inject
    History history;

    @GET
    @Path("frameworks/{id}/needs")
    public Response needs(@PathParam("id") FrameworkId id, @QueryParam("done") String done,
            @QueryParam("count") String count, @QueryParam("file") String file) {
        ConsultationFramework framework = access.framework(id, Permission.READ_FRAMEWORK);
        String imported = ImportPages.notice(visit.texts(), done, count, file);
        return needsPage(200, framework, Sent.none(), imported == null ? done : null, imported);
    }

    @POST
    @Path("frameworks/{id}/needs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("id") FrameworkId id, MultivaluedMap<String, String> form) {
        FormInput in = new FormInput();
        UUID raisedBy = in.id("raisedBy", form.getFirst("raisedBy"), true);
        Sector sector = sector(in, form.getFirst("sector"));
        NeedKind kind = in.choice("kind", form.getFirst("kind"), NeedKind.class, true);
        String description = in.required("description", form.getFirst("description"));
        Long cost = in.amount("cost", form.getFirst("cost"), false);
        LocalDate on = in.date("on", form.getFirst("on"), true);
        // a form that cannot be read is shown again to a reader who may read the framework
        ConsultationFramework framework = in.valid()
                ? access.framework(id, Permission.RECORD_NEED, new OrganisationId(raisedBy))
                : access.framework(id, Permission.READ_FRAMEWORK);
        return send("record", null, form, in, Precondition.ifMatch(form.getFirst("version"), repositories.frameworks(),
                id, "framework"), () -> new RecordNeed(id, new OrganisationId(raisedBy), sector, kind, description,
                        money(cost), on),
                accepted("/frameworks/" + id.value() + "/needs", "needs.recorded"),
                (status, sent) -> needsPage(status, framework, sent, null));
    }

    @GET
    @Path("needs/{needId}")
    public Response need(@PathParam("needId") NeedId id, @QueryParam("done") String done) {
        Need need = access.need(id, Permission.READ_FRAMEWORK);
        return needPage(200, need, Sent.none(), done, List.of());
    }

    @POST
    @Path("needs/{needId}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("needId") NeedId id, MultivaluedMap<String, String> form) {
        FormInput in = new FormInput();
        String reason = in.required("reason", form.getFirst("reason"));
        LocalDate on = in.date("withdrawnOn", form.getFirst("withdrawnOn"), true);
        Need need = in.valid() ? access.need(id, Permission.WITHDRAW_NEED) : access.need(id, Permission.READ_FRAMEWORK);
        return change("withdraw", need, form, in, () -> new WithdrawNeed(id, reason, on), "need.withdrawn");
    }

    @POST
    @Path("needs/{needId}/correction")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correct(@PathParam("needId") NeedId id, MultivaluedMap<String, String> form) {
        FormInput in = new FormInput();
        Sector sector = sector(in, form.getFirst("sector"));
        NeedKind kind = in.choice("kind", form.getFirst("kind"), NeedKind.class, true);
        String description = in.required("description", form.getFirst("description"));
        Long cost = in.amount("cost", form.getFirst("cost"), false);
        String reason = in.required("correctionReason", form.getFirst("correctionReason"));
        LocalDate on = in.date("correctedOn", form.getFirst("correctedOn"), true);
        Need need = in.valid() ? access.need(id, Permission.CORRECT_NEED) : access.need(id, Permission.READ_FRAMEWORK);
        return change("correct", need, form, in,
                () -> new CorrectNeed(id, sector, kind, description, money(cost), reason, on), "need.corrected");
    }

    /** One form's change of the need, the access policy asked: the need's page again, or after. */
    private Response change(String name, Need need, MultivaluedMap<String, String> form, FormInput in,
            Supplier<Command> command, String key) {
        return send(name, null, form, in, Precondition.ifMatch(form.getFirst("version"), repositories.needs(),
                need.id(), "need"), command, accepted("/needs/" + need.id().value(), key),
                (status, sent) -> needPage(status, need, sent, null, List.of()));
    }

    /** Accepted: the need's page with the warnings when there are, else {@code path} by a 303. */
    private Function<Outcome<Need>, Response> accepted(String path, String key) {
        return outcome -> outcome.verdicts().isEmpty() ? seeOther(path + "?done=" + key)
                : needPage(200, outcome.result(), Sent.none(), key, lines(outcome.verdicts()));
    }

    private static Sector sector(FormInput in, String code) {
        String read = in.required("sector", code);
        if (read == null) {
            return null;
        }
        try {
            return Sector.of(read);
        } catch (RuntimeException e) {
            in.error("sector", "form.choice-invalid");
            return null;
        }
    }

    private static Money money(Long amount) {
        return amount == null ? null : new Money(amount, Money.XOF);
    }

    private Response needsPage(int status, ConsultationFramework framework, Sent sent, String done) {
        return needsPage(status, framework, sent, done, null);
    }

    private Response needsPage(int status, ConsultationFramework framework, Sent sent, String done, String imported) {
        List<Need> needs = repositories.needs().findByFramework(framework.id());
        List<String> sectors = framework.prioritySectors().stream().map(Sector::code).toList();
        Map<String, List<NeedView>> bySector = new LinkedHashMap<>();
        sectors.forEach(s -> bySector.put(s, new ArrayList<>()));
        needs.stream().sorted(Comparator.comparing(Need::identifiedOn))
                .forEach(n -> bySector.computeIfAbsent(n.sector().code(), s -> new ArrayList<>()).add(NeedView.of(n)));
        Allowed allowed = access.allowed(framework);
        Set<UUID> mayRecord = allowed.organisations(Permission.RECORD_NEED);
        Map<UUID, String> names = names(needs.stream().map(n -> n.raisedBy().value()).collect(Collectors.toSet()),
                mayRecord);
        List<NeedsPage.Choice> organisations = mayRecord.stream().map(o -> new NeedsPage.Choice(o, names.get(o)))
                .sorted(Comparator.comparing(NeedsPage.Choice::name)).toList();
        return page(status, "needs.jte", "needs.title", "n", new NeedsPage(framework.id().value(), framework.name(),
                framework.version(), sectors, bySector, names, organisations, sent, done, imported));
    }

    private Response needPage(int status, Need need, Sent sent, String done, List<VerdictLine> verdicts) {
        ConsultationFramework framework = repositories.frameworks().get(need.framework());
        Allowed allowed = access.allowed(framework);
        List<NeedPage.Correction> corrections = history.ofAggregate(framework.id().value(), need.id().value()).stream()
                .flatMap(entry -> entry.events().asJsonArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                        .filter(e -> e.getString("type", "").equals("need.corrected"))
                        .map(e -> NeedPage.Correction.of(e, entry.user())))
                .toList();
        Set<String> sectors = new java.util.LinkedHashSet<>(framework.prioritySectors().stream().map(Sector::code).toList());
        sectors.add(need.sector().code());
        return page(status, "need.jte", "need.title", "n", new NeedPage(NeedView.of(need), framework.name(),
                names(Set.of(need.raisedBy().value()), Set.of()).get(need.raisedBy().value()), corrections,
                allowed.mayFor(Permission.WITHDRAW_NEED, need.raisedBy().value()),
                allowed.mayFor(Permission.CORRECT_NEED, need.raisedBy().value()), List.copyOf(sectors), sent, done,
                verdicts));
    }

    private Map<UUID, String> names(Collection<UUID> some, Collection<UUID> others) {
        Set<OrganisationId> ids = new java.util.HashSet<>();
        some.forEach(o -> ids.add(new OrganisationId(o)));
        others.forEach(o -> ids.add(new OrganisationId(o)));
        Map<UUID, String> names = new java.util.HashMap<>();
        ids.forEach(o -> names.put(o.value(), o.value().toString()));
        repositories.organisations().findAll(ids).forEach(o -> names.put(o.id().value(), o.name()));
        return names;
    }
}
