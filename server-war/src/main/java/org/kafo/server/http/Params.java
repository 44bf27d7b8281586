package org.kafo.server.http;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kafo.model.common.DomainException;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.Sector;

/**
 * Path and query parameters typed once for every resource: the model's identifiers
 * ({@code FrameworkId}, ...) in their canonical 8-4-4-4-12 form, days as {@code YYYY-MM-DD},
 * enums by name (any case, {@code -} for {@code _}), booleans as {@code true} or {@code false}
 * only, whole numbers, and sector codes. A value of the wrong form is a {@link BadInputException}
 * naming the parameter (400); an empty value is an absent one.
 */
@Provider
public class Params implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        boolean inPath = Arrays.stream(annotations == null ? new Annotation[0] : annotations).anyMatch(PathParam.class::isInstance);
        if (Identifier.class.isAssignableFrom(rawType) && rawType.isRecord()) {
            Constructor<T> constructor;
            try {
                constructor = rawType.getDeclaredConstructor(UUID.class);
            } catch (NoSuchMethodException e) {
                return null;
            }
            return converter(inPath, name, text -> {
                if (!StrictJson.isUuid(text)) {
                    throw new BadInputException("param.invalid", "param.id", name, text);
                }
                try {
                    return constructor.newInstance(UUID.fromString(text));
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }, value -> ((Identifier) value).value().toString());
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(inPath, name, text -> {
                if (!StrictJson.isDay(text)) {
                    throw new BadInputException("param.invalid", "param.date", name, text);
                }
                return LocalDate.parse(text);
            }, Object::toString);
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) converter(inPath, name, text -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new BadInputException("param.invalid", "param.boolean", name, text);
            }, Object::toString);
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(inPath, name, text -> {
                if (text.length() > 11 || !text.matches("-?[0-9]+")) {
                    throw new BadInputException("param.invalid", "param.whole", name, Integer.MIN_VALUE, Integer.MAX_VALUE, text);
                }
                long value = Long.parseLong(text);
                if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                    throw new BadInputException("param.invalid", "param.whole", name, Integer.MIN_VALUE, Integer.MAX_VALUE, text);
                }
                return (int) value;
            }, Object::toString);
        }
        if (rawType.isEnum()) {
            return converter(inPath, name, text -> {
                String constant = text.toUpperCase(Locale.ROOT).replace('-', '_');
                for (T value : rawType.getEnumConstants()) {
                    if (((Enum<?>) value).name().equals(constant)) {
                        return value;
                    }
                }
                throw new BadInputException("param.invalid", "param.enum", name, Arrays.stream(rawType.getEnumConstants())
                        .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")), text);
            }, value -> ((Enum<?>) value).name());
        }
        if (rawType == Sector.class) {
            return (ParamConverter<T>) converter(inPath, name, text -> {
                try {
                    return Sector.of(text);
                } catch (DomainException e) {
                    throw new BadInputException("param.invalid", "param.invalid", name, text);
                }
            }, value -> ((Sector) value).code());
        }
        return null;
    }

    /** An empty query parameter is an absent one; an empty path segment is a malformed value. */
    private static <T> ParamConverter<T> converter(boolean inPath, String name, java.util.function.Function<String, T> from,
            java.util.function.Function<T, String> to) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    if (inPath) {
                        throw new BadInputException("param.invalid", "param.invalid", name, value == null ? "" : value);
                    }
                    return null;
                }
                return from.apply(value.strip());
            }

            @Override
            public String toString(T value) {
                return value == null ? null : to.apply(value);
            }
        };
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return "?";
    }
}
