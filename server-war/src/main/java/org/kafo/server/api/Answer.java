package org.kafo.server.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to an accepted change: the aggregate as saved ({@code result}, with its new
 * {@code version}), every verdict the rules gave (warnings and infos included) and the domain events.
 *
 * @param <T> the representation of the aggregate the command was about
 */
@Schema(name = "Answer")
public record Answer<T>(T result, List<VerdictView> verdicts, List<EventView> events) {
}
