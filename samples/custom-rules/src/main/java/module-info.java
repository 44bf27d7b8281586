/**
 * An integrator's rule pack for Burkina Faso's communal consultation framework (CCCo): its profile,
 * its rules and their messages, declared as a {@link org.kafo.rules.RulePack} service.
 */
module org.kafo.samples.ccco {
    requires org.kafo.rules;

    exports org.kafo.samples.ccco;

    provides org.kafo.rules.RulePack with org.kafo.samples.ccco.CccoRules;
}
