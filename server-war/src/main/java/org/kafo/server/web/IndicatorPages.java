package org.kafo.server.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kafo.model.Repositories;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.indicator.FrameworkIndicators;
import org.kafo.model.indicator.TotalsQueries;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.Region;
import org.kafo.model.territory.RegionId;
import org.kafo.server.access.Permission;
import org.kafo.server.api.IndicatorsView;

/**
 * Indicators as the API reads them ({@code /api/frameworks/{id}/indicators}, {@code /api/indicators}):
 * a framework's, over its cycles, for its parties; a cercle's, a region's and the country's, added
 * up by the database, for anyone signed in, with links down to the places below, and to the
 * frameworks the reader has a role in.
 */
@Path("")
@Produces(Pages.HTML)
public class IndicatorPages extends Pages {

    @Inject
    Repositories repositories;

    @Inject
    TotalsQueries totals;

    @GET
    @Path("frameworks/{id}/indicators")
    public Response framework(@PathParam("id") FrameworkId id) {
        ConsultationFramework framework = access.framework(id, Permission.READ_FRAMEWORK);
        return figures(Figures.framework(repositories, totals, visit.texts(), framework, LocalDate.now(),
                "indicators.today"));
    }

    @GET
    @Path("indicators")
    public Response country() {
        access.require(Permission.READ_DIRECTORY);
        LocalDate today = LocalDate.now();
        List<Figures.Place> places = repositories.regions().findAll().stream()
                .sorted(Comparator.comparing(Region::code))
                .map(r -> new Figures.Place(r.name(), "/indicators/regions/" + r.id().value(),
                        IndicatorsView.of(totals.sumOfRegion(r.id(), today)))).toList();
        return aggregate(visit.texts().get("indicators.country"), totals.sumOfCountry(today), List.of(), places,
                "indicators.regions");
    }

    @GET
    @Path("indicators/regions/{id}")
    public Response region(@PathParam("id") RegionId id) {
        access.require(Permission.READ_DIRECTORY);
        Region region = repositories.regions().get(id);
        LocalDate today = LocalDate.now();
        List<Figures.Place> places = repositories.cercles().findAll().stream().filter(c -> c.region().equals(id))
                .sorted(Comparator.comparing(Cercle::code))
                .map(c -> new Figures.Place(c.name(), "/indicators/cercles/" + c.id().value(),
                        IndicatorsView.of(totals.sumOfCercle(c.id(), today)))).toList();
        return aggregate(region.name(), totals.sumOfRegion(id, today), List.of(countryLink()), places,
                "indicators.cercles");
    }

    @GET
    @Path("indicators/cercles/{id}")
    public Response cercle(@PathParam("id") CercleId id) {
        access.require(Permission.READ_DIRECTORY);
        Cercle cercle = repositories.cercles().get(id);
        Region region = repositories.regions().get(cercle.region());
        LocalDate today = LocalDate.now();
        List<FrameworkIndicators> each = totals.ofCercle(id, today);
        List<Figures.Place> places = new ArrayList<>();
        for (FrameworkIndicators indicators : each) {
            for (FrameworkId frameworkId : indicators.frameworks()) {
                ConsultationFramework framework = repositories.frameworks().get(frameworkId);
                String commune = repositories.communes().get(framework.commune()).name();
                boolean reads = access.allowed(framework).may(Permission.READ_FRAMEWORK);
                places.add(new Figures.Place(framework.name() + " (" + commune + ")",
                        reads ? "/frameworks/" + frameworkId.value() + "/indicators" : null, IndicatorsView.of(indicators)));
            }
        }
        return aggregate(cercle.name(), FrameworkIndicators.sum(today, each),
                List.of(countryLink(), new Figures.Link(region.name(), "/indicators/regions/" + region.id().value())),
                places, "indicators.frameworks");
    }

    private Figures.Link countryLink() {
        return new Figures.Link(visit.texts().get("indicators.country"), "/indicators");
    }

    private Response aggregate(String name, FrameworkIndicators sum, List<Figures.Link> up, List<Figures.Place> places,
            String kind) {
        Texts t = visit.texts();
        IndicatorsView view = IndicatorsView.of(sum);
        List<BarChart> charts = Figures.charts(t, List.of(new Figures.Moment(t.get("indicators.today",
                t.date(view.asOf())), view)), List.of());
        return figures(new Figures(name, null, view, charts, up, places, kind));
    }

    private Response figures(Figures figures) {
        return page("indicators.jte", "indicators.title", "f", figures);
    }
}
