package org.kafo.server.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedKind;
import org.kafo.model.need.NeedStatus;

/** A need the professionals of a sector identified, and the actions that address it. */
@Schema(name = "Need")
public record NeedView(UUID id, long version, UUID framework, UUID raisedBy, String sector, NeedKind kind,
        String description, MoneyValue estimatedCost, LocalDate identifiedOn, NeedStatus status,
        String withdrawalReason, List<UUID> addressedBy) {

    public static NeedView of(Need need) {
        return new NeedView(need.id().value(), need.version(), need.framework().value(), need.raisedBy().value(),
                need.sector().code(), need.kind(), need.description(), MoneyValue.of(need.estimatedCost().orElse(null)),
                need.identifiedOn(), need.status(), need.withdrawalReason().orElse(null),
                need.addressedBy().stream().map(a -> a.value()).toList());
    }
}
