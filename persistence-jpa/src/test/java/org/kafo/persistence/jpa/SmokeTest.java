package org.kafo.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.Region;

class SmokeTest {

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void a_region_and_a_framework_come_back(Databases.Database db) {
        Region region = Region.register("04", "Ségou", Effective.since(LocalDate.of(1977, 1, 1)));
        Region saved = db.repositories().regions().save(region);
        assertThat(db.repositories().regions().get(region.id()).snapshot()).isEqualTo(region.snapshot());
        assertThat(saved.version()).isEqualTo(1);
        ConsultationFramework framework = ConsultationFramework.propose(CommuneId.newId(), "Cadre de Dioro",
                List.of(Sector.of("small-scale-irrigation"), Sector.of("market-gardening")), LocalDate.of(2008, 3, 1));
        ConsultationFramework f1 = db.repositories().frameworks().save(framework);
        f1.changePrioritySectors(List.of(Sector.of("rice")), LocalDate.of(2008, 3, 2));
        ConsultationFramework f2 = db.repositories().frameworks().save(f1);
        assertThat(f2.version()).isEqualTo(2);
        assertThat(db.repositories().frameworks().get(framework.id()).snapshot()).isEqualTo(f1.snapshot());
        assertThat(db.repositories().frameworks().get(framework.id()).version()).isEqualTo(2);
    }
}
