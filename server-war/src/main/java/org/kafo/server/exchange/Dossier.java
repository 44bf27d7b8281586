package org.kafo.server.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kafo.model.Repositories;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.need.Need;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.CostShare;
import org.kafo.model.territory.Commune;

/**
 * Everything the exchange formats read of one framework, loaded once from the repositories: the
 * framework, its commune, its plans by cycle, its meetings by sequence, its committee, its needs,
 * and every organisation one of them names (members, responsible parties, contributors, needs'
 * authors).
 */
public record Dossier(ConsultationFramework framework, Commune commune, List<ActionPlan> plans, List<Meeting> meetings,
        Optional<MonitoringCommittee> committee, List<Need> needs, Map<OrganisationId, Organisation> organisations) {

    public Dossier {
        Objects.requireNonNull(framework, "framework is required");
        Objects.requireNonNull(commune, "commune is required");
        plans = plans.stream().sorted(Comparator.comparingInt(ActionPlan::cycle)).toList();
        meetings = meetings.stream().sorted(Comparator.comparingInt(Meeting::sequence)).toList();
        Objects.requireNonNull(committee, "committee is required");
        needs = List.copyOf(needs);
        organisations = Collections.unmodifiableMap(new LinkedHashMap<>(organisations));
    }

    /** The framework {@code id} as the repositories hold it. */
    public static Dossier load(Repositories repositories, FrameworkId id) {
        ConsultationFramework framework = repositories.frameworks().get(id);
        List<ActionPlan> plans = repositories.plans().findByFramework(id);
        List<Need> needs = repositories.needs().findByFramework(id);
        List<OrganisationId> named = new ArrayList<>();
        framework.memberships().forEach(m -> named.add(m.organisation()));
        for (ActionPlan plan : plans) {
            for (Action action : plan.actions()) {
                named.add(action.responsible());
                action.costShares().stream().map(CostShare::party).forEach(named::add);
            }
        }
        needs.forEach(n -> named.add(n.raisedBy()));
        Map<OrganisationId, Organisation> organisations = new LinkedHashMap<>();
        for (OrganisationId organisation : named) {
            organisations.computeIfAbsent(organisation, o -> repositories.organisations().get(o));
        }
        return new Dossier(framework, repositories.communes().get(framework.commune()), plans,
                repositories.meetings().findByFramework(id), repositories.committees().findByFramework(id), needs,
                organisations);
    }

    public Organisation organisation(OrganisationId id) {
        Organisation organisation = organisations.get(id);
        if (organisation == null) {
            throw new IllegalStateException("organisation " + id + " is not in the dossier of " + framework.id());
        }
        return organisation;
    }

    /** The part an organisation plays here: the category it sits in as a member, else its kind's. */
    public PartyCategory categoryOf(OrganisationId id) {
        return framework.memberships().stream().filter(m -> m.organisation().equals(id)).reduce((a, b) -> b)
                .map(m -> m.category()).orElseGet(() -> organisation(id).category());
    }

    /** Every action of every plan, plan by plan. */
    public List<Action> actions() {
        return plans.stream().flatMap(p -> p.actions().stream()).toList();
    }
}
