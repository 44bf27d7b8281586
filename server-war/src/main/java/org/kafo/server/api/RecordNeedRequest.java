package org.kafo.server.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Limits;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.rules.command.RecordNeed;

/** Professionals of a priority sector, through their organisation, record a need. */
@Schema(example = """
        {"raisedBy": "5d7e1c7a-0c1d-4a5f-8d2f-2f1a7b9e0c22", "sector": "small-scale-irrigation", "kind": "INVESTMENT",
         "description": "Aménagement d'un PIV de 30 ha avec motopompe",
         "estimatedCost": {"amount": 18000000, "currency": "XOF"}, "on": "2008-03-25"}""")
public record RecordNeedRequest(UUID raisedBy, @Schema(maxLength = Limits.CODE) String sector, NeedKind kind,
        @Schema(maxLength = Limits.TEXT) String description,
        MoneyValue estimatedCost, LocalDate on) {

    public RecordNeed toCommand(FrameworkId framework) {
        return new RecordNeed(framework, Wire.id(raisedBy, OrganisationId::new), Wire.sector(sector), kind, description,
                MoneyValue.toModel(estimatedCost), on);
    }
}
