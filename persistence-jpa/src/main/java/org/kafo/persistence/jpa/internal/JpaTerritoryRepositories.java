package org.kafo.persistence.jpa.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.Identifier;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.CercleRepository;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.CommuneRepository;
import org.kafo.model.territory.Region;
import org.kafo.model.territory.RegionId;
import org.kafo.model.territory.RegionRepository;
import org.kafo.persistence.jpa.spi.EntityManagerSource;

/** Regions, cercles and communes in the database. */
public final class JpaTerritoryRepositories {

    private JpaTerritoryRepositories() {
    }

    /** What every level of the territory is found by: its code, and all of it. */
    abstract static class Level<A extends AggregateRoot<I>, I extends Identifier, S, E extends AggregateEntity>
            extends JpaRepository<A, I, S, E> {

        Level(EntityManagerSource entityManagers, String aggregateType, Class<E> entityType, Supplier<E> newEntity,
                EntityMapper<S, E> mapper, Function<A, S> snapshot, Restore<S, A> restore,
                Comparator<? super A> order) {
            super(entityManagers, aggregateType, entityType, newEntity, mapper, snapshot, restore, order);
        }

        public Optional<A> findByCode(String code) {
            return firstWhere("code", code);
        }

        public List<A> findAll() {
            return listAll();
        }
    }

    /** Regions in the database. */
    public static final class Regions extends Level<Region, RegionId, Region.State, RegionEntity>
            implements RegionRepository {

        public Regions(EntityManagerSource entityManagers) {
            super(entityManagers, "region", RegionEntity.class, RegionEntity::new, TerritoryMappers.REGION,
                    Region::snapshot, Region::restore, RegionRepository.ORDER);
        }
    }

    /** Cercles in the database. */
    public static final class Cercles extends Level<Cercle, CercleId, Cercle.State, CercleEntity>
            implements CercleRepository {

        public Cercles(EntityManagerSource entityManagers) {
            super(entityManagers, "cercle", CercleEntity.class, CercleEntity::new, TerritoryMappers.CERCLE,
                    Cercle::snapshot, Cercle::restore, CercleRepository.ORDER);
        }
    }

    /** Communes in the database; names and aliases are searched through their case-folded keys. */
    public static final class Communes extends Level<Commune, CommuneId, Commune.State, CommuneEntity>
            implements CommuneRepository {

        public Communes(EntityManagerSource entityManagers) {
            super(entityManagers, "commune", CommuneEntity.class, CommuneEntity::new, TerritoryMappers.COMMUNE,
                    Commune::snapshot, Commune::restore, CommuneRepository.ORDER);
        }

        @Override
        public List<Commune> findByName(String spelling) {
            if (spelling == null) {
                return List.of();
            }
            return list(em -> where(em, "e.nameKey = :key or e.id in (select c.id from Commune c join c.aliases a"
                    + " where a.value.aliasKey = :key)").setParameter("key", SearchKey.of(spelling)));
        }
    }
}
