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
    public Response needs(@PathParam("id") FrameworkId id, @QueryParam("done") String done) {
        ConsultationFramework framework = access.framework(id, Permission.READ_FRAMEWORK);
        return needsPage(200, framework, Typed.blank(Map.of("on", LocalDate.now().toString())), done, List.of());
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
        Typed typed = Typed.of(form, in);
        if (!in.valid()) {
            return needsPage(400, access.framework(id, Permission.READ_FRAMEWORK), typed, null, List.of());
        }
        ConsultationFramework framework = access.framework(id, Permission.RECORD_NEED, new OrganisationId(raisedBy));
        Outcome<Need> outcome = apply(Precondition.ifMatch(form.getFirst("version"), repositories.frameworks(), id,
                "framework"), new RecordNeed(id, new OrganisationId(raisedBy), sector, kind, description, money(cost), on));
        if (outcome.refused()) {
            return needsPage(422, framework, typed, null, lines(outcome.verdicts()));
        }
        if (!outcome.verdicts().isEmpty()) {
            return needPage(200, outcome.result(), Typed.blank(Map.of()), "needs.recorded", lines(outcome.verdicts()));
        }
        return seeOther("/frameworks/" + id.value() + "/needs?done=needs.recorded");
    }

    @GET
    @Path("needs/{needId}")
    public Response need(@PathParam("needId") NeedId id, @QueryParam("done") String done) {
        Need need = access.need(id, Permission.READ_FRAMEWORK);
        return needPage(200, need, blankCorrection(need), done, List.of());
    }

    @POST
    @Path("needs/{needId}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("needId") NeedId id, MultivaluedMap<String, String> form) {
        FormInput in = new FormInput();
        String reason = in.required("reason", form.getFirst("reason"));
        LocalDate on = in.date("withdrawnOn", form.getFirst("withdrawnOn"), true);
        Typed typed = Typed.of(form, in);
        if (!in.valid()) {
            return needPage(400, access.need(id, Permission.READ_FRAMEWORK), typed, null, List.of());
        }
        Need need = access.need(id, Permission.WITHDRAW_NEED);
        return done(need, apply(Precondition.ifMatch(form.getFirst("version"), repositories.needs(), id, "need"),
                new WithdrawNeed(id, reason, on)), typed, "need.withdrawn");
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
        Typed typed = Typed.of(form, in);
        if (!in.valid()) {
            return needPage(400, access.need(id, Permission.READ_FRAMEWORK), typed, null, List.of());
        }
        Need need = access.need(id, Permission.CORRECT_NEED);
        return done(need, apply(Precondition.ifMatch(form.getFirst("version"), repositories.needs(), id, "need"),
                new CorrectNeed(id, sector, kind, description, money(cost), reason, on)), typed, "need.corrected");
    }

    /** The need's page after a change: 303 when all is well, the page with the verdicts otherwise. */
    private Response done(Need before, Outcome<Need> outcome, Typed typed, String key) {
        if (outcome.refused()) {
            return needPage(422, before, typed, null, lines(outcome.verdicts()));
        }
        if (!outcome.verdicts().isEmpty()) {
            Need after = outcome.result();
            return needPage(200, after, blankCorrection(after), key, lines(outcome.verdicts()));
        }
        return seeOther("/needs/" + before.id().value() + "?done=" + key);
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

    private static Typed blankCorrection(Need need) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("sector", need.sector().code());
        values.put("kind", need.kind().name());
        values.put("description", need.description());
        values.put("cost", need.estimatedCost().map(m -> Long.toString(m.amount())).orElse(""));
        values.put("correctedOn", LocalDate.now().toString());
        values.put("withdrawnOn", LocalDate.now().toString());
        return Typed.blank(values);
    }

    private Response needsPage(int status, ConsultationFramework framework, Typed form, String done,
            List<VerdictLine> verdicts) {
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
                framework.version(), sectors, bySector, names, organisations, form, done, verdicts));
    }

    private Response needPage(int status, Need need, Typed form, String done, List<VerdictLine> verdicts) {
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
                allowed.mayFor(Permission.CORRECT_NEED, need.raisedBy().value()), List.copyOf(sectors), form, done,
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
