package org.kafo.server;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Kafo's REST API, under {@code /api}; its OpenAPI document is at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Kafo", version = "0.1.0",
                description = """
                        Consultation frameworks (cadres de concertation) between a rural commune and the professional
                        organisations of its priority sectors, after the PACT approach (GIZ, Mali). Every write runs one
                        command of the process: the rule book judges it; an accepted change answers the aggregate as saved
                        with its verdicts (warnings included) and domain events; a refused one answers 422 with the
                        blocking verdicts as application/problem+json, messages in the Accept-Language (fr or en).
                        Dates are ISO-8601 days; money is {"amount": whole francs, "currency": "XOF"}; every aggregate
                        has a version (field `version`, header ETag) that a write may require with If-Match (409 when
                        stale). Collections take ?page= (from 0) and ?size= (1 to 100, default 20).
                        Every resource but /api/ping needs a signed-in caller: HTTP Basic, or a Bearer token from
                        POST /api/auth/tokens; 401 without, 403 for a role that may not, 404 for a framework where the
                        caller has no role.""",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0.txt")),
        tags = {
                @Tag(name = "Territory", description = "Regions, cercles and communes, with the 2023 reform's reassignments"),
                @Tag(name = "Organisations", description = "The parties: municipality, cooperatives, services, partners, NGOs, programme"),
                @Tag(name = "Frameworks", description = "Proposal, council deliberation, members"),
                @Tag(name = "Needs", description = "Needs identified by the professionals"),
                @Tag(name = "Meetings", description = "Convocation and agenda, attendance, holding, minutes"),
                @Tag(name = "Plans", description = "Three-month action plans, their actions, contributions and review"),
                @Tag(name = "Committee", description = "The monitoring committee, its mandate, reports and obstacles"),
                @Tag(name = "Indicators", description = "Indicators computed from the recorded history"),
                @Tag(name = "History", description = "Every accepted command of a framework: who, when, what;"
                        + " and, for the administrator, what happened outside any framework"),
                @Tag(name = "Rules", description = "The rules in force, their profile and packs"),
                @Tag(name = "Accounts", description = "Signing in, one's own account, and the administrator's accounts and roles")
        },
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A user name and password; costs a PBKDF2 check on each request")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/auth/tokens")
public class KafoApplication extends Application {

    /**
     * The API's resources and providers, named: the web pages ({@code org.kafo.server.web}) are
     * another application, at the root, and neither sees the other's resources or filters.
     */
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                org.kafo.server.exchange.ExchangeResource.class,
                org.kafo.server.resource.AccountResource.class,
                org.kafo.server.resource.CommitteeResource.class,
                org.kafo.server.resource.FrameworkResource.class,
                org.kafo.server.resource.HistoryResource.class,
                org.kafo.server.resource.IndicatorResource.class,
                org.kafo.server.resource.MeetingResource.class,
                org.kafo.server.resource.NeedResource.class,
                org.kafo.server.resource.OrganisationResource.class,
                org.kafo.server.resource.PingResource.class,
                org.kafo.server.resource.PlanResource.class,
                org.kafo.server.resource.PlatformHistoryResource.class,
                org.kafo.server.resource.RulesResource.class,
                org.kafo.server.resource.TerritoryResource.class,
                org.kafo.server.http.JsonConfig.class,
                org.kafo.server.http.Params.class,
                org.kafo.server.http.RequestFilter.class,
                org.kafo.server.http.StrictJsonInterceptor.class,
                org.kafo.server.problem.ProblemMapper.class,
                org.kafo.server.problem.SignInThrottledMapper.class,
                org.kafo.server.sheets.SheetResource.class,
                org.kafo.server.signin.AccessFilter.class);
    }

    /**
     * No WADL: {@code OPTIONS} answers the allowed methods only, not a description of the API that
     * names the framework and its version (the API's description is the OpenAPI document).
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
