/**
 * The rule engine, the PACT catalogue, rule profiles, the extension SPI, the process (the use cases
 * that load, check, change and save the aggregates of {@code org.kafo.model}) and the indicators
 * computed from what the process recorded.
 */
module org.kafo.rules {
    requires transitive org.kafo.model;

    exports org.kafo.rules;
    exports org.kafo.rules.command;
    exports org.kafo.rules.pact;
    exports org.kafo.rules.process;
    exports org.kafo.rules.indicator;

    uses org.kafo.rules.RulePack;
}
