package org.kafo.server.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Limits;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.DeliberatingBody;
import org.kafo.model.framework.FrameworkId;
import org.kafo.rules.command.EstablishFramework;

/** The commune council's deliberation establishes the framework (EST-1 refuses it without one). */
@Schema(example = """
        {"deliberation": {"number": "2008-014/CR-DIO", "date": "2008-03-15",
         "decision": "Le conseil communal crée le cadre de concertation des filières irrigation et maraîchage."},
         "on": "2008-03-20"}""")
public record EstablishFrameworkRequest(DeliberationValue deliberation, LocalDate on) {

    /**
     * A deliberation: its number in the register, the session day, what was decided, and who
     * deliberated (the council when left out).
     */
    @Schema(name = "CouncilDeliberation")
    public record DeliberationValue(@Schema(maxLength = Limits.CODE) String number, LocalDate date,
            @Schema(maxLength = Limits.TEXT) String decision, DeliberatingBody body) {

        public static DeliberationValue of(CouncilDeliberation deliberation) {
            return deliberation == null ? null : new DeliberationValue(deliberation.number(), deliberation.date(),
                    deliberation.decision(), deliberation.body());
        }

        public CouncilDeliberation toModel() {
            return new CouncilDeliberation(number, date, decision, body == null ? DeliberatingBody.COUNCIL : body);
        }
    }

    public EstablishFramework toCommand(FrameworkId framework) {
        return new EstablishFramework(framework, deliberation == null ? null : deliberation.toModel(), on);
    }
}
