package org.kafo.server.resource;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.Membership;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.CommuneId;
import org.kafo.rules.process.Outcome;
import org.kafo.server.access.Permission;
import org.kafo.server.api.MemberCountValue;
import org.kafo.server.api.OrganisationCommands;
import org.kafo.server.api.OrganisationView;
import org.kafo.server.api.Page;
import org.kafo.server.api.Paging;
import org.kafo.server.api.RegisterOrganisationRequest;
import org.kafo.server.api.RegistrationValue;
import org.kafo.server.write.Precondition;

/** The parties: municipalities, professional organisations, technical services, partners, NGOs, programmes. */
@Path("organisations")
@Tag(name = "Organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource extends ProcessResource {

    @GET
    @Operation(summary = "Organisations by name; filter by commune, framework (its members past and present), kind, category, sector or name")
    public Page<OrganisationView> list(@QueryParam("commune") CommuneId commune, @QueryParam("framework") FrameworkId framework,
            @QueryParam("kind") OrganisationKind kind, @QueryParam("category") PartyCategory category,
            @QueryParam("sector") Sector sector, @Parameter(description = "part of the name or acronym, any case")
            @QueryParam("name") String name, @BeanParam Paging pages) {
        access.require(Permission.READ_DIRECTORY);
        Page.Request paging = pages.request();
        String part = name == null ? null : name.strip().toLowerCase(Locale.ROOT);
        List<Organisation> found = candidates(commune, access.filter(framework))
                .stream()
                .filter(o -> kind == null || o.kind() == kind)
                .filter(o -> category == null || o.category() == category)
                .filter(o -> sector == null || o.isActiveIn(sector))
                .filter(o -> part == null || o.name().toLowerCase(Locale.ROOT).contains(part)
                        || o.acronym().map(a -> a.toLowerCase(Locale.ROOT).contains(part)).orElse(false))
                .sorted(Comparator.comparing(Organisation::name).thenComparing(o -> o.id().value()))
                .toList();
        return paging.of(found, OrganisationView::of);
    }

    /** The organisations of a commune, of a framework, or all of them (of every commune and of none). */
    private Collection<Organisation> candidates(CommuneId commune, FrameworkId framework) {
        Map<OrganisationId, Organisation> found = new LinkedHashMap<>();
        if (framework != null) {
            ConsultationFramework f = repositories.frameworks().get(framework);
            Set<OrganisationId> members = f.memberships().stream().map(Membership::organisation).collect(Collectors.toSet());
            repositories.organisations().findAll(members).forEach(o -> found.put(o.id(), o));
            if (commune != null) {
                found.values().removeIf(o -> !o.commune().map(commune::equals).orElse(false));
            }
            return found.values();
        }
        if (commune != null) {
            repositories.communes().get(commune);
            return repositories.organisations().findByCommune(commune);
        }
        for (Commune c : repositories.communes().findAll()) {
            repositories.organisations().findByCommune(c.id()).forEach(o -> found.put(o.id(), o));
        }
        repositories.organisations().findOutsideCommunes().forEach(o -> found.put(o.id(), o));
        return found.values();
    }

    @POST
    @Operation(summary = "Register an organisation")
    @APIResponse(responseCode = "201", description = "Registered")
    public Response register(RegisterOrganisationRequest request) {
        access.commune(request == null ? null : Resources.id(request.commune(), CommuneId::new), Permission.REGISTER_ORGANISATION, null);
        return create(Precondition.NONE, () -> process.registerOrganisation(Resources.body(request).toCommand()),
                OrganisationView::of, "organisations");
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An organisation")
    public Response organisation(@PathParam("id") OrganisationId id) {
        access.require(Permission.READ_DIRECTORY);
        return Resources.read(repositories.organisations().get(id), OrganisationView::of);
    }

    @POST
    @Path("{id}/member-counts")
    @Operation(summary = "Record how many members the organisation has, women and youth among them")
    public Response countMembers(@PathParam("id") OrganisationId id, @HeaderParam("If-Match") String ifMatch,
            MemberCountValue request) {
        access.organisation(id, Permission.UPDATE_ORGANISATION);
        return onOrganisation(id, ifMatch,
                () -> process.countMembers(OrganisationCommands.toCommand(id, Resources.body(request))));
    }

    @POST
    @Path("{id}/registration")
    @Operation(summary = "Record the organisation's legal registration (formalisation)")
    public Response formalise(@PathParam("id") OrganisationId id, @HeaderParam("If-Match") String ifMatch,
            RegistrationValue request) {
        access.organisation(id, Permission.UPDATE_ORGANISATION);
        return onOrganisation(id, ifMatch,
                () -> process.formalise(OrganisationCommands.toFormalise(id, Resources.body(request))));
    }

    /** A change to the organisation, at the version of If-Match. */
    private Response onOrganisation(OrganisationId organisation, String ifMatch, Supplier<Outcome<Organisation>> change) {
        return writes.change(Precondition.ifMatch(ifMatch, repositories.organisations(), organisation, "id"), change,
                OrganisationView::of);
    }
}
