package org.kafo.persistence.jpa.internal;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.kafo.model.organisation.OrganisationKind;

/** A row of {@code organisation}, with its sectors. */
@Entity(name = "Organisation")
@Table(name = "organisation")
public class OrganisationEntity extends AggregateEntity {

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "acronym")
    String acronym;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    OrganisationKind kind;

    @Column(name = "commune_id", length = 36)
    String communeId;

    @Column(name = "member_count")
    Integer memberCount;

    @Column(name = "member_women")
    Integer memberWomen;

    @Column(name = "member_youth")
    Integer memberYouth;

    @Column(name = "members_counted_on")
    LocalDate membersCountedOn;

    @Column(name = "registration_number")
    String registrationNumber;

    @Column(name = "registered_on")
    LocalDate registeredOn;

    @Column(name = "registration_authority")
    String registrationAuthority;

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    List<OrganisationSectorRow> sectors = new ArrayList<>();

    /** A row of {@code organisation_sector}. */
    @Entity
    @Table(name = "organisation_sector")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "organisation_id"))
    @AttributeOverride(name = "value", column = @Column(name = "sector_code", nullable = false))
    public static class OrganisationSectorRow extends Row<OrganisationEntity, String> {
    }
}
