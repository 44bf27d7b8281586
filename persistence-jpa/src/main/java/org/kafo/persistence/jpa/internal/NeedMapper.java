package org.kafo.persistence.jpa.internal;

import static org.kafo.persistence.jpa.internal.Keys.id;
import static org.kafo.persistence.jpa.internal.Keys.key;

import org.kafo.model.common.ActionId;
import org.kafo.model.common.Money;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedId;
import org.kafo.model.organisation.OrganisationId;

/** Maps needs. */
final class NeedMapper implements EntityMapper<Need.State, NeedEntity> {

    @Override
    public Need.State read(NeedEntity e) {
        return new Need.State(id(e.id, NeedId::new), id(e.frameworkId, FrameworkId::new),
                id(e.raisedBy, OrganisationId::new), new Sector(e.sectorCode), e.kind, e.description,
                e.estimatedAmount == null ? null : new Money(e.estimatedAmount, e.estimatedCurrency),
                e.identifiedOn, e.status, e.withdrawalReason,
                Row.values(e.addressedBy).stream().map(a -> id(a, ActionId::new)).toList());
    }

    @Override
    public void write(Need.State s, NeedEntity e) {
        e.frameworkId = key(s.framework());
        e.raisedBy = key(s.raisedBy());
        e.sectorCode = s.sector().code();
        e.kind = s.kind();
        e.description = s.description();
        e.estimatedAmount = s.estimatedCost() == null ? null : s.estimatedCost().amount();
        e.estimatedCurrency = s.estimatedCost() == null ? null : s.estimatedCost().currency();
        e.identifiedOn = s.identifiedOn();
        e.status = s.status();
        e.withdrawalReason = s.withdrawalReason();
        Row.sync(e, e.addressedBy, s.addressedBy().stream().map(Keys::key).toList(), NeedEntity.NeedActionRow::new);
    }
}
