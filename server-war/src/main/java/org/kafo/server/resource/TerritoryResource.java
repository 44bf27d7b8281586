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
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.RegionId;
import org.kafo.server.access.Permission;
import org.kafo.server.api.CommuneView;
import org.kafo.server.api.Page;
import org.kafo.server.api.Paging;
import org.kafo.server.api.Problem;
import org.kafo.server.api.ReassignCommuneRequest;
import org.kafo.server.api.RegionView;
import org.kafo.server.api.RegisterCercleRequest;
import org.kafo.server.api.RegisterCommuneRequest;
import org.kafo.server.api.RegisterRegionRequest;
import org.kafo.server.write.Precondition;

/** Regions, cercles and communes. */
@Path("")
@Tag(name = "Territory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TerritoryResource extends ProcessResource {

    @GET
    @Path("regions")
    @Operation(summary = "Regions, by code")
    public Page<RegionView> regions(@BeanParam Paging pages) {
        access.require(Permission.READ_DIRECTORY);
        return pages.request().of(repositories.regions().findAll(), RegionView::of);
    }

    @POST
    @Path("regions")
    @Operation(summary = "Register a region")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "400", description = "Invalid", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response registerRegion(RegisterRegionRequest request) {
        access.require(Permission.MANAGE_TERRITORY);
        return create(Precondition.NONE, () -> process.registerRegion(Resources.body(request).toCommand()),
                RegionView::of, "regions");
    }

    @GET
    @Path("regions/{id}")
    @Operation(summary = "A region")
    @APIResponse(responseCode = "404", description = "No such region", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response region(@PathParam("id") RegionId id) {
        access.require(Permission.READ_DIRECTORY);
        return Resources.read(repositories.regions().get(id), RegionView::of);
    }

    @GET
    @Path("cercles")
    @Operation(summary = "Cercles, by code; filter by region")
    public Page<RegionView> cercles(@QueryParam("region") RegionId region, @BeanParam Paging pages) {
        access.require(Permission.READ_DIRECTORY);
        List<Cercle> cercles = repositories.cercles().findAll().stream()
                .filter(c -> region == null || c.region().equals(region)).toList();
        return pages.request().of(cercles, RegionView::of);
    }

    @POST
    @Path("cercles")
    @Operation(summary = "Register a cercle in its region")
    @APIResponse(responseCode = "201", description = "Registered")
    public Response registerCercle(RegisterCercleRequest request) {
        access.require(Permission.MANAGE_TERRITORY);
        return create(Precondition.NONE, () -> process.registerCercle(Resources.body(request).toCommand()),
                RegionView::of, "cercles");
    }

    @GET
    @Path("cercles/{id}")
    @Operation(summary = "A cercle")
    public Response cercle(@PathParam("id") CercleId id) {
        access.require(Permission.READ_DIRECTORY);
        return Resources.read(repositories.cercles().get(id), RegionView::of);
    }

    @GET
    @Path("communes")
    @Operation(summary = "Communes, by code; filter by name or alias, code, and the cercle or region they belonged to on a day (default today)")
    public Page<CommuneView> communes(@QueryParam("name") String name, @QueryParam("code") String code,
            @QueryParam("cercle") CercleId cercle, @QueryParam("region") RegionId region, @QueryParam("on") LocalDate on,
            @BeanParam Paging pages) {
        access.require(Permission.READ_DIRECTORY);
        LocalDate day = on == null ? LocalDate.now() : on;
        List<Commune> communes = (name == null || name.isBlank() ? repositories.communes().findAll()
                : repositories.communes().findByName(name.strip())).stream()
                .filter(c -> code == null || c.code().equals(code.strip()))
                .filter(c -> cercle == null || c.assignmentOn(day).filter(a -> a.cercle().equals(cercle)).isPresent())
                .filter(c -> region == null || c.assignmentOn(day).filter(a -> a.region().equals(region)).isPresent())
                .sorted(Comparator.comparing(Commune::code))
                .toList();
        return pages.request().of(communes, CommuneView::of);
    }

    @POST
    @Path("communes")
    @Operation(summary = "Register a commune with its first assignment to a cercle and region")
    @APIResponse(responseCode = "201", description = "Registered")
    public Response registerCommune(RegisterCommuneRequest request) {
        access.require(Permission.MANAGE_TERRITORY);
        return create(Precondition.NONE, () -> process.registerCommune(Resources.body(request).toCommand()),
                CommuneView::of, "communes");
    }

    @GET
    @Path("communes/{id}")
    @Operation(summary = "A commune, with every assignment it had")
    public Response commune(@PathParam("id") CommuneId id) {
        access.require(Permission.READ_DIRECTORY);
        return Resources.read(repositories.communes().get(id), CommuneView::of);
    }

    @POST
    @Path("communes/{id}/reassignments")
    @Operation(summary = "Move the commune to another cercle and region from a day on (a territorial reform)")
    public Response reassign(@PathParam("id") CommuneId id, @HeaderParam("If-Match") String ifMatch,
            ReassignCommuneRequest request) {
        access.require(Permission.MANAGE_TERRITORY);
        return writes.change(Precondition.ifMatch(ifMatch, repositories.communes(), id, "id"),
                () -> process.reassignCommune(Resources.body(request).toCommand(id)), CommuneView::of);
    }
}
