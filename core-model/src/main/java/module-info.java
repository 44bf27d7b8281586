/**
 * The domain of a consultation framework (cadre de concertation): a commune, its priority sectors,
 * the parties, their needs, the meetings, the three-month action plans and the monitoring committee.
 * Depends on the JDK alone.
 * <p>
 * <b>What embedders use.</b> The aggregates of {@code territory}, {@code organisation},
 * {@code framework}, {@code need}, {@code meeting}, {@code plan} and {@code committee}, with their
 * typed ids, values and domain events; the values they share in {@code common} (money, periods,
 * sectors, people, {@link org.kafo.model.common.Limits}, the model's exceptions); the repository
 * ports ({@link org.kafo.model.Repositories}) and the in-memory repositories of {@code memory}.
 * An aggregate changes through the process of {@code org.kafo.rules}, which asks the rule book first.
 * <p>
 * <b>What storage adapters use.</b> The repository ports and
 * {@link org.kafo.model.indicator.TotalsQueries}, to implement; and on each aggregate the storage SPI:
 * {@code snapshot()} gives its {@code State} record, what a repository stores, and the static
 * {@code restore(State, long)} rebuilds it as stored, at the version it was stored at, without its
 * commands' checks and events. Application code never calls {@code restore}.
 * <p>
 * <b>Public for Kafo's own modules.</b> {@link org.kafo.model.common.Require}, the model's guard
 * clauses, which core-rules' commands and the server use on their fields so that a missing or
 * overlong value is refused as the model refuses it. It stays in {@code common}, whose values check
 * themselves with it: in a package of its own it would point back at {@code common} for the
 * exception it throws and the limits it checks, a package cycle. Embedders do not need it, and it may
 * change without notice.
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
