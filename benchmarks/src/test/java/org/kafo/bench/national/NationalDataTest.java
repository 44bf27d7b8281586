package org.kafo.bench.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kafo.model.plan.ActionPlan;

/** The generated data is the same for the same seed, and as large as a commune's ten years are. */
class NationalDataTest {

    private static List<CommuneStory.History> communes(long seed, int communes) {
        NationalData data = NationalData.of(communes, 40, seed);
        List<CommuneStory.History> all = new ArrayList<>();
        data.communes(data.territory(), all::add);
        return all;
    }

    @Test
    void the_same_seed_tells_the_same_stories_ids_included() {
        // when
        List<CommuneStory.History> first = communes(2026, 6);
        List<CommuneStory.History> second = communes(2026, 6);

        // then
        assertThat(second).isEqualTo(first);
        assertThat(NationalData.of(6, 40, 2026).territory().regions())
                .isEqualTo(NationalData.of(6, 40, 2026).territory().regions());
    }

    @Test
    void another_seed_tells_other_stories() {
        // when
        List<CommuneStory.History> one = communes(2026, 2);
        List<CommuneStory.History> other = communes(2027, 2);

        // then
        assertThat(other.get(0).commune().id()).isNotEqualTo(one.get(0).commune().id());
        assertThat(other).isNotEqualTo(one);
    }

    @Test
    void the_country_has_815_communes_in_19_regions_and_159_cercles() {
        // given
        Territory territory = NationalData.of(815, 40, 2026).territory();

        // then
        assertThat(territory.regions()).hasSize(19);
        assertThat(territory.cercles()).hasSize(159);
        assertThat(java.util.Arrays.stream(territory.communesPerCercle()).sum()).isEqualTo(815);
        assertThat(java.util.Arrays.stream(territory.communesPerCercle()).min().orElseThrow()).isGreaterThan(0);
        assertThat(territory.regions()).allSatisfy(r -> assertThat(r.name()).contains("synthétique"));
    }

    @Test
    void a_commune_holds_forty_quarterly_plans_the_last_in_force_with_a_few_actions_each() {
        // when
        CommuneStory.History commune = communes(2026, 1).get(0);

        // then
        assertThat(commune.plans()).hasSize(40);
        assertThat(commune.plans().subList(0, 39)).allSatisfy(p -> assertThat(p.review()).isNotNull());
        assertThat(ActionPlan.restore(commune.plans().get(39), 1).isInForce()).isTrue();
        assertThat(commune.plans()).allSatisfy(p -> assertThat(p.actions()).hasSizeBetween(1, 12));
        assertThat(commune.meetings()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(commune.meetings()).allSatisfy(m -> assertThat(m.attendance()).hasSizeGreaterThan(3));
        assertThat(commune.needs()).hasSizeGreaterThan(20);
        assertThat(commune.committee().mandates()).hasSizeGreaterThan(20);
        assertThat(commune.organisations()).hasSizeBetween(3, 7);
    }
}
