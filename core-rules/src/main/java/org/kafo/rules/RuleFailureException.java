package org.kafo.rules;

/** A rule threw instead of returning verdicts: a bug in that rule, named here. */
public final class RuleFailureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String ruleId;

    public RuleFailureException(String ruleId, Object command, RuntimeException cause) {
        super("rule " + ruleId + " failed on " + command.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        this.ruleId = ruleId;
    }

    public String ruleId() {
        return ruleId;
    }
}
