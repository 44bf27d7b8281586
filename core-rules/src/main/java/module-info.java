/**
 * The rule engine, the commands, the PACT catalogue, rule profiles, the process (the use cases that
 * load, check, change and save the aggregates of {@code org.kafo.model}) and the indicators computed
 * from what the process recorded.
 * <p>
 * <b>What embedders use.</b> {@link org.kafo.rules.process.ConsultationProcess}, which takes the
 * commands of {@code org.kafo.rules.command} and answers each with an
 * {@link org.kafo.rules.process.Outcome}; a {@link org.kafo.rules.RuleBook} ({@code PactRules.book()}
 * for PACT's rules on PACT's profile, or one built from a {@link org.kafo.rules.RuleProfile} and
 * packs), its verdicts and their messages; the indicators of {@code org.kafo.rules.indicator}. An
 * integrator's rules are {@link org.kafo.rules.RuleDefinition}s judging a
 * {@link org.kafo.rules.Situation}, shipped as a {@link org.kafo.rules.RulePack}: registered on the
 * book's builder, or declared as a service that {@code discoverPacks()} finds; a pack that offers a
 * profile is chosen by its name with {@code PactRules.book(name, packs)}.
 * <p>
 * <b>What adapters use.</b> {@link org.kafo.rules.process.Transactions}: the unit of work the process
 * runs each command in, a JPA transaction or the container's.
 * <p>
 * <b>Not exported.</b> {@code org.kafo.rules.internal}: what the process and the indicators share
 * (the situation of a stored framework, loaded through the repository ports).
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
