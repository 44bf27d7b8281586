package org.kafo.server.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Require;
import org.kafo.model.common.StaleAggregateException;
import org.kafo.model.framework.FrameworkId;
import org.kafo.rules.pact.PactRules;
import org.kafo.server.access.ForbiddenException;
import org.kafo.server.access.SignInRequiredException;
import org.kafo.server.api.Problem;
import org.kafo.server.http.BodyTooLargeException;

@DisplayName("Problems in the caller's language: titles and details, no id")
class ProblemLanguageTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final ProblemMapper french = ProblemMapperTest.mapper(Locale.FRENCH, "/api/frameworks");
    private final ProblemMapper english = ProblemMapperTest.mapper(Locale.ENGLISH, "/api/frameworks");

    @Test
    void what_does_not_exist_is_named_by_its_kind_not_its_id() {
        FrameworkId id = FrameworkId.newId();
        Problem fr = french.problem(new AggregateNotFoundException("framework", id));
        Problem en = english.problem(new AggregateNotFoundException("framework", id));

        assertThat(fr.title()).isEqualTo("Introuvable");
        assertThat(fr.detail()).isEqualTo("Ce cadre n'existe pas");
        assertThat(en.detail()).isEqualTo("This framework does not exist");
        assertThat(french.problem(new AggregateNotFoundException("committee of framework", id)).detail())
                .isEqualTo("Ce cadre n'a pas de comité de suivi");
        assertThat(french.problem(new AggregateNotFoundException("widget", id)).detail())
                .isEqualTo("Cet élément n'existe pas (widget)");
    }

    @Test
    void an_invariant_violation_reads_in_french_by_its_code_with_its_values() {
        InvariantViolationException tooLong = assertThrows(InvariantViolationException.class,
                () -> Require.text("x".repeat(Limits.NAME + 1), "region name", Limits.NAME));

        Problem fr = french.problem(tooLong);
        Problem en = english.problem(tooLong);

        assertThat(fr.title()).isEqualTo("Requête invalide");
        assertThat(fr.code()).isEqualTo("text.too-long");
        assertThat(fr.detail()).isEqualTo("region name : au plus 500 caractères, en compte 501");
        assertThat(en.title()).isEqualTo("Invalid request");
        assertThat(en.detail()).isEqualTo("region name must be at most 500 characters, was 501");
    }

    @Test
    void the_days_of_an_invariant_violation_read_in_french() {
        french.rules = PactRules.book();
        InvariantViolationException tooLate = assertThrows(InvariantViolationException.class,
                () -> Require.day(LocalDate.of(2300, 1, 1), "plannedOn"));

        assertThat(french.problem(tooLate).detail()).isEqualTo("plannedOn : doit être du 1er janvier 1900 au"
                + " 31 décembre 2199, était le 1er janvier 2300");
    }

    @Test
    void an_invariant_violation_whose_model_message_names_an_id_reads_without_it() {
        FrameworkId id = FrameworkId.newId();
        InvariantViolationException suspended = new InvariantViolationException("framework.suspended",
                "framework " + id + " is suspended: it is read only until it resumes");

        assertThat(french.problem(suspended).detail())
                .isEqualTo("Ce cadre est suspendu : il est en lecture seule jusqu'à sa reprise");
        assertThat(english.problem(suspended).detail()).doesNotContainPattern(UUID)
                .isEqualTo("This framework is suspended: it is read only until it resumes");
    }

    @Test
    void a_code_the_server_does_not_know_says_its_code_in_french() {
        Problem problem = french.problem(new InvariantViolationException("widget.broken", "widget is broken"));
        assertThat(problem.detail()).isEqualTo("La requête enfreint une règle du modèle (widget.broken)");
        assertThat(english.problem(new InvariantViolationException("widget.broken", "widget is broken")).detail())
                .isEqualTo("widget is broken");
    }

    @Test
    void conflicts_access_and_sign_in_read_in_french() {
        Problem stale = french.problem(new StaleAggregateException("framework", FrameworkId.newId(), 2, 5));
        assertThat(stale.title()).isEqualTo("Modifié par quelqu'un d'autre");
        assertThat(stale.detail()).startsWith("Quelqu'un a enregistré ces données depuis leur lecture (version 2,")
                .doesNotContainPattern(UUID);

        Problem forbidden = french.problem(new ForbiddenException("access.role-may-not", "Your role here (VIEWER) may not"
                + " record-need", "VIEWER", "record-need"));
        assertThat(forbidden.title()).isEqualTo("Non autorisé");
        assertThat(forbidden.detail()).isEqualTo("Votre rôle ici (VIEWER) ne permet pas ceci : record-need");

        Problem unauthorized = french.problem(new SignInRequiredException());
        assertThat(unauthorized.title()).isEqualTo("Connexion requise");
        assertThat(unauthorized.detail()).startsWith("Connectez-vous");
        assertThat(Problems.unauthorized("/api", Locale.ENGLISH).detail())
                .isEqualTo(new SignInRequiredException().getMessage());
    }

    @Test
    void the_servers_own_failures_read_in_french() {
        assertThat(french.problem(new IllegalStateException("boom")).title()).isEqualTo("Erreur interne du serveur");
        assertThat(french.problem(new IllegalStateException("boom")).detail()).startsWith("Le serveur n'a pas pu");
        Problem tooLarge = french.problem(new BodyTooLargeException(1024));
        assertThat(tooLarge.title()).isEqualTo("Corps de requête trop volumineux");
        assertThat(tooLarge.detail()).isEqualTo("Le corps de la requête dépasse les 1024 octets admis");
        Problem notAllowed = french.http(Response.Status.METHOD_NOT_ALLOWED);
        assertThat(notAllowed.title()).isEqualTo("Méthode non admise");
        assertThat(notAllowed.detail()).startsWith("Cette méthode n'est pas admise ici");
        assertThat(english.http(Response.Status.METHOD_NOT_ALLOWED).title()).isEqualTo("Method Not Allowed");
    }

    @Test
    void every_problem_type_the_server_answers_has_a_title_in_both_languages() {
        for (String type : List.of("payload-too-large", "unauthorized", "forbidden", "invalid-request",
                "malformed-json", "missing-body", "not-found", "conflict", "stale-version", "server-error",
                "command-refused", "too-many-sign-ins", "http-400", "http-404", "http-405", "http-406", "http-415")) {
            assertThat(Messages.title(Locale.FRENCH, type, null)).as(type).isNotNull()
                    .isNotEqualTo(Messages.title(Locale.ENGLISH, type, null));
        }
    }
}
