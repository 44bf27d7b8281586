package org.kafo.persistence.jpa.internal;

import static org.kafo.persistence.jpa.internal.Keys.groupBy;
import static org.kafo.persistence.jpa.internal.Keys.id;
import static org.kafo.persistence.jpa.internal.Keys.key;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.LaterDeliberation;
import org.kafo.model.framework.Membership;
import org.kafo.model.framework.StatusChange;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.territory.CommuneId;
import org.kafo.persistence.jpa.internal.FrameworkEntity.DeliberationRow;
import org.kafo.persistence.jpa.internal.FrameworkEntity.MembershipRow;
import org.kafo.persistence.jpa.internal.FrameworkEntity.MembershipSectorRow;
import org.kafo.persistence.jpa.internal.FrameworkEntity.RepresentativeRow;
import org.kafo.persistence.jpa.internal.FrameworkEntity.StatusChangeRow;

/** Maps consultation frameworks. */
final class FrameworkMapper implements EntityMapper<ConsultationFramework.State, FrameworkEntity> {

    @Override
    public ConsultationFramework.State read(FrameworkEntity e) {
        Map<Integer, List<MembershipSectorRow>> sectors = groupBy(Row.values(e.membershipSectors), MembershipSectorRow::membershipIndex);
        Map<Integer, List<RepresentativeRow>> people = groupBy(Row.values(e.representatives), RepresentativeRow::membershipIndex);
        List<MembershipRow> rows = Row.values(e.memberships);
        List<Membership> memberships = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            MembershipRow m = rows.get(i);
            memberships.add(new Membership(id(m.organisationId(), OrganisationId::new), m.category(),
                    sectors.getOrDefault(i, List.of()).stream().map(r -> new Sector(r.sectorCode())).toList(),
                    people.getOrDefault(i, List.of()).stream()
                            .map(r -> r.person().toPerson()).toList(),
                    EffectiveColumns.effective(m.effective())));
        }
        CouncilDeliberation deliberation = e.deliberationNumber == null ? null
                : new CouncilDeliberation(e.deliberationNumber, e.deliberationDate, e.deliberationDecision,
                        e.deliberationBody);
        return new ConsultationFramework.State(id(e.id, FrameworkId::new), id(e.communeId, CommuneId::new), e.name,
                Row.values(e.prioritySectors).stream().map(Sector::new).toList(), deliberation, memberships,
                Row.values(e.history).stream().map(h -> new StatusChange(h.status(), h.changedOn(), h.reason())).toList(),
                Row.values(e.laterDeliberations).stream().map(d -> new LaterDeliberation(new CouncilDeliberation(
                        d.number(), d.date(), d.decision(), d.body()), d.outcome(), d.recordedOn())).toList());
    }

    @Override
    public void write(ConsultationFramework.State s, FrameworkEntity e) {
        e.communeId = key(s.commune());
        e.name = s.name();
        e.status = s.history().get(s.history().size() - 1).status();
        e.proposedOn = s.history().get(0).on();
        CouncilDeliberation deliberation = s.deliberation();
        e.deliberationNumber = deliberation == null ? null : deliberation.number();
        e.deliberationDate = deliberation == null ? null : deliberation.date();
        e.deliberationDecision = deliberation == null ? null : deliberation.decision();
        e.deliberationBody = deliberation == null ? null : deliberation.body();
        Row.sync(e, e.prioritySectors, s.prioritySectors().stream().map(Sector::code).toList(), FrameworkEntity.FrameworkSectorRow::new);
        List<MembershipRow> memberships = new ArrayList<>();
        List<MembershipSectorRow> sectors = new ArrayList<>();
        List<RepresentativeRow> representatives = new ArrayList<>();
        for (int i = 0; i < s.memberships().size(); i++) {
            Membership m = s.memberships().get(i);
            memberships.add(new MembershipRow(key(m.organisation()), m.category(), EffectiveColumns.of(m.effective())));
            for (Sector sector : m.sectors()) {
                sectors.add(new MembershipSectorRow(i, sector.code()));
            }
            for (Person p : m.representatives()) {
                representatives.add(new RepresentativeRow(i, PersonColumns.of(p)));
            }
        }
        Row.sync(e, e.memberships, memberships, FrameworkEntity.FrameworkMembershipRow::new);
        Row.sync(e, e.membershipSectors, sectors, FrameworkEntity.FrameworkMembershipSectorRow::new);
        Row.sync(e, e.representatives, representatives, FrameworkEntity.FrameworkRepresentativeRow::new);
        Row.sync(e, e.history, s.history().stream()
                .map(h -> new StatusChangeRow(h.status(), h.on(), h.reason())).toList(), FrameworkEntity.FrameworkStatusChangeRow::new);
        Row.sync(e, e.laterDeliberations, s.laterDeliberations().stream().map(l -> new DeliberationRow(
                l.deliberation().number(), l.deliberation().date(), l.deliberation().decision(),
                l.deliberation().body(), l.outcome(), l.recordedOn())).toList(), FrameworkEntity.FrameworkDeliberationRow::new);
    }
}
