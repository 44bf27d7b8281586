package org.kafo.persistence.jpa.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A row of {@code commune}, with its aliases and its assignments to cercles and regions. */
@Entity(name = "Commune")
@Table(name = "commune")
public class CommuneEntity extends AggregateEntity {

    @Column(name = "code", nullable = false)
    String code;

    @Column(name = "name", nullable = false)
    String name;

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

    protected CommuneEntity() {
    }

    CommuneEntity(String id) {
        super(id);
    }

    @Embeddable
    public static class AliasRow {
        @Column(name = "alias", nullable = false)
        String alias;

        @Column(name = "alias_key", nullable = false)
        String aliasKey;

        protected AliasRow() {
        }

        AliasRow(String alias, String aliasKey) {
            this.alias = alias;
            this.aliasKey = aliasKey;
        }

        String alias() {
            return alias;
        }

        String aliasKey() {
            return aliasKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof AliasRow that && Objects.equals(alias, that.alias) && Objects.equals(aliasKey, that.aliasKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(alias, aliasKey);
        }
    }

    @Embeddable
    public static class AssignmentRow {
        @Column(name = "cercle_id", length = 36, nullable = false)
        String cercleId;

        @Column(name = "region_id", length = 36, nullable = false)
        String regionId;

        @Column(name = "effective_from")
        LocalDate effectiveFrom;

        @Column(name = "effective_to")
        LocalDate effectiveTo;

        protected AssignmentRow() {
        }

        AssignmentRow(String cercleId, String regionId, LocalDate effectiveFrom, LocalDate effectiveTo) {
            this.cercleId = cercleId;
            this.regionId = regionId;
            this.effectiveFrom = effectiveFrom;
            this.effectiveTo = effectiveTo;
        }

        String cercleId() {
            return cercleId;
        }

        String regionId() {
            return regionId;
        }

        LocalDate effectiveFrom() {
            return effectiveFrom;
        }

        LocalDate effectiveTo() {
            return effectiveTo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof AssignmentRow that && Objects.equals(cercleId, that.cercleId) && Objects.equals(regionId, that.regionId) && Objects.equals(effectiveFrom, that.effectiveFrom) && Objects.equals(effectiveTo, that.effectiveTo);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cercleId, regionId, effectiveFrom, effectiveTo);
        }
    }

    /** A row of {@code commune_alias}. */
    @Entity(name = "CommuneAlias")
    @Table(name = "commune_alias")
    @IdClass(RowKey.class)
    public static class CommuneAliasRow implements Row<AliasRow> {
        @Id
        @ManyToOne
        @JoinColumn(name = "commune_id", nullable = false)
        CommuneEntity owner;

        @Id
        @Column(name = "position", nullable = false)
        int position;

        @Embedded
        AliasRow value;

        protected CommuneAliasRow() {
        }

        CommuneAliasRow(CommuneEntity owner, int position) {
            this.owner = owner;
            this.position = position;
        }

        @Override
        public AliasRow value() {
            return value;
        }

        @Override
        public void value(AliasRow value) {
            this.value = value;
        }
    }

    /** A row of {@code commune_assignment}. */
    @Entity(name = "CommuneAssignment")
    @Table(name = "commune_assignment")
    @IdClass(RowKey.class)
    public static class CommuneAssignmentRow implements Row<AssignmentRow> {
        @Id
        @ManyToOne
        @JoinColumn(name = "commune_id", nullable = false)
        CommuneEntity owner;

        @Id
        @Column(name = "position", nullable = false)
        int position;

        @Embedded
        AssignmentRow value;

        protected CommuneAssignmentRow() {
        }

        CommuneAssignmentRow(CommuneEntity owner, int position) {
            this.owner = owner;
            this.position = position;
        }

        @Override
        public AssignmentRow value() {
            return value;
        }

        @Override
        public void value(AssignmentRow value) {
            this.value = value;
        }
    }
}
