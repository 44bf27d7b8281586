package org.kafo.model.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kafo.model.common.Repository;
import org.kafo.model.framework.FrameworkId;

/** Stores action plans. */
public interface ActionPlanRepository extends Repository<ActionPlan, PlanId> {

    /** The order every finder of every adapter returns them in: by cycle. */
    Comparator<ActionPlan> ORDER = Comparator.comparingInt(ActionPlan::cycle);

    /** The framework's plans by cycle. */
    List<ActionPlan> findByFramework(FrameworkId framework);

    /**
     * The framework's plans in force (adopted and not yet reviewed), by cycle: the plans of
     * {@link #findByFramework} that {@link ActionPlan#isInForce()} keeps, one at most as long as each
     * plan is adopted at the review of the one before (CYC-1). Adapters override it so as not to load
     * the reviewed ones.
     */
    default List<ActionPlan> findInForce(FrameworkId framework) {
        return findByFramework(framework).stream().filter(ActionPlan::isInForce).toList();
    }

    /** The plan of the framework's latest cycle, reviewed or not. */
    default Optional<ActionPlan> findLatest(FrameworkId framework) {
        List<ActionPlan> plans = findByFramework(framework);
        return plans.isEmpty() ? Optional.empty() : Optional.of(plans.get(plans.size() - 1));
    }
}
