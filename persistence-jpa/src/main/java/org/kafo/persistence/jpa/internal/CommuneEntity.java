package org.kafo.persistence.jpa.internal;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A row of {@code commune}, with its aliases and its assignments to cercles and regions. */
@Entity(name = "Commune")
@Table(name = "commune")
public class CommuneEntity extends TerritoryEntity {

    /** The name as compared ignoring case: see {@link SearchKey}. */
    @Column(name = "name_key", nullable = false)
    String nameKey;

    @Column(name = "inhabitants")
    Long inhabitants;

    @Column(name = "census_year")
    Integer censusYear;

    @Column(name = "latitude")
    Double latitude;

    @Column(name = "longitude")
    Double longitude;

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    List<CommuneAliasRow> aliases = new ArrayList<>();

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    List<CommuneAssignmentRow> assignments = new ArrayList<>();

    @Embeddable
    public record AliasRow(
            @Column(name = "alias", nullable = false) String alias,
            @Column(name = "alias_key", nullable = false) String aliasKey) {
    }

    @Embeddable
    public record AssignmentRow(
            @Column(name = "cercle_id", length = 36, nullable = false) String cercleId,
            @Column(name = "region_id", length = 36, nullable = false) String regionId,
            @Embedded EffectiveColumns effective) {
    }

    /** A row of {@code commune_alias}. */
    @Entity
    @Table(name = "commune_alias")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "commune_id"))
    public static class CommuneAliasRow extends Row<CommuneEntity, AliasRow> {
    }

    /** A row of {@code commune_assignment}. */
    @Entity
    @Table(name = "commune_assignment")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "commune_id"))
    public static class CommuneAssignmentRow extends Row<CommuneEntity, AssignmentRow> {
    }
}
