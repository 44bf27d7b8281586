package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.rules.RuleBook;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RulePack;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.command.ConveneMeeting;

@DisplayName("A book chosen by the name of its profile, among the packs found")
class ProfileByNameTest {

    /** Togou's pack: its profile of six-month plans, one rule, and messages as given. */
    private static RulePack togou(String english, String french) {
        return new RulePack() {
            @Override
            public String name() {
                return "togou";
            }

            @Override
            public List<RuleProfile> profiles() {
                return List.of(RuleProfile.from(RuleProfile.pact()).name("togou-6m").planHorizonMonths(6).build());
            }

            @Override
            public List<RuleDefinition> rules(RuleProfile profile) {
                return List.of(RuleDefinition.of("TOGOU-1").on(ConveneMeeting.class, (c, s, p) -> List.of()).build());
            }

            @Override
            public Optional<ResourceBundle> messages(Locale locale) {
                return Optional.of(bundle(locale.getLanguage().equals("fr") ? french : english));
            }
        };
    }

    private static final String ENGLISH = "TOGOU-1.late=Late.\nTOGOU-1.description=The meeting is on time.";
    private static final String FRENCH = "TOGOU-1.late=En retard.\nTOGOU-1.description=La réunion est à l'heure.";

    @Test
    void pact_is_pacts_catalogue_on_pacts_profile_whatever_else_is_found() {
        // when
        RuleBook book = PactRules.book("pact", List.of(togou(ENGLISH, FRENCH)));

        // then
        assertThat(book.profile()).isSameAs(RuleProfile.pact());
        assertThat(book.packs()).containsExactly("pact");
        assertThat(book.ruleIds()).containsExactlyElementsOf(PactRules.book().ruleIds());
    }

    @Test
    void another_profile_takes_pacts_catalogue_and_the_pack_that_defines_it() {
        // when
        RuleBook book = PactRules.book(" togou-6m ", List.of(PactRules.pack(), togou(ENGLISH, FRENCH)));

        // then
        assertThat(book.profile().name()).isEqualTo("togou-6m");
        assertThat(book.profile().planHorizonMonths()).isEqualTo(6);
        assertThat(book.packs()).containsExactly("pact", "togou");
        assertThat(book.ruleIds()).hasSize(PactRules.book().ruleIds().size() + 1).endsWith("TOGOU-1");
        assertThat(book.description("TOGOU-1", Locale.FRENCH)).contains("La réunion est à l'heure.");
    }

    @Test
    void an_unknown_profile_is_refused_in_one_line_naming_those_there_are() {
        assertThatThrownBy(() -> PactRules.book("bf-ccco", List.of(togou(ENGLISH, FRENCH))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown rule profile 'bf-ccco': the profiles available are pact, togou-6m");
    }

    @Test
    void a_pack_without_its_french_messages_is_refused_in_one_line_naming_what_is_missing() {
        assertThatThrownBy(() -> PactRules.book("togou-6m", List.of(togou(ENGLISH, ""))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the rules of profile 'togou-6m' (packs pact, togou) lack messages: ")
                .hasMessageContaining("TOGOU-1 has no message in French")
                .hasMessageContaining("TOGOU-1 has no description (TOGOU-1.description) in French")
                .hasMessageNotContaining("\n");
    }

    @Test
    void a_profile_two_packs_define_is_refused() {
        assertThatThrownBy(() -> PactRules.book("togou-6m", List.of(togou(ENGLISH, FRENCH), togou(ENGLISH, FRENCH))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rule profile 'togou-6m' is defined by several packs");
    }

    @Test
    void a_profiles_values_are_listed_by_name_pacts_first_then_the_integrators() {
        // given
        RuleProfile profile = RuleProfile.from(RuleProfile.pact()).planHorizonMonths(6).parameter("togou.x", "1").build();

        // then
        assertThat(profile.values()).containsEntry("plan-horizon-months", "6")
                .containsEntry("priority-sectors-min", "2").containsEntry("priority-sectors-max", "3")
                .containsEntry("quorum-professional-percent", "50")
                .containsEntry("barred-from-capital-investment", "SUPPORT_PROGRAMME")
                .containsEntry("may-own.PROFESSIONAL_ORGANISATION", "BUSINESS_ENVIRONMENT_MEASURE,TRAINING,"
                        + "COMMUNICATION,ORGANISATIONAL,OTHER")
                .containsEntry("technical-service-required", "true")
                .containsEntry("women-share-target-percent", "30");
        assertThat(profile.values().keySet()).first().isEqualTo("plan-horizon-months");
        assertThat(profile.values().keySet()).last().isEqualTo("togou.x");
    }

    private static ResourceBundle bundle(String properties) {
        try {
            return new PropertyResourceBundle(new StringReader(properties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
