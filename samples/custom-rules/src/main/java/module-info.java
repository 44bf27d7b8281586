/**
 * An integrator's rule pack for Burkina Faso's communal consultation framework (CCCo): its profile,
 * its rules and their messages, declared as a {@link org.kafo.rules.RulePack} service.
 * <p>
 * What a book takes: {@link org.kafo.samples.ccco.CccoRules} (the pack; its rules stay package-private)
 * on {@link org.kafo.samples.ccco.CccoProfile}. The rest is the sample's own run:
 * {@code CompareWithPact} prints what PACT's book and this one say of the same commands.
 */
module org.kafo.samples.ccco {
    requires org.kafo.rules;

    exports org.kafo.samples.ccco;

    provides org.kafo.rules.RulePack with org.kafo.samples.ccco.CccoRules;
}
