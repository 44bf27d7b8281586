package org.kafo.server.api;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.DomainEvent;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.Money;
import org.kafo.model.common.Period;
import org.kafo.model.common.Sector;

/**
 * A domain event the change caused: its type ({@code framework.established}, {@code plan.adopted},
 * ...), the aggregate it happened to, the business day, and its simple facts as text.
 */
@Schema(name = "Event", example = """
        {"type": "framework.established", "aggregateId": "1c2d3e4f-0c1d-4a5f-8d2f-2f1a7b9e0c11",
         "occurredOn": "2008-03-20", "facts": {}}""")
public record EventView(String type, UUID aggregateId, LocalDate occurredOn, Map<String, String> facts) {

    public static EventView of(DomainEvent event) {
        Class<?> type = event.getClass();
        Class<?> family = type.getEnclosingClass();
        String prefix = family == null ? "" : kebab(family.getSimpleName().replaceFirst("Event$", "")) + ".";
        return new EventView(prefix + kebab(type.getSimpleName()), event.aggregateId().value(), event.occurredOn(),
                facts(event));
    }

    /** The record's components that read well as text: ids, days, amounts, codes, counts. */
    private static Map<String, String> facts(DomainEvent event) {
        Map<String, String> facts = new LinkedHashMap<>();
        if (!event.getClass().isRecord()) {
            return facts;
        }
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            String name = component.getName();
            if (name.equals("aggregateId") || name.equals("occurredOn")) {
                continue;
            }
            try {
                String text = text(component.getAccessor().invoke(event));
                if (text != null) {
                    facts.put(name, text);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // an event with an unreadable component keeps its other facts
            }
        }
        return facts;
    }

    private static String text(Object value) {
        if (value instanceof Collection<?> values) {
            if (!values.stream().allMatch(EventView::simple)) {
                return null;
            }
            return values.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return value != null && simple(value) ? String.valueOf(value) : null;
    }

    private static boolean simple(Object value) {
        return value instanceof Identifier || value instanceof LocalDate || value instanceof Number
                || value instanceof Boolean || value instanceof CharSequence || value instanceof Enum<?>
                || value instanceof Money || value instanceof Period || value instanceof Sector;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
