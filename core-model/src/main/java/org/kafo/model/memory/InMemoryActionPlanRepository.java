package org.kafo.model.memory;

import java.util.List;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionPlanRepository;
import org.kafo.model.plan.PlanId;

/** Action plans in memory. */
public final class InMemoryActionPlanRepository extends InMemoryRepository<ActionPlan, PlanId, ActionPlan.State>
        implements ActionPlanRepository {

    public InMemoryActionPlanRepository() {
        super("plan");
    }

    InMemoryActionPlanRepository(UnitsOfWork units) {
        super("plan", units);
    }

    @Override
    ActionPlan.State snapshot(ActionPlan plan) {
        return plan.snapshot();
    }

    @Override
    ActionPlan restore(ActionPlan.State state, long version) {
        return ActionPlan.restore(state, version);
    }

    @Override
    public List<ActionPlan> findByFramework(FrameworkId framework) {
        return findWhere(s -> s.framework().equals(framework), ActionPlanRepository.ORDER);
    }

    @Override
    public List<ActionPlan> findInForce(FrameworkId framework) {
        return findWhere(s -> s.framework().equals(framework) && s.review() == null, ActionPlanRepository.ORDER);
    }
}
