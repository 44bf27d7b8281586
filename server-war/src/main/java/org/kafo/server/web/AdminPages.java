package org.kafo.server.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.kafo.model.Repositories;
import org.kafo.model.common.DomainException;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.Region;
import org.kafo.rules.command.Command;
import org.kafo.rules.process.Outcome;
import org.kafo.server.access.Caller;
import org.kafo.server.access.Permission;
import org.kafo.server.access.Role;
import org.kafo.server.api.AccountRequests;
import org.kafo.server.api.AccountView;
import org.kafo.server.api.HistoryEntryView;
import org.kafo.server.api.Page;
import org.kafo.server.api.RegisterCercleRequest;
import org.kafo.server.api.RegisterCommuneRequest;
import org.kafo.server.api.RegisterOrganisationRequest;
import org.kafo.server.api.RegisterRegionRequest;
import org.kafo.server.history.History;
import org.kafo.server.problem.ProblemMapper;
import org.kafo.server.signin.AccountService;
import org.kafo.server.signin.Accounts;
import org.kafo.server.write.Precondition;

/**
 * The administrator's pages: accounts and their roles (through the API's {@link AccountService}),
 * the territory and the organisations (their commands through the process, as the API runs them),
 * each decided by the access policy with the API's permission: {@code MANAGE_ACCOUNTS},
 * {@code MANAGE_TERRITORY}, and {@code REGISTER_ORGANISATION} for the organisation's commune; and
 * the platform's history, newest first ({@code READ_PLATFORM_HISTORY}, as {@code GET /api/history}).
 */
@Path("admin")
@Produces(Pages.HTML)
public class AdminPages extends Pages {

    /** The tabs of the administration, each labelled {@code admin.<tab>} ({@code admin.index} for the first). */
    public static final List<String> TABS = List.of("", "accounts", "territory", "organisations", "history");

    static final int ACCOUNTS_PER_PAGE = 50;

    @Inject
    Repositories repositories;

    @Inject
    AccountService service;

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @Inject
    History history;

    @GET
    public Response index() {
        access.require(Permission.MANAGE_ACCOUNTS);
        return page("admin.jte", "admin.title");
    }

    @GET
    @Path("history")
    public Response platformHistory(@QueryParam("page") Integer page) {
        access.require(Permission.READ_PLATFORM_HISTORY);
        Page<HistoryEntryView> entries = history.newestOutsideFrameworks(Page.Request.at(page, HistoryPages.SIZE));
        return page("history.jte", "history.platform", "name", visit.texts().get("history.platform"),
                "framework", null, "entries", HistoryPages.lines(entries, visit.texts(), accounts), "at", entries);
    }

    // Accounts

    @GET
    @Path("accounts")
    public Response accounts(@QueryParam("page") Integer page, @QueryParam("done") String done) {
        access.require(Permission.MANAGE_ACCOUNTS);
        return accountsPage(200, Page.Request.at(page, ACCOUNTS_PER_PAGE), Sent.none(), done);
    }

    @POST
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createAccount(@FormParam("username") String username, @FormParam("displayName") String displayName,
            @FormParam("password") String password, @FormParam("administrator") String administrator) {
        access.require(Permission.MANAGE_ACCOUNTS);
        FormInput input = new FormInput();
        String name = input.required("username", username);
        String display = input.required("displayName", displayName);
        String secret = input.required("password", password);
        Map<String, List<String>> typed = typed("username", username, "displayName", displayName);
        Page.Request first = Page.Request.at(0, ACCOUNTS_PER_PAGE);
        if (!input.valid()) {
            return accountsPage(400, first, Sent.of("account", null, typed, input, List.of()), null);
        }
        return orProblem(() -> {
            service.create(new AccountRequests.CreateAccount(name, display, secret, administrator != null), caller);
            return seeOther("/admin/accounts/" + name + "?done=admin.account-created");
        }, (status, problem) -> accountsPage(status, first, Sent.refused("account", null, typed, problem), null));
    }

    @GET
    @Path("accounts/{username}")
    public Response account(@PathParam("username") String username, @QueryParam("done") String done) {
        access.require(Permission.MANAGE_ACCOUNTS);
        return accountPage(200, service.view(username), Sent.none(), done);
    }

    @POST
    @Path("accounts/{username}/grants")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grant(@PathParam("username") String username, @FormParam("role") String role,
            @FormParam("commune") String commune, @FormParam("framework") String framework,
            @FormParam("organisation") String organisation) {
        access.require(Permission.MANAGE_ACCOUNTS);
        AccountView account = service.view(username);
        FormInput input = new FormInput();
        Role chosen = input.choice("role", role, Role.class, true);
        UUID communeId = input.id("commune", commune, false);
        UUID frameworkId = input.id("framework", framework, false);
        UUID organisationId = input.id("organisation", organisation, false);
        if (communeId == null && frameworkId == null && input.error("commune") == null) {
            input.error("commune", "admin.grant-scope");
        }
        Map<String, List<String>> typed = typed("role", role, "commune", commune, "framework", framework,
                "organisation", organisation);
        if (!input.valid()) {
            return accountPage(400, account, Sent.of("grant", null, typed, input, List.of()), null);
        }
        return orProblem(() -> {
            service.grant(username, new AccountRequests.GrantRole(chosen.name(), communeId, frameworkId, organisationId),
                    caller);
            return seeOther("/admin/accounts/" + username + "?done=admin.role-granted");
        }, (status, problem) -> accountPage(status, account, Sent.refused("grant", null, typed, problem), null));
    }

    @POST
    @Path("accounts/{username}/grants/{grant}/revocation")
    public Response revoke(@PathParam("username") String username, @PathParam("grant") String grant) {
        access.require(Permission.MANAGE_ACCOUNTS);
        service.revoke(username, Identifier.parse(grant), caller);
        return seeOther("/admin/accounts/" + username + "?done=admin.revoked");
    }

    @POST
    @Path("accounts/{username}/disablement")
    public Response disable(@PathParam("username") String username) {
        access.require(Permission.MANAGE_ACCOUNTS);
        service.disable(username, true, caller);
        return seeOther("/admin/accounts/" + username + "?done=admin.disabled");
    }

    @POST
    @Path("accounts/{username}/enablement")
    public Response enable(@PathParam("username") String username) {
        access.require(Permission.MANAGE_ACCOUNTS);
        service.disable(username, false, caller);
        return seeOther("/admin/accounts/" + username + "?done=admin.enabled");
    }

    private Response accountsPage(int status, Page.Request paging, Sent sent, String done) {
        Page<Accounts.Account> found = accounts.accounts(paging);
        List<AccountView> views = found.items().stream().map(a -> service.view(a.username())).toList();
        return page(status, "adminaccounts.jte", "admin.accounts", "accounts", views, "at", found, "sent", sent,
                "done", notice(done));
    }

    private Response accountPage(int status, AccountView account, Sent sent, String done) {
        Map<UUID, String> names = new HashMap<>();
        List<Commune> communes = communes();
        communes.forEach(c -> names.put(c.id().value(), c.name()));
        List<ConsultationFramework> frameworks = repositories.frameworks().findAll().stream()
                .sorted(Comparator.comparing(ConsultationFramework::name)).toList();
        frameworks.forEach(f -> names.put(f.id().value(), f.name() + " (" + names.getOrDefault(f.commune().value(), "")
                + ")"));
        List<Organisation> organisations = new ArrayList<>();
        communes.forEach(c -> organisations.addAll(repositories.organisations().findByCommune(c.id())));
        account.grants().stream().map(AccountView.GrantView::organisation).filter(o -> o != null)
                .map(org.kafo.model.organisation.OrganisationId::new).filter(o -> organisations.stream()
                        .noneMatch(known -> known.id().equals(o)))
                .forEach(o -> repositories.organisations().find(o).ifPresent(organisations::add));
        organisations.sort(Comparator.comparing(Organisation::name));
        organisations.forEach(o -> names.put(o.id().value(), o.name()));
        return page(status, "adminaccount.jte", "admin.account", "account", account, "names", names,
                "communes", communes, "frameworks", frameworks, "organisations", organisations,
                "roles", Arrays.asList(Role.values()), "sent", sent, "done", notice(done));
    }

    // Territory

    @GET
    @Path("territory")
    public Response territory(@QueryParam("cercle") CercleId cercle, @QueryParam("done") String done) {
        access.require(Permission.MANAGE_TERRITORY);
        return territoryPage(200, cercle, Sent.none(), done);
    }

    @POST
    @Path("territory/regions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response registerRegion(@FormParam("code") String code, @FormParam("name") String name) {
        access.require(Permission.MANAGE_TERRITORY);
        FormInput input = new FormInput();
        String c = input.required("code", code);
        String n = input.required("name", name);
        return register("region", typed("code", code, "name", name), input,
                () -> new RegisterRegionRequest(c, n, null, null).toCommand(), outcome -> "/admin/territory",
                (status, sent) -> territoryPage(status, null, sent, null));
    }

    @POST
    @Path("territory/cercles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response registerCercle(@FormParam("code") String code, @FormParam("name") String name,
            @FormParam("region") String region) {
        access.require(Permission.MANAGE_TERRITORY);
        FormInput input = new FormInput();
        String c = input.required("code", code);
        String n = input.required("name", name);
        UUID r = input.id("region", region, true);
        return register("cercle", typed("code", code, "name", name, "region", region), input,
                () -> new RegisterCercleRequest(c, n, r, null, null).toCommand(),
                (Outcome<Cercle> outcome) -> "/admin/territory?cercle=" + outcome.result().id().value(),
                (status, sent) -> territoryPage(status, null, sent, null));
    }

    @POST
    @Path("territory/communes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response registerCommune(@FormParam("code") String code, @FormParam("name") String name,
            @FormParam("cercle") String cercle, @FormParam("from") String from) {
        access.require(Permission.MANAGE_TERRITORY);
        FormInput input = new FormInput();
        String c = input.required("code", code);
        String n = input.required("name", name);
        UUID cercleId = input.id("cercle", cercle, true);
        LocalDate since = input.date("from", from, false);
        Cercle in = cercleId == null ? null : repositories.cercles().find(new CercleId(cercleId)).orElse(null);
        if (cercleId != null && in == null) {
            input.error("cercle", "form.choice-invalid");
        }
        CercleId shown = in == null ? null : in.id();
        return register("commune", typed("code", code, "name", name, "cercle", cercle, "from", from), input,
                () -> new RegisterCommuneRequest(c, n, List.of(), cercleId, in.region().value(), since, null, null)
                        .toCommand(),
                outcome -> "/admin/territory?cercle=" + cercleId,
                (status, sent) -> territoryPage(status, shown, sent, null));
    }

    private Response territoryPage(int status, CercleId cercle, Sent sent, String done) {
        List<Region> regions = repositories.regions().findAll().stream().sorted(Comparator.comparing(Region::code))
                .toList();
        List<Cercle> cercles = repositories.cercles().findAll().stream().sorted(Comparator.comparing(Cercle::code))
                .toList();
        Map<UUID, String> names = new HashMap<>();
        regions.forEach(r -> names.put(r.id().value(), r.name()));
        Cercle chosen = cercle == null ? null : repositories.cercles().get(cercle);
        List<Commune> communes = chosen == null ? List.of() : repositories.communes().findAll().stream()
                .filter(c -> c.currentAssignment().cercle().equals(chosen.id()))
                .sorted(Comparator.comparing(Commune::code)).toList();
        return page(status, "territory.jte", "admin.territory", "regions", regions, "cercles", cercles,
                "communes", communes, "cercle", chosen, "names", names, "sent", sent,
                "done", notice(done));
    }

    // Organisations

    @GET
    @Path("organisations")
    public Response organisations(@QueryParam("commune") CommuneId commune, @QueryParam("done") String done) {
        access.require(Permission.MANAGE_TERRITORY);
        return organisationsPage(200, commune, Sent.none(), done);
    }

    @POST
    @Path("organisations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response registerOrganisation(@FormParam("name") String name, @FormParam("acronym") String acronym,
            @FormParam("kind") String kind, @FormParam("commune") String commune, @FormParam("sectors") String sectors,
            @FormParam("on") String on) {
        FormInput input = new FormInput();
        UUID communeId = input.id("commune", commune, false);
        access.commune(communeId == null ? null : new CommuneId(communeId), Permission.REGISTER_ORGANISATION, null);
        String n = input.required("name", name);
        OrganisationKind k = input.choice("kind", kind, OrganisationKind.class, true);
        LocalDate day = input.date("on", on, true);
        List<String> codes = new ArrayList<>();
        for (String code : FormInput.optional(sectors) == null ? new String[0] : sectors.split("[,;\\s]+")) {
            try {
                codes.add(Sector.of(code.strip()).code());
            } catch (DomainException | IllegalArgumentException e) {
                input.error("sectors", "admin.sectors-invalid");
            }
        }
        CommuneId shown = communeId == null ? null : new CommuneId(communeId);
        return register("organisation", typed("name", name, "acronym", acronym, "kind", kind, "commune", commune,
                "sectors", sectors, "on", on), input,
                () -> new RegisterOrganisationRequest(n, FormInput.optional(acronym), k, communeId, codes, null, null, day)
                        .toCommand(),
                outcome -> "/admin/organisations" + (communeId == null ? "" : "?commune=" + communeId),
                (status, sent) -> organisationsPage(status, shown, sent, null));
    }

    private Response organisationsPage(int status, CommuneId commune, Sent sent, String done) {
        List<Commune> communes = communes();
        Commune chosen = commune == null ? null : repositories.communes().get(commune);
        List<Organisation> organisations = chosen == null ? List.of()
                : repositories.organisations().findByCommune(chosen.id()).stream()
                        .sorted(Comparator.comparing(Organisation::name)).toList();
        return page(status, "organisations.jte", "admin.organisations", "communes", communes, "commune", chosen,
                "organisations", organisations, "kinds", Arrays.asList(OrganisationKind.values()), "sent", sent,
                "done", notice(done));
    }

    // What the forms share

    /**
     * Runs a registration through the process ({@link #send}): accepted, see where it leads
     * ({@code next}), with the notice {@code admin.<name>-registered}; unread (400), refused by the
     * rules (422) or by the model (its status), the same page with the form as typed.
     */
    private <A extends org.kafo.model.common.AggregateRoot<?>> Response register(String name,
            Map<String, List<String>> typed, FormInput input, Supplier<Command> command,
            java.util.function.Function<Outcome<A>, String> next, Again again) {
        return orProblem(() -> send(name, null, typed, input, Precondition.NONE, command, (Outcome<A> outcome) -> {
            String path = next.apply(outcome);
            return seeOther(path + (path.contains("?") ? "&" : "?") + "done=admin." + name + "-registered");
        }, again), (status, problem) -> again.with(status, Sent.refused(name, null, typed, problem)));
    }

    /** What the model or the accounts refuse (a name taken, a field it does not accept): the form again, with why. */
    private Response orProblem(Supplier<Response> attempt, java.util.function.BiFunction<Integer, String, Response> again) {
        try {
            return attempt.get();
        } catch (DomainException e) {
            org.kafo.server.api.Problem problem = ProblemMapper.of(caller, rules).problem(e);
            if (problem.status() == 404 || problem.status() == 403) {
                throw e;
            }
            return again.apply(problem.status(), problem.detail() == null ? problem.title() : problem.detail());
        }
    }

    private List<Commune> communes() {
        return repositories.communes().findAll().stream().sorted(Comparator.comparing(Commune::name)).toList();
    }

    /** The notice of a form that led here, when its key is one of this area's. */
    private static String notice(String done) {
        return done != null && done.matches("admin\\.[a-z-]+") ? done : null;
    }

    /** What was typed, field by field, as a form sends it. */
    private static Map<String, List<String>> typed(String... namesAndValues) {
        Map<String, List<String>> typed = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            typed.put(namesAndValues[i], List.of(namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]));
        }
        return typed;
    }
}
