package org.kafo.server.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.kafo.server.http.Params;

/**
 * The people's web pages, at the root of the server (the API stays under {@code /api}): HTML
 * rendered on the server from precompiled templates, signed in with a session cookie. Its
 * resources and filters are named here, so that the API's filters never see a page and the pages'
 * never see an API call.
 */
@ApplicationPath("/")
public class WebApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                SignInPages.class,
                AccountPages.class,
                FrameworkPages.class,
                NeedPages.class,
                MeetingPages.class,
                PlanPages.class,
                ProposalPages.class,
                MemberPages.class,
                DeliberationPages.class,
                CommitteePages.class,
                IndicatorPages.class,
                HistoryPages.class,
                ExchangePages.class,
                SheetPages.class,
                ImportPages.class,
                AdminPages.class,
                DocumentPages.class,
                StaticFiles.class,
                WebFilter.class,
                WebFailures.class,
                Params.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
