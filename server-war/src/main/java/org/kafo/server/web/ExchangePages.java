package org.kafo.server.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.kafo.model.framework.FrameworkId;
import org.kafo.server.access.Permission;
import org.kafo.server.exchange.Exchange;
import org.kafo.server.exchange.IatiActivities;
import org.kafo.server.exchange.MeetingCalendar;
import org.kafo.server.exchange.WocatApproach;

/**
 * A framework's exchange formats for a signed-in reader of its pages (the session cookie): the same
 * documents as the API's {@code /api/frameworks/{id}/iati.xml}, {@code wocat.json} and
 * {@code meetings.ics}, from the same source; the calendar in the page's language unless
 * {@code ?lang=} says otherwise.
 */
@Path("")
public class ExchangePages extends Pages {

    @Inject
    Exchange exchange;

    @GET
    @Path("frameworks/{id}/iati.xml")
    @Produces(IatiActivities.MEDIA_TYPE)
    public Response iati(@PathParam("id") FrameworkId id) {
        return exchange.iati(access.framework(id, Permission.READ_FRAMEWORK));
    }

    @GET
    @Path("frameworks/{id}/wocat.json")
    @Produces(WocatApproach.MEDIA_TYPE)
    public Response wocat(@PathParam("id") FrameworkId id) {
        return exchange.wocat(access.framework(id, Permission.READ_FRAMEWORK));
    }

    @GET
    @Path("frameworks/{id}/meetings.ics")
    @Produces(MeetingCalendar.MEDIA_TYPE)
    public Response meetings(@PathParam("id") FrameworkId id, @QueryParam("lang") String lang) {
        return exchange.calendar(access.framework(id, Permission.READ_FRAMEWORK),
                Exchange.language(lang, visit.texts().locale()));
    }
}
