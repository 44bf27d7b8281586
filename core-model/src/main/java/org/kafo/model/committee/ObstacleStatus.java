package org.kafo.model.committee;

/** Where an obstacle stands. */
public enum ObstacleStatus {
    /** Identified by the committee. */
    OPEN,
    /** Put before a meeting of the framework. */
    REPORTED,
    /** Solved, with how. */
    RESOLVED
}
