package org.kafo.model.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.model.Fixtures.REFORM_IN_FORCE;
import static org.kafo.model.Fixtures.communeOfSegouCercle;
import static org.kafo.model.Fixtures.dioro;
import static org.kafo.model.Fixtures.segouCercle;
import static org.kafo.model.Fixtures.segouRegion;
import static org.kafo.model.Fixtures.violationCode;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.Effective;

class TerritoryTest {

    private final Region segou = segouRegion();
    private final Cercle segouCercle = segouCercle(segou.id());

    @Test
    void a_region_is_registered_with_its_code_and_name() {
        // when
        Region koulikoro = Region.register("02", "Koulikoro", Effective.ALWAYS);

        // then
        assertThat(koulikoro.code()).isEqualTo("02");
        assertThat(koulikoro.name()).isEqualTo("Koulikoro");
        assertThat(koulikoro.version()).isZero();
        assertThat(koulikoro.recordedEvents()).containsExactly(
                new TerritoryEvent.RegionRegistered(koulikoro.id(), "02", "Koulikoro", Effective.ALWAYS));
        assertThat(koulikoro.recordedEvents().get(0).occurredOn()).isNull();
    }

    @Test
    void a_region_created_by_the_reform_exists_from_the_day_it_took_effect() {
        // when
        Region bougouni = Region.register("BGN", "Bougouni", Effective.since(REFORM_IN_FORCE));

        // then
        assertThat(bougouni.effective().isOn(REFORM_IN_FORCE.minusDays(1))).isFalse();
        assertThat(bougouni.effective().isOn(REFORM_IN_FORCE)).isTrue();
        assertThat(bougouni.recordedEvents().get(0).occurredOn()).isEqualTo(REFORM_IN_FORCE);
    }

    @Test
    void a_region_is_retired_once() {
        // given
        Region region = Region.register("07", "Tombouctou", Effective.ALWAYS);

        // when
        TerritoryEvent.RegionRetired retired = region.retire(REFORM_IN_FORCE.minusDays(1));

        // then
        assertThat(retired).isEqualTo(new TerritoryEvent.RegionRetired(region.id(), LocalDate.of(2024, 9, 23)));
        assertThat(region.effective().isOn(REFORM_IN_FORCE)).isFalse();
        assertThat(violationCode(() -> region.retire(REFORM_IN_FORCE))).isEqualTo("region.retired");
    }

    @Test
    void a_cercle_belongs_to_its_region_and_is_retired_once() {
        // when
        TerritoryEvent.CercleRetired retired = segouCercle.retire(LocalDate.of(2030, 12, 31));

        // then
        assertThat(segouCercle.region()).isEqualTo(segou.id());
        assertThat(segouCercle.code()).isEqualTo("0406");
        assertThat(segouCercle.recordedEvents()).hasSize(2).last().isEqualTo(retired);
        assertThat(violationCode(() -> segouCercle.retire(LocalDate.of(2031, 1, 1)))).isEqualTo("cercle.retired");
    }

    @Test
    void a_cercle_is_not_retired_before_it_existed() {
        // given
        Cercle markala = Cercle.register("MKL", "Markala", segou.id(), Effective.since(REFORM_IN_FORCE));

        // when
        String code = violationCode(() -> markala.retire(REFORM_IN_FORCE.minusDays(1)));

        // then
        assertThat(code).isEqualTo("dates.order");
        assertThat(markala.effective().isOpenEnded()).isTrue();
    }

    @Test
    void a_commune_is_registered_in_a_cercle_and_a_region() {
        // when
        Commune dioro = dioro(segouCercle.id(), segou.id());

        // then
        assertThat(dioro.code()).isEqualTo("04060101");
        assertThat(dioro.currentAssignment().cercle()).isEqualTo(segouCercle.id());
        assertThat(dioro.currentAssignment().region()).isEqualTo(segou.id());
        assertThat(dioro.location()).contains(new GeoPoint(15.01713, -4.19919));
        assertThat(dioro.population()).isEmpty();
        assertThat(dioro.recordedEvents()).containsExactly(new TerritoryEvent.CommuneRegistered(dioro.id(),
                "04060101", "Dioro", dioro.currentAssignment()));
    }

    @Test
    void markala_moves_to_the_new_markala_cercle_and_keeps_both_assignments() {
        // given
        Commune markala = communeOfSegouCercle("04060501", "Markala", segouCercle.id(), segou.id());
        Cercle markalaCercle = Cercle.register("MKL", "Markala", segou.id(), Effective.since(REFORM_IN_FORCE));

        // when
        TerritoryEvent.CommuneReassigned moved = markala.reassign(markalaCercle.id(), segou.id(), REFORM_IN_FORCE);

        // then
        Assignment before = new Assignment(segouCercle.id(), segou.id(), new Effective(null, LocalDate.of(2024, 9, 23)));
        Assignment after = new Assignment(markalaCercle.id(), segou.id(), Effective.since(REFORM_IN_FORCE));
        assertThat(moved).isEqualTo(new TerritoryEvent.CommuneReassigned(markala.id(), before, after));
        assertThat(moved.occurredOn()).isEqualTo(REFORM_IN_FORCE);
        assertThat(markala.assignments()).containsExactly(before, after);
        assertThat(markala.assignmentOn(LocalDate.of(2008, 4, 8))).contains(before);
        assertThat(markala.assignmentOn(LocalDate.of(2024, 9, 23))).contains(before);
        assertThat(markala.assignmentOn(REFORM_IN_FORCE)).contains(after);
        assertThat(markala.currentAssignment()).isEqualTo(after);
    }

    @Test
    void a_commune_moved_twice_answers_for_each_period() {
        // given
        Commune togou = communeOfSegouCercle("04060301", "Togou", segouCercle.id(), segou.id());
        CercleId markalaCercle = CercleId.newId();
        CercleId laterCercle = CercleId.newId();
        togou.reassign(markalaCercle, segou.id(), REFORM_IN_FORCE);

        // when
        togou.reassign(laterCercle, segou.id(), LocalDate.of(2030, 1, 1));

        // then
        assertThat(togou.assignments()).extracting(Assignment::cercle)
                .containsExactly(segouCercle.id(), markalaCercle, laterCercle);
        assertThat(togou.assignmentOn(LocalDate.of(2029, 12, 31))).map(Assignment::cercle).contains(markalaCercle);
        assertThat(togou.assignmentOn(LocalDate.of(2030, 1, 1))).map(Assignment::cercle).contains(laterCercle);
    }

    @Test
    void a_reassignment_starts_after_the_current_assignment_started() {
        // given
        Commune sansanding = communeOfSegouCercle("04060401", "Sansanding", segouCercle.id(), segou.id());
        sansanding.reassign(CercleId.newId(), segou.id(), REFORM_IN_FORCE);
        List<Assignment> before = sansanding.assignments();

        // when
        String sameDay = violationCode(() -> sansanding.reassign(CercleId.newId(), segou.id(), REFORM_IN_FORCE));
        String earlier = violationCode(() -> sansanding.reassign(CercleId.newId(), segou.id(),
                REFORM_IN_FORCE.minusDays(1)));

        // then
        assertThat(sameDay).isEqualTo("commune.reassignment-date");
        assertThat(earlier).isEqualTo("commune.reassignment-date");
        assertThat(sansanding.assignments()).isEqualTo(before);
    }

    @Test
    void a_reassignment_needs_a_cercle_a_region_and_a_day_and_changes_nothing_without_them() {
        // given
        Commune dioro = dioro(segouCercle.id(), segou.id());

        // then
        assertThat(violationCode(() -> dioro.reassign(null, segou.id(), REFORM_IN_FORCE))).isEqualTo("required");
        assertThat(violationCode(() -> dioro.reassign(CercleId.newId(), null, REFORM_IN_FORCE))).isEqualTo("required");
        assertThat(violationCode(() -> dioro.reassign(CercleId.newId(), segou.id(), null))).isEqualTo("required");
        assertThat(dioro.assignments()).hasSize(1);
    }

    @Test
    void a_commune_whose_last_assignment_ended_is_not_reassigned() {
        // given
        Commune ended = Commune.restore(new Commune.State(CommuneId.newId(), "04069999", "Ancienne commune",
                List.of(), null, null, List.of(new Assignment(segouCercle.id(), segou.id(),
                        new Effective(null, LocalDate.of(2024, 9, 23))))), 3);

        // when
        String code = violationCode(() -> ended.reassign(CercleId.newId(), segou.id(), REFORM_IN_FORCE));

        // then
        assertThat(code).isEqualTo("commune.assignment-closed");
        assertThat(ended.assignmentOn(REFORM_IN_FORCE)).isEmpty();
    }

    @Test
    void a_stored_commune_has_assignments_that_do_not_overlap() {
        // given
        Assignment old = new Assignment(segouCercle.id(), segou.id(), new Effective(null, REFORM_IN_FORCE));
        Assignment reform = new Assignment(CercleId.newId(), segou.id(), Effective.since(REFORM_IN_FORCE));

        // then
        assertThat(violationCode(() -> Commune.restore(new Commune.State(CommuneId.newId(), "04060501", "Markala",
                List.of(), null, null, List.of(old, reform)), 1))).isEqualTo("commune.assignments-overlap");
        assertThat(violationCode(() -> Commune.restore(new Commune.State(CommuneId.newId(), "04060501", "Markala",
                List.of(), null, null, List.of()), 1))).isEqualTo("commune.unassigned");
    }

    @Test
    void a_census_replaces_an_older_one_only() {
        // given
        Commune dioro = dioro(segouCercle.id(), segou.id());
        dioro.recordCensus(new Population(35_600, 1998), LocalDate.of(1999, 3, 1));

        // when
        TerritoryEvent.CensusRecorded newer = dioro.recordCensus(new Population(43_000, 2009), LocalDate.of(2010, 6, 1));
        String older = violationCode(() -> dioro.recordCensus(new Population(30_000, 1987), LocalDate.of(2010, 6, 2)));

        // then
        assertThat(newer.population().censusYear()).isEqualTo(2009);
        assertThat(older).isEqualTo("commune.census-older");
        assertThat(dioro.population()).contains(new Population(43_000, 2009));
    }

    @Test
    void a_census_without_the_day_it_was_recorded_changes_nothing() {
        // given
        Commune dioro = dioro(segouCercle.id(), segou.id());

        // when
        String code = violationCode(() -> dioro.recordCensus(new Population(43_000, 2009), null));

        // then
        assertThat(code).isEqualTo("required");
        assertThat(dioro.population()).isEmpty();
        assertThat(dioro.recordedEvents()).hasSize(1);
    }

    @Test
    void the_seeds_spelling_finds_the_commune_by_its_alias() {
        // given
        Commune sirakorola = Commune.register("02030801", "Sirakorola", new Assignment(CercleId.newId(),
                RegionId.newId(), Effective.ALWAYS), null, null);

        // when
        sirakorola.addAlias(" Sirakorala ");

        // then
        assertThat(sirakorola.isKnownAs("sirakorala")).isTrue();
        assertThat(sirakorola.isKnownAs("SIRAKOROLA")).isTrue();
        assertThat(sirakorola.isKnownAs("Koula")).isFalse();
        assertThat(sirakorola.aliases()).containsExactly("Sirakorala");
        assertThat(violationCode(() -> sirakorola.addAlias(" "))).isEqualTo("required");
    }

    @Test
    void places_and_censuses_stay_within_their_ranges() {
        assertThat(violationCode(() -> new GeoPoint(91, 0))).isEqualTo("geo.range");
        assertThat(violationCode(() -> new GeoPoint(15, -181))).isEqualTo("geo.range");
        assertThat(violationCode(() -> new GeoPoint(Double.NaN, 0))).isEqualTo("geo.range");
        assertThat(violationCode(() -> new Population(-1, 2009))).isEqualTo("negative");
        assertThat(violationCode(() -> new Population(43_000, 209))).isEqualTo("population.census-year");
    }
}
