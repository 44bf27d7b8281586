package org.kafo.server.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.DeliberationOutcome;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.framework.LaterDeliberation;
import org.kafo.model.framework.StatusChange;
import org.kafo.server.api.EstablishFrameworkRequest.DeliberationValue;

/**
 * A consultation framework (cadre de concertation): its commune, priority sectors, status and history;
 * {@code deliberation} is the one that established it, {@code laterDeliberations} the ones after it.
 * Read alone ({@code GET /frameworks/{id}}), it has its {@code followUp}: the verdicts of the rules that
 * follow a framework up, as of today (CYC-3: overdue when the plan in force ended with no meeting
 * convened); lists and write answers leave it out.
 */
@Schema(name = "Framework")
public record FrameworkView(UUID id, long version, UUID commune, String name, List<String> prioritySectors,
        FrameworkStatus status, LocalDate proposedOn, LocalDate establishedOn, DeliberationValue deliberation,
        int currentMembers, List<StatusChangeValue> history, List<LaterDeliberationValue> laterDeliberations,
        List<VerdictView> followUp) {

    /** A deliberation after the establishing one: who deliberated, what it decided, from which day. */
    @Schema(name = "LaterDeliberation")
    public record LaterDeliberationValue(DeliberationValue deliberation, DeliberationOutcome outcome,
            LocalDate recordedOn) {

        static LaterDeliberationValue of(LaterDeliberation later) {
            return new LaterDeliberationValue(DeliberationValue.of(later.deliberation()), later.outcome(),
                    later.recordedOn());
        }
    }

    /** One step of the framework's life. */
    @Schema(name = "StatusChange")
    public record StatusChangeValue(FrameworkStatus status, LocalDate on, String reason) {

        static StatusChangeValue of(StatusChange change) {
            return new StatusChangeValue(change.status(), change.on(), change.reason());
        }
    }

    public static FrameworkView of(ConsultationFramework framework) {
        return of(framework, null);
    }

    /** With its follow-up verdicts. */
    public static FrameworkView of(ConsultationFramework framework, List<VerdictView> followUp) {
        return new FrameworkView(framework.id().value(), framework.version(), framework.commune().value(),
                framework.name(), Wire.codes(framework.prioritySectors()), framework.status(), framework.proposedOn(),
                framework.establishedOn().orElse(null), DeliberationValue.of(framework.deliberation().orElse(null)),
                framework.currentMembers().size(), framework.history().stream().map(StatusChangeValue::of).toList(),
                framework.laterDeliberations().stream().map(LaterDeliberationValue::of).toList(), followUp);
    }
}
