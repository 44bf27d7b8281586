package org.kafo.persistence.jpa.internal;

import static org.kafo.persistence.jpa.internal.Keys.id;
import static org.kafo.persistence.jpa.internal.Keys.key;

import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.GeoPoint;
import org.kafo.model.territory.Population;
import org.kafo.model.territory.Region;
import org.kafo.model.territory.RegionId;

/** Maps regions, cercles and communes. */
final class TerritoryMappers {

    private TerritoryMappers() {
    }

    static final EntityMapper<Region.State, RegionEntity> REGION = new EntityMapper<>() {
        @Override
        public Region.State read(RegionEntity e) {
            return new Region.State(id(e.id, RegionId::new), e.code, e.name,
                    EffectiveColumns.effective(e.effective));
        }

        @Override
        public void write(Region.State s, RegionEntity e) {
            e.code = s.code();
            e.name = s.name();
            e.effective = EffectiveColumns.of(s.effective());
        }
    };

    static final EntityMapper<Cercle.State, CercleEntity> CERCLE = new EntityMapper<>() {
        @Override
        public Cercle.State read(CercleEntity e) {
            return new Cercle.State(id(e.id, CercleId::new), e.code, e.name, id(e.regionId, RegionId::new),
                    EffectiveColumns.effective(e.effective));
        }

        @Override
        public void write(Cercle.State s, CercleEntity e) {
            e.code = s.code();
            e.name = s.name();
            e.regionId = key(s.region());
            e.effective = EffectiveColumns.of(s.effective());
        }
    };

    static final EntityMapper<Commune.State, CommuneEntity> COMMUNE = new EntityMapper<>() {
        @Override
        public Commune.State read(CommuneEntity e) {
            return new Commune.State(id(e.id, CommuneId::new), e.code, e.name,
                    Row.values(e.aliases).stream().map(CommuneEntity.AliasRow::alias).toList(),
                    e.inhabitants == null ? null : new Population(e.inhabitants, e.censusYear),
                    e.latitude == null ? null : new GeoPoint(e.latitude, e.longitude),
                    Row.values(e.assignments).stream().map(a -> new Assignment(id(a.cercleId(), CercleId::new),
                            id(a.regionId(), RegionId::new), EffectiveColumns.effective(a.effective()))).toList());
        }

        @Override
        public void write(Commune.State s, CommuneEntity e) {
            e.code = s.code();
            e.name = s.name();
            e.nameKey = SearchKey.of(s.name());
            e.inhabitants = s.population() == null ? null : s.population().inhabitants();
            e.censusYear = s.population() == null ? null : s.population().censusYear();
            e.latitude = s.location() == null ? null : s.location().latitude();
            e.longitude = s.location() == null ? null : s.location().longitude();
            Row.sync(e, e.aliases, s.aliases().stream().map(a -> new CommuneEntity.AliasRow(a, SearchKey.of(a))).toList(), CommuneEntity.CommuneAliasRow::new);
            Row.sync(e, e.assignments, s.assignments().stream().map(a -> new CommuneEntity.AssignmentRow(key(a.cercle()),
                    key(a.region()), EffectiveColumns.of(a.effective()))).toList(), CommuneEntity.CommuneAssignmentRow::new);
        }
    };
}
