package org.kafo.server.resource;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kafo.model.Repositories;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.indicator.TotalsQueries;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.RegionId;
import org.kafo.server.access.AccessPolicy;
import org.kafo.server.access.Permission;
import org.kafo.server.api.IndicatorsView;

/**
 * Indicators of several frameworks added up by the database; one framework's are under
 * {@code /frameworks/{id}/indicators}.
 */
@Path("indicators")
@Tag(name = "Indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    @Inject
    Repositories repositories;

    @Inject
    AccessPolicy access;

    @Inject
    TotalsQueries totals;

    @GET
    @Operation(summary = "The frameworks of a cercle, a region (as the territory was on the day) or the whole country, added up")
    public IndicatorsView combined(@QueryParam("region") RegionId region, @QueryParam("cercle") CercleId cercle,
            @Parameter(description = "ISO-8601 day, default today") @QueryParam("asOf") LocalDate asOf) {
        access.require(Permission.READ_DIRECTORY);
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        if (region != null && cercle != null) {
            throw new InvariantViolationException("query.invalid", "name a region or a cercle, not both");
        }
        if (cercle != null) {
            repositories.cercles().get(cercle);
            return IndicatorsView.of(totals.sumOfCercle(cercle, day));
        }
        if (region != null) {
            repositories.regions().get(region);
            return IndicatorsView.of(totals.sumOfRegion(region, day));
        }
        return IndicatorsView.of(totals.sumOfCountry(day));
    }
}
