package org.kafo.server.exchange;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kafo.model.framework.FrameworkId;
import org.kafo.server.access.AccessPolicy;
import org.kafo.server.access.Caller;
import org.kafo.server.access.Permission;

/**
 * A framework in the formats others read: IATI for donors, WOCAT for the approach's own database,
 * iCalendar for its members' calendars. Read as the framework's other data is read (401 anonymous,
 * 404 another commune's framework); a calendar application subscribes with the member's user name
 * and password (HTTP Basic), as any client of the API.
 */
@Path("frameworks")
@Tag(name = "Frameworks")
public class ExchangeResource {

    @Inject
    AccessPolicy access;

    @Inject
    Caller caller;

    @Inject
    Exchange exchange;

    @GET
    @Path("{id}/iati.xml")
    @Produces(IatiActivities.MEDIA_TYPE)
    @Operation(summary = "The framework's plans as an IATI 2.03 activity: budgets per plan, delivered contributions,"
            + " DAC sectors; it validates against the official schema")
    public Response iati(@PathParam("id") FrameworkId id) {
        return exchange.iati(access.framework(id, Permission.READ_FRAMEWORK));
    }

    @GET
    @Path("{id}/wocat.json")
    @Produces(WocatApproach.MEDIA_TYPE)
    @Operation(summary = "The framework as a WOCAT approach record: involvement per phase from its history,"
            + " stakeholders, financing; free texts in French and English")
    public Response wocat(@PathParam("id") FrameworkId id) {
        return exchange.wocat(access.framework(id, Permission.READ_FRAMEWORK));
    }

    @GET
    @Path("{id}/meetings.ics")
    @Produces(MeetingCalendar.MEDIA_TYPE)
    @Operation(summary = "The framework's meetings as an iCalendar feed (RFC 5545) to subscribe to with HTTP Basic")
    public Response meetings(@PathParam("id") FrameworkId id,
            @Parameter(description = "fr or en; default: the Accept-Language") @QueryParam("lang") String lang) {
        return exchange.calendar(access.framework(id, Permission.READ_FRAMEWORK), Exchange.language(lang, caller.locale()));
    }
}
