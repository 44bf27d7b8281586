package org.kafo.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.ActionKind;

/**
 * The parameters of the rules: what PACT chose and another programme or country may choose
 * differently. Immutable; {@link #pact()} is the default, {@link #custom()} starts from PACT's
 * values, {@link #from(RuleProfile)} from another profile's.
 */
public final class RuleProfile {

    private static final RuleProfile PACT = new Builder("pact").build();

    private final String name;
    private final int planHorizonMonths;
    private final int minPrioritySectors;
    private final int maxPrioritySectors;
    private final boolean quorumRequiresMunicipality;
    private final int quorumProfessionalPercent;
    private final int minProfessionalInfrastructureSharePercent;
    private final Set<PartyCategory> barredFromCapitalInvestment;
    private final Map<PartyCategory, Set<ActionKind>> ownership;
    private final boolean technicalServiceRequired;
    private final int womenShareTargetPercent;
    private final Map<String, String> parameters;

    private RuleProfile(Builder b) {
        this.name = b.name;
        this.planHorizonMonths = b.planHorizonMonths;
        this.minPrioritySectors = b.minPrioritySectors;
        this.maxPrioritySectors = b.maxPrioritySectors;
        this.quorumRequiresMunicipality = b.quorumRequiresMunicipality;
        this.quorumProfessionalPercent = b.quorumProfessionalPercent;
        this.minProfessionalInfrastructureSharePercent = b.minProfessionalInfrastructureSharePercent;
        this.barredFromCapitalInvestment = Collections.unmodifiableSet(EnumSet.copyOf(b.barredFromCapitalInvestment));
        Map<PartyCategory, Set<ActionKind>> owned = new EnumMap<>(PartyCategory.class);
        b.ownership.forEach((category, kinds) -> owned.put(category, kinds.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds))));
        this.ownership = Collections.unmodifiableMap(owned);
        this.technicalServiceRequired = b.technicalServiceRequired;
        this.womenShareTargetPercent = b.womenShareTargetPercent;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.parameters));
    }

    /** PACT's profile (GIZ, Mali): three-month plans, two or three sectors, half the organisations for a quorum. */
    public static RuleProfile pact() {
        return PACT;
    }

    /** A new profile, starting from PACT's values. */
    public static Builder custom() {
        return new Builder("custom");
    }

    /** A new profile, starting from {@code base}'s values. */
    public static Builder from(RuleProfile base) {
        return new Builder(base);
    }

    public String name() {
        return name;
    }

    /** PLAN-1: the longest an action plan may run, in calendar months (PACT: 3). */
    public int planHorizonMonths() {
        return planHorizonMonths;
    }

    /** EST-2: the fewest priority sectors (PACT: 2). */
    public int minPrioritySectors() {
        return minPrioritySectors;
    }

    /** EST-2: the most priority sectors (PACT: 3). */
    public int maxPrioritySectors() {
        return maxPrioritySectors;
    }

    /** MEET-1: whether the municipality must be present for a meeting to decide (PACT: yes). */
    public boolean quorumRequiresMunicipality() {
        return quorumRequiresMunicipality;
    }

    /** MEET-1: the share of member professional organisations that must be present, in percent (PACT: 50). */
    public int quorumProfessionalPercent() {
        return quorumProfessionalPercent;
    }

    /**
     * PLAN-5: the least share of an infrastructure action's cost that professional organisations
     * carry, in percent. Their contribution must always be more than nothing; PACT asks no more (0).
     */
    public int minProfessionalInfrastructureSharePercent() {
        return minProfessionalInfrastructureSharePercent;
    }

    /** PLAN-4: the categories of party that never finance a capital investment (PACT: the support programme). */
    public Set<PartyCategory> barredFromCapitalInvestment() {
        return barredFromCapitalInvestment;
    }

    /** PLAN-3: the kinds of action a party of {@code category} may be responsible for. */
    public Set<ActionKind> mayOwn(PartyCategory category) {
        return ownership.getOrDefault(category, Set.of());
    }

    public boolean mayOwn(PartyCategory category, ActionKind kind) {
        return mayOwn(category).contains(kind);
    }

    /** EST-4: whether local technical services must be members (PACT: yes, as a warning). */
    public boolean technicalServiceRequired() {
        return technicalServiceRequired;
    }

    /** The share of women sought in attendance and committees, in percent (Mali's law 2015-052 sets 30 for lists). */
    public int womenShareTargetPercent() {
        return womenShareTargetPercent;
    }

    /** A parameter an integrator's rules read, such as {@code bf.min-village-councils}. */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    public Map<String, String> parameters() {
        return parameters;
    }

    /**
     * Every value of the profile under a stable name, as text: PACT's parameters first (plan horizon,
     * sector bounds, quorum, infrastructure share, who is barred from capital investment, what each
     * category may own, technical services, women's share), then the integrator's
     * {@link #parameters()} under their own names. For lists and documents; the rules read the typed
     * getters.
     */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("plan-horizon-months", Integer.toString(planHorizonMonths));
        values.put("priority-sectors-min", Integer.toString(minPrioritySectors));
        values.put("priority-sectors-max", Integer.toString(maxPrioritySectors));
        values.put("quorum-requires-municipality", Boolean.toString(quorumRequiresMunicipality));
        values.put("quorum-professional-percent", Integer.toString(quorumProfessionalPercent));
        values.put("min-professional-infrastructure-share-percent",
                Integer.toString(minProfessionalInfrastructureSharePercent));
        values.put("barred-from-capital-investment", names(barredFromCapitalInvestment));
        ownership.forEach((category, kinds) -> values.put("may-own." + category.name(), names(kinds)));
        values.put("technical-service-required", Boolean.toString(technicalServiceRequired));
        values.put("women-share-target-percent", Integer.toString(womenShareTargetPercent));
        values.putAll(parameters);
        return Collections.unmodifiableMap(values);
    }

    private static String names(Set<? extends Enum<?>> constants) {
        return constants.stream().map(Enum::name).collect(java.util.stream.Collectors.joining(","));
    }

    @Override
    public String toString() {
        return "RuleProfile[" + name + "]";
    }

    /** Builds a profile; {@link #build()} checks the values hold together. */
    public static final class Builder {

        private String name;
        private int planHorizonMonths = 3;
        private int minPrioritySectors = 2;
        private int maxPrioritySectors = 3;
        private boolean quorumRequiresMunicipality = true;
        private int quorumProfessionalPercent = 50;
        private int minProfessionalInfrastructureSharePercent = 0;
        private Set<PartyCategory> barredFromCapitalInvestment = EnumSet.of(PartyCategory.SUPPORT_PROGRAMME);
        private final Map<PartyCategory, Set<ActionKind>> ownership = pactOwnership();
        private boolean technicalServiceRequired = true;
        private int womenShareTargetPercent = 30;
        private final Map<String, String> parameters = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        private Builder(RuleProfile base) {
            this.name = base.name;
            this.planHorizonMonths = base.planHorizonMonths;
            this.minPrioritySectors = base.minPrioritySectors;
            this.maxPrioritySectors = base.maxPrioritySectors;
            this.quorumRequiresMunicipality = base.quorumRequiresMunicipality;
            this.quorumProfessionalPercent = base.quorumProfessionalPercent;
            this.minProfessionalInfrastructureSharePercent = base.minProfessionalInfrastructureSharePercent;
            this.barredFromCapitalInvestment = EnumSet.noneOf(PartyCategory.class);
            this.barredFromCapitalInvestment.addAll(base.barredFromCapitalInvestment);
            this.ownership.clear();
            base.ownership.forEach((category, kinds) -> this.ownership.put(category, copy(kinds)));
            this.technicalServiceRequired = base.technicalServiceRequired;
            this.womenShareTargetPercent = base.womenShareTargetPercent;
            this.parameters.putAll(base.parameters);
        }

        /**
         * The role split of the approach: the commune builds and organises, professional
         * organisations train and inform their members and run their own affairs, technical
         * services advise, the support programme trains and funds workshops, partners finance.
         */
        private static Map<PartyCategory, Set<ActionKind>> pactOwnership() {
            Map<PartyCategory, Set<ActionKind>> owners = new EnumMap<>(PartyCategory.class);
            owners.put(PartyCategory.MUNICIPALITY, EnumSet.of(ActionKind.INFRASTRUCTURE, ActionKind.EQUIPMENT,
                    ActionKind.NON_CAPITAL_INVESTMENT, ActionKind.BUSINESS_ENVIRONMENT_MEASURE, ActionKind.TRAINING,
                    ActionKind.LOGISTICS, ActionKind.COMMUNICATION, ActionKind.OTHER));
            owners.put(PartyCategory.PROFESSIONAL_ORGANISATION, EnumSet.of(ActionKind.TRAINING,
                    ActionKind.COMMUNICATION, ActionKind.ORGANISATIONAL, ActionKind.BUSINESS_ENVIRONMENT_MEASURE,
                    ActionKind.OTHER));
            owners.put(PartyCategory.TECHNICAL_SERVICE, EnumSet.of(ActionKind.TRAINING,
                    ActionKind.NON_CAPITAL_INVESTMENT, ActionKind.OTHER));
            owners.put(PartyCategory.SUPPORT_PROGRAMME, EnumSet.of(ActionKind.TRAINING, ActionKind.LOGISTICS,
                    ActionKind.NON_CAPITAL_INVESTMENT, ActionKind.OTHER));
            owners.put(PartyCategory.PARTNER, EnumSet.of(ActionKind.INFRASTRUCTURE, ActionKind.EQUIPMENT,
                    ActionKind.NON_CAPITAL_INVESTMENT, ActionKind.TRAINING, ActionKind.OTHER));
            owners.put(PartyCategory.NGO, EnumSet.of(ActionKind.TRAINING, ActionKind.COMMUNICATION,
                    ActionKind.NON_CAPITAL_INVESTMENT, ActionKind.BUSINESS_ENVIRONMENT_MEASURE, ActionKind.OTHER));
            return owners;
        }

        private static Set<ActionKind> copy(Set<ActionKind> kinds) {
            return kinds.isEmpty() ? EnumSet.noneOf(ActionKind.class) : EnumSet.copyOf(kinds);
        }

        public Builder name(String profileName) {
            this.name = Objects.requireNonNull(profileName, "name is required");
            return this;
        }

        public Builder planHorizonMonths(int months) {
            this.planHorizonMonths = months;
            return this;
        }

        public Builder prioritySectors(int min, int max) {
            this.minPrioritySectors = min;
            this.maxPrioritySectors = max;
            return this;
        }

        public Builder quorum(boolean municipalityRequired, int professionalPercent) {
            this.quorumRequiresMunicipality = municipalityRequired;
            this.quorumProfessionalPercent = professionalPercent;
            return this;
        }

        public Builder minProfessionalInfrastructureSharePercent(int percent) {
            this.minProfessionalInfrastructureSharePercent = percent;
            return this;
        }

        public Builder barredFromCapitalInvestment(Set<PartyCategory> categories) {
            this.barredFromCapitalInvestment = EnumSet.noneOf(PartyCategory.class);
            this.barredFromCapitalInvestment.addAll(categories);
            return this;
        }

        /** Sets the kinds of action parties of {@code category} may be responsible for. */
        public Builder mayOwn(PartyCategory category, Set<ActionKind> kinds) {
            this.ownership.put(Objects.requireNonNull(category, "category is required"), copy(kinds));
            return this;
        }

        public Builder technicalServiceRequired(boolean required) {
            this.technicalServiceRequired = required;
            return this;
        }

        public Builder womenShareTargetPercent(int percent) {
            this.womenShareTargetPercent = percent;
            return this;
        }

        /** A parameter for an integrator's own rules. */
        public Builder parameter(String parameterName, String value) {
            this.parameters.put(Objects.requireNonNull(parameterName, "parameter name is required"),
                    Objects.requireNonNull(value, "parameter value is required"));
            return this;
        }

        /** @throws IllegalArgumentException if a value is out of range or the bounds are inverted */
        public RuleProfile build() {
            requireRange(planHorizonMonths, 1, 60, "plan horizon (months)");
            requireRange(minPrioritySectors, 1, 20, "minimum of priority sectors");
            requireRange(maxPrioritySectors, minPrioritySectors, 20, "maximum of priority sectors");
            requireRange(quorumProfessionalPercent, 0, 100, "quorum of professional organisations (%)");
            requireRange(minProfessionalInfrastructureSharePercent, 0, 100, "professional share of infrastructure (%)");
            requireRange(womenShareTargetPercent, 0, 100, "women's share target (%)");
            return new RuleProfile(this);
        }

        private static void requireRange(int value, int min, int max, String what) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", was " + value);
            }
        }
    }
}
