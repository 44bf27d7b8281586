package org.kafo.server.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Limits;
import org.kafo.model.need.NeedId;
import org.kafo.model.need.NeedKind;
import org.kafo.rules.command.CorrectNeed;

/** What the need says, corrected, and why; the day it was identified stays. */
@Schema(example = """
        {"sector": "small-scale-irrigation", "kind": "INVESTMENT",
         "description": "Aménagement d'un PIV de 40 ha avec motopompe",
         "estimatedCost": {"amount": 24000000, "currency": "XOF"},
         "reason": "La surface a été mesurée par le génie rural", "on": "2008-04-02"}""")
public record CorrectNeedRequest(@Schema(maxLength = Limits.CODE) String sector, NeedKind kind,
        @Schema(maxLength = Limits.TEXT) String description, MoneyValue estimatedCost,
        @Schema(maxLength = Limits.TEXT) String reason, LocalDate on) {

    public CorrectNeed toCommand(NeedId need) {
        return new CorrectNeed(need, Wire.sector(sector), kind, description, MoneyValue.toModel(estimatedCost), reason,
                on);
    }
}
