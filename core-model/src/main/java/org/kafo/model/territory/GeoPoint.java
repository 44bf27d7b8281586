package org.kafo.model.territory;

import org.kafo.model.common.InvariantViolationException;

/** A point in WGS 84 degrees; -0.0 is kept as 0.0, the same place. */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new InvariantViolationException("geo.range",
                    "not a WGS 84 point: " + latitude + ", " + longitude);
        }
        latitude += 0.0;
        longitude += 0.0;
    }
}
