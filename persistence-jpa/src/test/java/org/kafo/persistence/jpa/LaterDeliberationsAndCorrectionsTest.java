package org.kafo.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kafo.model.common.Money;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.DeliberatingBody;
import org.kafo.model.framework.DeliberationOutcome;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.framework.LaterDeliberation;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.territory.CommuneId;

/**
 * A framework's later deliberations (who deliberated, what they decided) and a corrected need come
 * back from every database as they were saved.
 */
class LaterDeliberationsAndCorrectionsTest {

    private static final Sector IRRIGATION = Sector.of("small-scale-irrigation");
    private static final Sector GARDENING = Sector.of("market-gardening");
    private static final Sector FISHING = Sector.of("fishing");
    private static final LocalDate ESTABLISHED_ON = LocalDate.of(2008, 3, 3);

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void deliberations_come_back_with_their_body_and_outcome(Databases.Database db) {
        // given a framework established by a special delegation, renewed by it, then changed by the new council
        ConsultationFramework framework = ConsultationFramework.propose(CommuneId.newId(), "Cadre de Dioro",
                List.of(IRRIGATION, GARDENING), LocalDate.of(2008, 2, 4));
        framework.establish(new CouncilDeliberation("2008-003/DS-DIO", ESTABLISHED_ON, "Création",
                DeliberatingBody.SPECIAL_DELEGATION), ESTABLISHED_ON);
        framework.suspend("Dissolution du conseil", LocalDate.of(2012, 4, 2));
        framework.recordDeliberation(new CouncilDeliberation("2012-031/DS-DIO", LocalDate.of(2012, 9, 14),
                "Reconduction", DeliberatingBody.SPECIAL_DELEGATION), DeliberationOutcome.RENEWAL, List.of(),
                LocalDate.of(2012, 9, 14));
        framework.recordDeliberation(new CouncilDeliberation("2016-044/CC-DIO", LocalDate.of(2016, 12, 5),
                "Le poisson remplace le maraîchage"), DeliberationOutcome.SECTORS_CHANGE, List.of(IRRIGATION, FISHING),
                LocalDate.of(2016, 12, 6));

        // when
        db.repositories().frameworks().save(framework);
        ConsultationFramework loaded = db.repositories().frameworks().get(framework.id());

        // then
        assertThat(loaded.snapshot()).isEqualTo(framework.snapshot());
        assertThat(loaded.deliberation().orElseThrow().body()).isEqualTo(DeliberatingBody.SPECIAL_DELEGATION);
        assertThat(loaded.laterDeliberations()).extracting(LaterDeliberation::outcome)
                .containsExactly(DeliberationOutcome.RENEWAL, DeliberationOutcome.SECTORS_CHANGE);
        assertThat(loaded.laterDeliberations()).extracting(l -> l.deliberation().body())
                .containsExactly(DeliberatingBody.SPECIAL_DELEGATION, DeliberatingBody.COUNCIL);
        assertThat(loaded.status()).isEqualTo(FrameworkStatus.ACTIVE);
        assertThat(loaded.prioritySectors()).containsExactly(IRRIGATION, FISHING);
    }

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void a_corrected_need_comes_back_corrected_with_its_identification_day(Databases.Database db) {
        // given
        Need need = Need.identify(FrameworkId.newId(), OrganisationId.newId(), IRRIGATION, NeedKind.INVESTMENT, "Forage", null, ESTABLISHED_ON);
        db.repositories().needs().save(need);
        Need loaded = db.repositories().needs().get(need.id());

        // when
        loaded.correct(GARDENING, NeedKind.CAPACITY_BUILDING, "Formation au maraîchage", Money.xof(2_500_000),
                "Erreur de filière", ESTABLISHED_ON.plusDays(9));
        db.repositories().needs().save(loaded);

        // then
        Need again = db.repositories().needs().get(need.id());
        assertThat(again.snapshot()).isEqualTo(loaded.snapshot());
        assertThat(again.sector()).isEqualTo(GARDENING);
        assertThat(again.estimatedCost()).contains(Money.xof(2_500_000));
        assertThat(again.identifiedOn()).isEqualTo(ESTABLISHED_ON);
    }
}
