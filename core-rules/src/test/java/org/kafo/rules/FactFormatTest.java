package org.kafo.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kafo.model.common.Money;
import org.kafo.model.common.MoneyTotal;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.meeting.AgendaItem;
import org.kafo.model.meeting.AgendaItemKind;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.ActionKind;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.scenario.ScenarioMessages;

@DisplayName("Values in messages, per language")
class FactFormatTest {

    private static final char NBSP = '\u00A0';

    private final RuleBook book = PactRules.book();

    private String fr(Object value) {
        return book.format(value, Locale.FRENCH);
    }

    private String en(Object value) {
        return book.format(value, Locale.ENGLISH);
    }

    @Nested
    @DisplayName("amounts")
    class Amounts {

        @Test
        void francs_cfa_are_grouped_by_no_break_spaces_in_french_and_commas_in_english() {
            assertThat(fr(Money.xof(1_500_000))).isEqualTo("1" + NBSP + "500" + NBSP + "000" + NBSP + "FCFA");
            assertThat(en(Money.xof(1_500_000))).isEqualTo("XOF 1,500,000");
        }

        @Test
        void small_amounts_and_zero_have_no_separator() {
            assertThat(fr(Money.xof(950))).isEqualTo("950" + NBSP + "FCFA");
            assertThat(en(Money.xof(0))).isEqualTo("XOF 0");
        }

        @Test
        void totals_beyond_a_long_and_signed_differences_read_the_same_way() {
            MoneyTotal huge = MoneyTotal.xof(new BigInteger("10000000000000000000"));
            assertThat(en(huge)).isEqualTo("XOF 10,000,000,000,000,000,000");
            SignedAmount shortBy = new SignedAmount(BigInteger.valueOf(-150_000), "XOF");
            assertThat(fr(shortBy)).isEqualTo("-150" + NBSP + "000" + NBSP + "FCFA");
            assertThat(en(shortBy)).isEqualTo("XOF -150,000");
            assertThat(shortBy).hasToString("-150000 XOF");
        }

        @Test
        void another_currency_keeps_its_code() {
            assertThat(fr(new Money(12_000, "EUR"))).isEqualTo("12" + NBSP + "000" + NBSP + "EUR");
            assertThat(en(new Money(12_000, "EUR"))).isEqualTo("EUR 12,000");
        }
    }

    @Nested
    @DisplayName("days")
    class Days {

        @Test
        void a_day_reads_with_its_month_named() {
            assertThat(fr(LocalDate.of(2026, 3, 12))).isEqualTo("12 mars 2026");
            assertThat(en(LocalDate.of(2026, 3, 12))).isEqualTo("12 March 2026");
        }

        @Test
        void the_first_of_a_month_is_1er_in_french() {
            assertThat(fr(LocalDate.of(2008, 8, 1))).isEqualTo("1er août 2008");
            assertThat(en(LocalDate.of(2008, 8, 1))).isEqualTo("1 August 2008");
        }
    }

    @Nested
    @DisplayName("plurals")
    class Plurals {

        private final RuleBook counting = RuleBook.builder(RuleProfile.pact())
                .messages(RuleBookTest.bundle("X-1.count",
                                "{present} of {members} professional {members|organisation|organisations}"),
                        RuleBookTest.bundle("X-1.count",
                                "{present} {present|organisation professionnelle|organisations professionnelles}"
                                        + " sur {members}"))
                .build();

        private String message(Locale language, int present, int members) {
            Verdict verdict = Verdict.warning("X-1", "X-1.count", "present", present, "members", members);
            return counting.message(verdict, language);
        }

        @Test
        void french_takes_the_singular_for_0_and_1() {
            assertThat(message(Locale.FRENCH, 0, 4)).isEqualTo("0 organisation professionnelle sur 4");
            assertThat(message(Locale.FRENCH, 1, 4)).isEqualTo("1 organisation professionnelle sur 4");
            assertThat(message(Locale.FRENCH, 2, 4)).isEqualTo("2 organisations professionnelles sur 4");
        }

        @Test
        void english_takes_the_singular_for_1_only() {
            assertThat(message(Locale.ENGLISH, 0, 1)).isEqualTo("0 of 1 professional organisation");
            assertThat(message(Locale.ENGLISH, 0, 0)).isEqualTo("0 of 0 professional organisations");
            assertThat(message(Locale.ENGLISH, 1, 2)).isEqualTo("1 of 2 professional organisations");
        }

        @Test
        void a_count_given_as_text_counts_too() {
            Verdict verdict = Verdict.warning("X-1", "X-1.count", "present", "1", "members", "3");
            assertThat(counting.message(verdict, Locale.ENGLISH)).isEqualTo("1 of 3 professional organisations");
            assertThat(counting.message(verdict, Locale.FRENCH)).isEqualTo("1 organisation professionnelle sur 3");
        }

        @Test
        void the_plural_form_names_its_count_as_a_placeholder_the_languages_must_share() {
            assertThat(RuleMessages.placeholders("{n} {n|day|days} from {start}")).containsExactly("n", "start");
            assertThat(counting.messageProblems()).isEmpty();
        }
    }

    @Nested
    @DisplayName("lists")
    class Lists {

        @Test
        void the_last_two_are_joined_by_and() {
            assertThat(fr(List.of("a", "b", "c"))).isEqualTo("a, b et c");
            assertThat(en(List.of("a", "b", "c"))).isEqualTo("a, b and c");
            assertThat(fr(List.of("a", "b"))).isEqualTo("a et b");
            assertThat(en(List.of("a"))).isEqualTo("a");
            assertThat(en(List.of())).isEmpty();
        }

        @Test
        void each_element_reads_as_a_value() {
            List<Sector> sectors = List.of(Sector.of("small-scale-irrigation"), Sector.of("market-gardening"));
            assertThat(fr(sectors)).isEqualTo("petite irrigation et maraîchage");
            assertThat(en(sectors)).isEqualTo("small-scale irrigation and market gardening");
        }
    }

    @Nested
    @DisplayName("enum constants")
    class Enums {

        @Test
        void a_constant_reads_as_its_label() {
            assertThat(fr(PartyCategory.SUPPORT_PROGRAMME)).isEqualTo("programme d'appui");
            assertThat(en(PartyCategory.SUPPORT_PROGRAMME)).isEqualTo("support programme");
            assertThat(fr(ActionKind.INFRASTRUCTURE)).isEqualTo("infrastructure");
            assertThat(fr(NeedKind.CAPACITY_BUILDING)).isEqualTo("renforcement des capacités");
            assertThat(fr(MeetingStatus.CONVENED)).isEqualTo("convoquée");
        }

        @Test
        void every_constant_of_the_model_has_a_label_in_both_languages() {
            for (Class<? extends Enum<?>> type : ScenarioMessages.MODEL_ENUMS) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                        assertThat(book.format(constant, language)).as("%s.%s in %s", type.getSimpleName(), constant,
                                language).isNotEqualTo(constant.name()).isNotBlank();
                    }
                }
            }
        }

        @Test
        void a_constant_without_a_label_reads_as_itself_for_a_test_to_catch() {
            assertThat(fr(Thread.State.BLOCKED)).isEqualTo("BLOCKED");
        }
    }

    @Nested
    @DisplayName("sectors")
    class Sectors {

        @ParameterizedTest
        @ValueSource(strings = {"small-scale-irrigation", "market-gardening", "fishing", "rice", "microfinance",
            "shea-processing", "livestock", "health"})
        void the_sectors_of_pact_and_the_demo_data_have_labels_in_both_languages(String code) {
            for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                assertThat(book.sectorLabel(Sector.of(code), language)).as("%s in %s", code, language).isPresent();
            }
            assertThat(fr(Sector.of(code))).doesNotContain("-");
        }

        @Test
        void a_pack_brings_the_labels_of_its_own_sectors() {
            RuleBook withSesame = withSesame();
            assertThat(withSesame.format(Sector.of("sesame"), Locale.FRENCH)).isEqualTo("filière sésame");
            assertThat(withSesame.format(Sector.of("sesame"), Locale.ENGLISH)).isEqualTo("sesame growing");
            assertThat(withSesame.format(Sector.of("fishing"), Locale.FRENCH)).isEqualTo("pêche");
        }

        @Test
        void the_book_lists_the_sectors_it_has_labels_for_a_pack_s_among_them() {
            RuleBook withSesame = withSesame();
            assertThat(book.sectors(Locale.FRENCH)).contains(Sector.of("small-scale-irrigation"), Sector.of("fishing"))
                    .doesNotContain(Sector.of("sesame"));
            assertThat(withSesame.sectors(Locale.ENGLISH)).contains(Sector.of("sesame"), Sector.of("market-gardening"));
        }

        /** A book with a pack's own sector, sesame, labelled in both languages. */
        private RuleBook withSesame() {
            return RuleBook.builder(RuleProfile.pact())
                    .messages(RuleBookTest.bundle("sector.sesame", "sesame growing"),
                            RuleBookTest.bundle("sector.sesame", "filière sésame"))
                    .build();
        }

        @Test
        void an_unknown_sector_reads_as_its_code_for_a_test_to_catch() {
            assertThat(book.sectorLabel(Sector.of("cotton-ginning"), Locale.FRENCH)).isEmpty();
            assertThat(fr(Sector.of("cotton-ginning"))).isEqualTo("cotton-ginning");
        }
    }

    @Nested
    @DisplayName("agenda items")
    class Agenda {

        @Test
        void an_item_the_process_wrote_reads_in_each_language() {
            AgendaItem review = new AgendaItem("Review of action: Puits maraîcher", AgendaItemKind.ACTION_REVIEW, null,
                    "Puits maraîcher");
            assertThat(book.title(review, Locale.FRENCH)).isEqualTo("Revue de l'action : Puits maraîcher");
            assertThat(book.title(review, Locale.ENGLISH)).isEqualTo("Review of action: Puits maraîcher");
            AgendaItem adoption = new AgendaItem("Adoption of the action plan of cycle 2", AgendaItemKind.PLAN_ADOPTION,
                    null, "2");
            assertThat(book.title(adoption, Locale.FRENCH)).isEqualTo("Adoption du plan d'action du cycle 2");
        }

        @Test
        void an_item_as_typed_reads_as_typed() {
            AgendaItem typed = AgendaItem.of("Point sur la campagne de contre-saison", AgendaItemKind.OTHER);
            assertThat(book.title(typed, Locale.ENGLISH)).isEqualTo("Point sur la campagne de contre-saison");
            assertThat(typed.isWritten()).isFalse();
        }
    }

    @Test
    void english_labels_are_english_on_a_machine_set_to_french() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            RuleBook onAFrenchMachine = PactRules.book();
            assertThat(onAFrenchMachine.format(PartyCategory.MUNICIPALITY, Locale.ENGLISH)).isEqualTo("municipality");
            assertThat(onAFrenchMachine.format(PartyCategory.MUNICIPALITY, Locale.FRENCH)).isEqualTo("mairie");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void whole_numbers_are_grouped_like_amounts() {
        assertThat(fr(38_000)).isEqualTo("38" + NBSP + "000");
        assertThat(en(38_000L)).isEqualTo("38,000");
        assertThat(en(3)).isEqualTo("3");
        assertThat(en("2008-003/CR-DIO")).isEqualTo("2008-003/CR-DIO");
    }

    @Test
    void the_labels_are_in_both_languages_with_the_same_placeholders() {
        assertThat(book.messageProblems()).isEmpty();
        assertThat(Arrays.asList(Locale.FRENCH, Locale.ENGLISH)).allSatisfy(language ->
                assertThat(book.format(FrameworkStatus.SUSPENDED, language)).isNotEqualTo("SUSPENDED"));
    }
}
