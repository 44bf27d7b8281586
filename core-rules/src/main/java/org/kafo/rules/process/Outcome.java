package org.kafo.rules.process;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kafo.model.common.DomainEvent;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;

/**
 * What became of a command: accepted with its result, its verdicts (warnings and infos included)
 * and the domain events it caused; or refused with its verdicts, at least one of them blocking, and
 * nothing saved.
 *
 * @param <T> the result of an accepted command: the aggregate as saved
 */
public record Outcome<T>(boolean accepted, T result, List<Verdict> verdicts, List<DomainEvent> events) {

    public Outcome {
        verdicts = List.copyOf(verdicts);
        events = List.copyOf(events);
        if (accepted) {
            Objects.requireNonNull(result, "an accepted command has a result");
        } else if (verdicts.stream().noneMatch(Verdict::isBlocking)) {
            throw new IllegalArgumentException("a refused command has a blocking verdict");
        }
    }

    public static <T> Outcome<T> accepted(T result, List<Verdict> verdicts, List<DomainEvent> events) {
        return new Outcome<>(true, result, verdicts, events);
    }

    public static <T> Outcome<T> refused(List<Verdict> verdicts) {
        return new Outcome<>(false, null, verdicts, List.of());
    }

    public boolean refused() {
        return !accepted;
    }

    /** The result of an accepted command. */
    public Optional<T> value() {
        return Optional.ofNullable(result);
    }

    /**
     * The result, for callers that treat a refusal as an error.
     *
     * @throws CommandRefusedException if the command was refused
     */
    public T orElseThrow() {
        if (!accepted) {
            throw new CommandRefusedException(verdicts);
        }
        return result;
    }

    public List<Verdict> blocking() {
        return of(Severity.BLOCKING);
    }

    public List<Verdict> warnings() {
        return of(Severity.WARNING);
    }

    /** Whether a verdict of rule {@code ruleId} was given, at any severity. */
    public boolean has(String ruleId) {
        return verdicts.stream().anyMatch(v -> v.ruleId().equals(ruleId));
    }

    private List<Verdict> of(Severity severity) {
        return verdicts.stream().filter(v -> v.severity() == severity).toList();
    }
}
