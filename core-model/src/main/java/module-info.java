/**
 * The domain of a consultation framework (cadre de concertation): a commune, its priority sectors,
 * the parties, their needs, the meetings, the three-month action plans and the monitoring committee.
 * Depends on the JDK alone.
 */
module org.kafo.model {
}
