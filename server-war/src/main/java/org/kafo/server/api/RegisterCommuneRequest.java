package org.kafo.server.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Limits;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.GeoPoint;
import org.kafo.model.territory.Population;
import org.kafo.model.territory.RegionId;
import org.kafo.rules.command.RegisterCommune;

/**
 * A commune enters the register with its first assignment to a cercle and region (from {@code from},
 * open-ended when left out), its other spellings, its last census and its location.
 */
@Schema(example = """
        {"code": "04060101", "name": "Dioro", "aliases": [], "cercle": "0b8e4c1e-1111-4c55-9a40-0c7a0b0e2f11",
         "region": "6f1c1f5e-2a47-4a55-9a40-0c7a0b0e2f11", "from": "1999-01-01",
         "population": {"inhabitants": 43000, "censusYear": 2009}, "location": {"latitude": 13.9, "longitude": -6.0}}""")
public record RegisterCommuneRequest(@Schema(maxLength = Limits.CODE) String code,
        @Schema(maxLength = Limits.NAME) String name, List<String> aliases, UUID cercle, UUID region,
        LocalDate from, PopulationValue population, LocationValue location) {

    /** Inhabitants counted by a census. */
    @Schema(name = "Population")
    public record PopulationValue(Long inhabitants, Integer censusYear) {
    }

    /** A point in WGS 84 degrees. */
    @Schema(name = "Location")
    public record LocationValue(Double latitude, Double longitude) {
    }

    public RegisterCommune toCommand() {
        Assignment assignment = new Assignment(Wire.id(cercle, CercleId::new), Wire.id(region, RegionId::new),
                EffectiveValue.toModel(from, null));
        Population census = population == null ? null : new Population(
                Wire.required(population.inhabitants(), "inhabitants"), Wire.required(population.censusYear(), "censusYear"));
        GeoPoint point = location == null ? null : new GeoPoint(Wire.required(location.latitude(), "latitude"),
                Wire.required(location.longitude(), "longitude"));
        return new RegisterCommune(code, name, aliases, assignment, census, point);
    }
}
