package org.kafo.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kafo.server.api.CommitteeView.MandateValue;
import org.kafo.server.api.PeriodValue;

class MandateVersionTest {

    private static final UUID PLAN = UUID.randomUUID();
    private static final PeriodValue SPRING = new PeriodValue(LocalDate.of(2008, 4, 10), LocalDate.of(2008, 7, 9));

    @Test
    void the_first_revision_changes_nothing_and_the_next_shows_what_it_changed() {
        // given a mandate revised once: same scope and plan, a longer period, one duty replaced
        MandateValue first = new MandateValue(1, LocalDate.of(2008, 4, 10), "Suivi du plan",
                List.of("Vérifier l'avancement", "Signaler les obstacles"), SPRING, PLAN, null);
        MandateValue second = new MandateValue(2, LocalDate.of(2008, 5, 30), "Suivi du plan",
                List.of("Vérifier l'avancement", "Suivre la livraison de la motopompe"),
                new PeriodValue(LocalDate.of(2008, 4, 10), LocalDate.of(2008, 7, 31)), PLAN, "Motopompe en retard");

        // when they are put side by side
        List<MandateVersion> versions = MandateVersion.of(List.of(first, second));

        // then the first stands alone and the second names its changes
        assertThat(versions.get(0)).extracting(MandateVersion::scopeChanged, MandateVersion::periodChanged,
                MandateVersion::planChanged).containsExactly(false, false, false);
        assertThat(versions.get(0).added()).isEmpty();
        MandateVersion revised = versions.get(1);
        assertThat(revised.scopeChanged()).isFalse();
        assertThat(revised.periodChanged()).isTrue();
        assertThat(revised.planChanged()).isFalse();
        assertThat(revised.added()).containsExactly("Suivre la livraison de la motopompe");
        assertThat(revised.dropped()).containsExactly("Signaler les obstacles");
        assertThat(revised.isNew("Vérifier l'avancement")).isFalse();
    }
}
