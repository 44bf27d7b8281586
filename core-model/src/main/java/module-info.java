/**
 * The domain of a consultation framework (cadre de concertation): a commune, its priority sectors,
 * the parties, their needs, the meetings, the three-month action plans and the monitoring committee.
 * Depends on the JDK alone.
 */
module org.kafo.model {
    exports org.kafo.model;
    exports org.kafo.model.common;
    exports org.kafo.model.territory;
    exports org.kafo.model.organisation;
    exports org.kafo.model.framework;
    exports org.kafo.model.need;
    exports org.kafo.model.meeting;
    exports org.kafo.model.plan;
    exports org.kafo.model.committee;
    exports org.kafo.model.memory;
    exports org.kafo.model.indicator;
}
