package org.kafo.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.ccco.CccoRules;
import java.time.LocalDate;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.ServiceLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.territory.CommuneId;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.pact.Est2PrioritySectorCount;
import org.kafo.rules.pact.PactRules;

@DisplayName("The rule book: packs, added, replaced and disabled rules, severities, discovery")
class RuleBookTest {

    private static final LocalDate ON = LocalDate.of(2025, 1, 27);

    /** A framework of one sector and no member: EST-2, EST-3 and EST-4 all have something to say. */
    private final ConsultationFramework bare = ConsultationFramework.propose(CommuneId.newId(), "Cadre de Togou",
            List.of(Sector.of("small-scale-irrigation")), ON.minusDays(21));
    private final Situation situation = Situation.of(bare).build();
    private final EstablishFramework establish = new EstablishFramework(bare.id(),
            new CouncilDeliberation("2025-01", ON.minusDays(7), "Création du cadre"), ON);

    @Test
    void the_pact_book_checks_every_rule_watching_the_command_in_catalogue_order() {
        // when
        List<Verdict> verdicts = PactRules.book().check(establish, situation);

        // then
        assertThat(verdicts).extracting(Verdict::ruleId).containsExactly("EST-2", "EST-3", "EST-3", "EST-4");
    }

    @Test
    void a_rule_added_to_the_book_is_checked_after_the_pack() {
        // given
        RuleBook book = RuleBook.builder(RuleProfile.pact()).pack(PactRules.pack())
                .add(RuleDefinition.of("TOGOU-1").on(EstablishFramework.class, (c, s, p) ->
                        List.of(Verdict.info("TOGOU-1", "TOGOU-1.noted", "framework", c.framework()))).build())
                .messages(bundle("TOGOU-1.noted", "Framework {framework} noted."),
                        bundle("TOGOU-1.noted", "Cadre {framework} noté."))
                .build();

        // when
        List<Verdict> verdicts = book.check(establish, situation);

        // then
        assertThat(verdicts).last().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("TOGOU-1");
            assertThat(book.message(v, Locale.FRENCH)).isEqualTo("Cadre " + bare.id() + " noté.");
        });
        assertThat(book.messageProblems()).isEmpty();
    }

    @Test
    void an_id_already_in_the_book_is_refused() {
        RuleBook.Builder builder = RuleBook.builder(RuleProfile.pact()).pack(PactRules.pack());
        assertThatThrownBy(() -> builder.add(Est2PrioritySectorCount.definition()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EST-2");
    }

    @Test
    void a_replaced_rule_checks_instead_of_the_original() {
        // given
        RuleBook book = RuleBook.builder(RuleProfile.pact()).pack(PactRules.pack())
                .replace(RuleDefinition.of("EST-2").on(EstablishFramework.class, (c, s, p) -> List.of()).build())
                .build();

        // then
        assertThat(book.check(establish, situation)).extracting(Verdict::ruleId).doesNotContain("EST-2");
        assertThat(book.ruleIds()).containsExactlyElementsOf(PactRules.book().ruleIds());
    }

    @Test
    void replacing_a_rule_the_book_does_not_have_is_refused() {
        assertThatThrownBy(() -> RuleBook.builder(RuleProfile.pact())
                .replace(RuleDefinition.of("EST-9").on(EstablishFramework.class, (c, s, p) -> List.of()).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EST-9");
    }

    @Test
    void a_disabled_rule_stays_off_even_when_a_pack_adds_it_later() {
        // given
        RuleBook after = RuleBook.builder(RuleProfile.pact()).pack(PactRules.pack()).disable("EST-4").build();
        RuleBook before = RuleBook.builder(RuleProfile.pact()).disable("EST-4").pack(PactRules.pack()).build();

        // then
        for (RuleBook book : List.of(after, before)) {
            assertThat(book.ruleIds()).hasSize(24).doesNotContain("EST-4");
            assertThat(book.hasRule("EST-4")).isFalse();
            assertThat(book.check(establish, situation)).extracting(Verdict::ruleId).doesNotContain("EST-4");
        }
    }

    @Test
    void a_severity_override_reweighs_every_verdict_of_the_rule() {
        // given
        RuleBook book = RuleBook.builder(RuleProfile.pact()).pack(PactRules.pack())
                .severity("EST-4", Severity.BLOCKING).severity("EST-2", Severity.INFO).build();

        // when
        List<Verdict> verdicts = book.check(establish, situation);

        // then
        assertThat(verdicts).filteredOn(v -> v.ruleId().equals("EST-4")).extracting(Verdict::severity)
                .containsExactly(Severity.BLOCKING);
        assertThat(verdicts).filteredOn(v -> v.ruleId().equals("EST-2")).extracting(Verdict::severity)
                .containsExactly(Severity.INFO);
    }

    @Test
    void a_severity_for_a_rule_not_in_the_book_is_refused() {
        RuleBook.Builder builder = RuleBook.builder(RuleProfile.pact()).pack(PactRules.pack()).disable("PLAN-7")
                .severity("PLAN-7", Severity.BLOCKING);
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("PLAN-7");
    }

    @Test
    void a_rule_that_throws_is_a_bug_named_by_its_id() {
        // given
        RuleBook book = RuleBook.builder(RuleProfile.pact())
                .add(RuleDefinition.of("BROKEN-1").on(EstablishFramework.class, (c, s, p) -> {
                    throw new IllegalStateException("oops");
                }).build())
                .build();

        // then
        assertThatThrownBy(() -> book.check(establish, situation)).isInstanceOf(RuleFailureException.class)
                .hasMessageContaining("BROKEN-1").hasMessageContaining("EstablishFramework")
                .satisfies(e -> assertThat(((RuleFailureException) e).ruleId()).isEqualTo("BROKEN-1"));
    }

    @Test
    void discovery_finds_the_pack_declared_on_the_class_path_once() {
        // when
        RuleBook book = RuleBook.builder(RuleProfile.pact()).pack(PactRules.pack())
                .discoverPacks()
                .discoverPacks(ServiceLoader.load(RulePack.class))
                .build();

        // then
        assertThat(book.packs()).containsExactly("pact", "bf-ccco");
        assertThat(book.ruleIds()).hasSize(26).contains(CccoRules.MAYOR_CONVENES);
        assertThat(book.messageProblems()).isEmpty();
    }

    @Test
    void the_rules_in_force_say_their_severity_in_the_book_and_the_pack_they_come_from() {
        // given EST-4 replaced by an integrator's pack, PLAN-7 made blocking, and a rule added on its own
        RulePack stricter = new RulePack() {
            @Override
            public String name() {
                return "togou";
            }

            @Override
            public List<RuleDefinition> rules(RuleProfile profile) {
                return List.of();
            }

            @Override
            public List<RuleDefinition> replacements(RuleProfile profile) {
                return List.of(RuleDefinition.of("EST-4").on(EstablishFramework.class, (c, s, p) -> List.of())
                        .severity(Severity.INFO).build());
            }

            @Override
            public java.util.Optional<ResourceBundle> messages(Locale locale) {
                return java.util.Optional.empty();
            }
        };
        RuleBook book = RuleBook.builder(RuleProfile.pact()).pack(PactRules.pack()).pack(stricter)
                .add(RuleDefinition.of("TOGOU-1").on(EstablishFramework.class, (c, s, p) -> List.of()).build())
                .severity("PLAN-7", Severity.BLOCKING)
                .build();

        // then
        assertThat(book.rules()).hasSize(PactRules.book().ruleIds().size() + 1).first().isEqualTo(new RuleInForce("EST-1", Severity.BLOCKING, "pact"));
        assertThat(book.rules()).contains(new RuleInForce("EST-4", Severity.INFO, "togou"),
                new RuleInForce("CYC-2", Severity.WARNING, "pact"), new RuleInForce("PLAN-7", Severity.BLOCKING, "pact"))
                .last().isEqualTo(new RuleInForce("TOGOU-1", Severity.BLOCKING, null));
        assertThat(PactRules.book().severity("PLAN-7")).contains(Severity.WARNING);
        assertThat(book.severity("NOPE-1")).isEmpty();
    }

    @Test
    void each_rule_says_what_it_checks_in_french_and_english_and_a_missing_description_is_named() {
        // given
        RuleBook book = RuleBook.builder(RuleProfile.pact()).pack(PactRules.pack())
                .add(RuleDefinition.of("TOGOU-1").on(EstablishFramework.class, (c, s, p) -> List.of()).build())
                .messages(bundle("TOGOU-1.description", "Togou's own rule."), bundle("TOGOU-1.noted", "Noté."))
                .build();

        // then
        assertThat(book.description("EST-1", Locale.ENGLISH)).hasValueSatisfying(d -> assertThat(d)
                .startsWith("A framework is established only on a recorded council deliberation"));
        assertThat(book.description("EST-1", Locale.FRANCE)).hasValueSatisfying(d -> assertThat(d)
                .startsWith("Un cadre n'est établi que sur une délibération du conseil communal"));
        assertThat(book.description("TOGOU-1", Locale.ENGLISH)).contains("Togou's own rule.");
        assertThat(book.description("NOPE-1", Locale.ENGLISH)).isEmpty();
        assertThat(book.descriptionProblems()).containsExactly(
                "TOGOU-1 has no description (TOGOU-1.description) in French");
    }

    @Test
    void each_rule_says_what_to_do_about_its_verdicts_in_french_and_english_and_a_missing_remedy_is_named() {
        // given
        RuleBook book = RuleBook.builder(RuleProfile.pact()).pack(PactRules.pack())
                .add(RuleDefinition.of("TOGOU-1").on(EstablishFramework.class, (c, s, p) -> List.of()).build())
                .add(RuleDefinition.of("TOGOU-2").on(EstablishFramework.class, (c, s, p) -> List.of()).build())
                .messages(bundle("TOGOU-1.remedy", "Ask the village chief."),
                        bundle("TOGOU-1.remedy", "Demandez au chef de village.", "TOGOU-2.noted", "Noté."))
                .build();

        // then
        assertThat(book.remedy("EST-1", Locale.FRANCE).orElseThrow())
                .startsWith("Enregistrez la délibération du conseil communal (numéro, date, décision)");
        assertThat(book.remedy("TOGOU-1", Locale.FRENCH)).contains("Demandez au chef de village.");
        assertThat(book.remedy("NOPE-1", Locale.ENGLISH)).isEmpty();
        assertThat(book.remedyProblems()).containsExactly(
                "TOGOU-2 has no remedy (TOGOU-2.remedy) in English",
                "TOGOU-2 has no remedy (TOGOU-2.remedy) in French");
    }

    @Test
    void message_problems_name_a_missing_translation_and_differing_placeholders() {
        // given
        RuleBook book = RuleBook.builder(RuleProfile.pact())
                .add(RuleDefinition.of("TOGOU-1").on(EstablishFramework.class, (c, s, p) -> List.of()).build())
                .add(RuleDefinition.of("TOGOU-2").on(EstablishFramework.class, (c, s, p) -> List.of()).build())
                .messages(bundle("TOGOU-1.noted", "Framework {framework} noted.", "TOGOU-2.noted", "Noted on {on}."),
                        bundle("TOGOU-2.noted", "Noté le {day}."))
                .build();

        // then
        assertThat(book.messageProblems()).containsExactlyInAnyOrder(
                "TOGOU-1 has no message in French",
                "TOGOU-1.noted is missing in French",
                "TOGOU-2.noted names [on] in English but [day] in French");
    }

    /** A bundle of these keys and messages, for a book's {@code messages(english, french)}. */
    static ResourceBundle bundle(String... keysAndMessages) {
        Object[][] contents = new Object[keysAndMessages.length / 2][];
        for (int i = 0; i < contents.length; i++) {
            contents[i] = new Object[] {keysAndMessages[2 * i], keysAndMessages[2 * i + 1]};
        }
        return new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return contents;
            }
        };
    }
}
