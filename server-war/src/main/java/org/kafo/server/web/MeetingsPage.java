package org.kafo.server.web;

import java.util.List;
import java.util.UUID;
import org.kafo.server.api.MeetingView;

/**
 * A framework's meetings by number, and the form to convene the next one for a reader who may.
 *
 * @param conveners the members that may convene it (the municipality first); empty: no form
 * @param sent      the convocation sent back, if any
 */
public record MeetingsPage(UUID framework, String name, long version, List<MeetingView> meetings,
        List<NeedsPage.Choice> conveners, Sent sent, String done) {
}
