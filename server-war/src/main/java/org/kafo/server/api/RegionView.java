package org.kafo.server.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.Region;

/** A region or a cercle of the territory; {@code region} is the cercle's region (absent for a region). */
@Schema(name = "TerritoryUnit")
public record RegionView(UUID id, long version, String code, String name, UUID region, EffectiveValue effective) {

    public static RegionView of(Region region) {
        return new RegionView(region.id().value(), region.version(), region.code(), region.name(), null,
                EffectiveValue.of(region.effective()));
    }

    public static RegionView of(Cercle cercle) {
        return new RegionView(cercle.id().value(), cercle.version(), cercle.code(), cercle.name(),
                cercle.region().value(), EffectiveValue.of(cercle.effective()));
    }
}
