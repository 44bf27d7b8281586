package org.kafo.persistence.jpa.internal;

import static org.kafo.persistence.jpa.internal.Keys.id;
import static org.kafo.persistence.jpa.internal.Keys.key;

import org.kafo.model.common.Sector;
import org.kafo.model.organisation.LegalRegistration;
import org.kafo.model.organisation.MemberCount;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.territory.CommuneId;

/** Maps organisations. */
final class OrganisationMapper implements EntityMapper<Organisation.State, OrganisationEntity> {

    @Override
    public Organisation.State read(OrganisationEntity e) {
        return new Organisation.State(id(e.id, OrganisationId::new), e.name, e.acronym, e.kind,
                id(e.communeId, CommuneId::new), Row.values(e.sectors).stream().map(Sector::new).toList(),
                e.memberCount == null ? null
                        : new MemberCount(e.memberCount, e.memberWomen, e.memberYouth, e.membersCountedOn),
                e.registrationNumber == null ? null
                        : new LegalRegistration(e.registrationNumber, e.registeredOn, e.registrationAuthority));
    }

    @Override
    public void write(Organisation.State s, OrganisationEntity e) {
        e.name = s.name();
        e.acronym = s.acronym();
        e.kind = s.kind();
        e.communeId = key(s.commune());
        MemberCount members = s.members();
        e.memberCount = members == null ? null : members.members();
        e.memberWomen = members == null ? null : members.women();
        e.memberYouth = members == null ? null : members.youth();
        e.membersCountedOn = members == null ? null : members.countedOn();
        LegalRegistration registration = s.registration();
        e.registrationNumber = registration == null ? null : registration.number();
        e.registeredOn = registration == null ? null : registration.registeredOn();
        e.registrationAuthority = registration == null ? null : registration.authority();
        Row.sync(e, e.sectors, s.sectors().stream().map(Sector::code).toList(), OrganisationEntity.OrganisationSectorRow::new);
    }
}
