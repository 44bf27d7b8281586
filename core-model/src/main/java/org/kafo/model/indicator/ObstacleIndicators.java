package org.kafo.model.indicator;

/**
 * The obstacles the committee raised on or before the day, how many reached a meeting (MON-3) and
 * how many were resolved by then.
 *
 * @param raised   obstacles raised
 * @param reported of them, put before a meeting of the framework held by the day
 * @param resolved of them, resolved by the day
 */
public record ObstacleIndicators(long raised, long reported, long resolved) {

    public static final ObstacleIndicators NONE = new ObstacleIndicators(0, 0, 0);

    /** Raised and not resolved by the day. */
    public long open() {
        return raised - resolved;
    }

    public Share resolvedShare() {
        return Share.of(resolved, raised);
    }

    public ObstacleIndicators plus(ObstacleIndicators o) {
        return new ObstacleIndicators(raised + o.raised, reported + o.reported, resolved + o.resolved);
    }
}
