package org.kafo.server.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kafo.model.Repositories;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sex;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import java.util.function.Supplier;
import org.kafo.model.framework.FrameworkId;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.Command;
import org.kafo.rules.process.Outcome;
import org.kafo.server.write.Precondition;

/**
 * What the pages of a framework's life and of its committee share: reading what a form sent (its
 * people, its sectors), naming organisations, and leading on after an accepted command.
 */
abstract class FrameworkLifePages extends Pages {

    @Inject
    Repositories repositories;

    /** The first value sent for a field, or null. */
    static String first(MultivaluedMap<String, String> form, String field) {
        return form.getFirst(field);
    }

    /** Every value sent for a field (checkboxes), never null. */
    static List<String> all(MultivaluedMap<String, String> form, String field) {
        List<String> values = form.get(field);
        return values == null ? List.of() : values;
    }

    /**
     * A person as typed in the fields {@code name}, {@code sex}, {@code role} and {@code youth}
     * followed by {@code suffix}. An optional person left blank is null; a required one, or one half
     * typed, leaves errors beside its fields.
     */
    static Person person(FormInput input, MultivaluedMap<String, String> form, String suffix, boolean required) {
        String name = FormInput.optional(first(form, "name" + suffix));
        String sex = FormInput.optional(first(form, "sex" + suffix));
        String role = FormInput.optional(first(form, "role" + suffix));
        if (!required && name == null && sex == null && role == null) {
            return null;
        }
        name = input.required("name" + suffix, name);
        Sex read = input.choice("sex" + suffix, sex, Sex.class, true);
        return name == null || read == null ? null : new Person(name, read, form.containsKey("youth" + suffix), role);
    }

    /** The names of the organisations, by id (an unknown one is left out). */
    Map<UUID, String> names(Collection<UUID> organisations) {
        return repositories.organisations()
                .findAll(organisations.stream().map(OrganisationId::new).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(o -> o.id().value(), Organisation::name, (a, b) -> a));
    }

    /**
     * Runs a form's command ({@link #send}) at the version the form was read at: accepted, the page
     * at {@code path} with the notice of {@code done} and the rules that warned; else the page again.
     *
     * @param key the row the form is about, null for a form of the page
     */
    Response run(Precondition precondition, String name, Object key, MultivaluedMap<String, String> form,
            FormInput input, Supplier<Command> command, String path, String done, Again page) {
        return send(name, key, form, input, precondition, command,
                outcome -> seeOther(path + "?done=" + done + warned(outcome)), page);
    }

    /** The rules that warned about an accepted command, for the page it leads to: {@code &warned=EST-2,EST-4}. */
    static String warned(Outcome<?> outcome) {
        List<String> ids = outcome.verdicts().stream().map(Verdict::ruleId).distinct().toList();
        return ids.isEmpty() ? "" : "&warned=" + String.join(",", ids);
    }

    /** The warnings a page was led to with ({@link #warned}): each rule the book knows, with what it asks. */
    List<VerdictLine> warnings(String warned) {
        if (warned == null || warned.isBlank()) {
            return List.of();
        }
        return Arrays.stream(warned.split(",")).filter(rules::hasRule).distinct()
                .map(id -> new VerdictLine(id, rules.severity(id).orElse(Severity.WARNING),
                        rules.description(id, visit.texts().locale()).orElse(id), "", ""))
                .toList();
    }

    /** The framework at the version its form was read at. */
    Precondition frameworkAt(MultivaluedMap<String, String> form, FrameworkId framework) {
        return Precondition.ifMatch(first(form, "version"), repositories.frameworks(), framework, "framework");
    }
}
