package org.kafo.persistence.jpa.internal;

import java.util.List;
import java.util.Optional;
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

    /** Regions in the database. */
    public static final class Regions extends JpaRepository<Region, RegionId, Region.State, RegionEntity>
            implements RegionRepository {

        public Regions(EntityManagerSource entityManagers) {
            super(entityManagers, "region", RegionEntity.class, RegionEntity::new, TerritoryMappers.REGION,
                    Region::snapshot, Region::restore);
        }

        @Override
        public Optional<Region> findByCode(String code) {
            return list(em -> where(em, "e.code = :code").setParameter("code", code),
                    RegionRepository.ORDER).stream().findFirst();
        }

        @Override
        public List<Region> findAll() {
            return list(em -> where(em, null), RegionRepository.ORDER);
        }
    }

    /** Cercles in the database. */
    public static final class Cercles extends JpaRepository<Cercle, CercleId, Cercle.State, CercleEntity>
            implements CercleRepository {

        public Cercles(EntityManagerSource entityManagers) {
            super(entityManagers, "cercle", CercleEntity.class, CercleEntity::new, TerritoryMappers.CERCLE,
                    Cercle::snapshot, Cercle::restore);
        }

        @Override
        public Optional<Cercle> findByCode(String code) {
            return list(em -> where(em, "e.code = :code").setParameter("code", code),
                    CercleRepository.ORDER).stream().findFirst();
        }

        @Override
        public List<Cercle> findAll() {
            return list(em -> where(em, null), CercleRepository.ORDER);
        }
    }

    /** Communes in the database; names and aliases are searched through their case-folded keys. */
    public static final class Communes extends JpaRepository<Commune, CommuneId, Commune.State, CommuneEntity>
            implements CommuneRepository {

        public Communes(EntityManagerSource entityManagers) {
            super(entityManagers, "commune", CommuneEntity.class, CommuneEntity::new, TerritoryMappers.COMMUNE,
                    Commune::snapshot, Commune::restore);
        }

        @Override
        public Optional<Commune> findByCode(String code) {
            return list(em -> where(em, "e.code = :code").setParameter("code", code),
                    CommuneRepository.ORDER).stream().findFirst();
        }

        @Override
        public List<Commune> findByName(String spelling) {
            if (spelling == null) {
                return List.of();
            }
            return list(em -> where(em, "e.nameKey = :key or e.id in (select c.id from Commune c join c.aliases a"
                    + " where a.value.aliasKey = :key)").setParameter("key", SearchKey.of(spelling)),
                            CommuneRepository.ORDER);
        }

        @Override
        public List<Commune> findAll() {
            return list(em -> where(em, null), CommuneRepository.ORDER);
        }
    }
}
