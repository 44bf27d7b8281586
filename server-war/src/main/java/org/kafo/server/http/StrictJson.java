package org.kafo.server.http;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The API's request bodies read strictly, before JSON-B binds them: UTF-8 only, exactly one JSON
 * value and nothing after it, no key twice in an object, no control character in text (tab,
 * line feed and carriage return excepted: free text has lines, and browsers send them as CR LF),
 * then the value checked against the record it becomes: the fields it has, a string where a string
 * is expected, a whole number in range where a whole number is, an enum's constant, a day, an
 * identifier, no {@code null} inside a list. Every refusal is a {@link BadInputException} naming the
 * field by its JSON pointer (RFC 6901).
 * <p>
 * Everything here is linear in the size of the body: no backtracking pattern, a bound on nesting
 * and on the length of numbers (a number of a million digits would cost the parser quadratic time).
 */
public final class StrictJson {

    /** The deepest nesting of lists and objects read; the API's records nest three levels. */
    static final int MAX_DEPTH = 32;

    /** The longest number read, in characters: a long has 20, a double's shortest form 24 or so. */
    static final int MAX_NUMBER_LENGTH = 40;

    private StrictJson() {
    }

    /**
     * @return the body's JSON value, null for an empty body
     * @throws BadInputException if the body is not strict UTF-8 JSON
     */
    public static JsonValue parse(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException("json.encoding", "json.encoding");
        }
        if (text.isBlank()) {
            return null;
        }
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            JsonValue value = value(parser, parser.next(), "", 0);
            boolean more;
            try {
                more = parser.hasNext();
            } catch (JsonParsingException e) {
                more = true;
            }
            if (more) {
                throw new BadInputException("json.trailing", "json.trailing");
            }
            return value;
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new BadInputException("json.malformed", "json.malformed", at == null ? "?" : at.getLineNumber(),
                    at == null ? "?" : at.getColumnNumber());
        } catch (BadInputException e) {
            throw e;
        } catch (RuntimeException e) {
            // the parser's other failures (an unexpected end, a number it will not read) are malformed JSON too
            throw new BadInputException("json.malformed", "json.malformed", "?", "?");
        }
    }

    private static JsonValue value(JsonParser parser, JsonParser.Event event, String pointer, int depth) {
        switch (event) {
            case START_OBJECT -> {
                if (depth >= MAX_DEPTH) {
                    throw new BadInputException("json.too-deep", "json.too-deep", MAX_DEPTH);
                }
                JsonObjectBuilder object = Json.createObjectBuilder();
                Set<String> keys = new HashSet<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
                    String key = parser.getString();
                    String at = pointer + "/" + escape(key);
                    text(key, at);
                    if (!keys.add(key)) {
                        throw new BadInputException("json.duplicate", "json.duplicate", at);
                    }
                    object.add(key, value(parser, parser.next(), at, depth + 1));
                }
                return object.build();
            }
            case START_ARRAY -> {
                if (depth >= MAX_DEPTH) {
                    throw new BadInputException("json.too-deep", "json.too-deep", MAX_DEPTH);
                }
                JsonArrayBuilder array = Json.createArrayBuilder();
                int index = 0;
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
                    array.add(value(parser, next, pointer + "/" + index++, depth + 1));
                }
                return array.build();
            }
            case VALUE_STRING -> {
                return Json.createValue(text(parser.getString(), pointer));
            }
            case VALUE_NUMBER -> {
                String number = parser.getString();
                if (number.length() > MAX_NUMBER_LENGTH) {
                    throw new BadInputException("json.number-too-long", "json.number-too-long", pointer, MAX_NUMBER_LENGTH);
                }
                return Json.createValue(new BigDecimal(number));
            }
            case VALUE_TRUE -> {
                return JsonValue.TRUE;
            }
            case VALUE_FALSE -> {
                return JsonValue.FALSE;
            }
            case VALUE_NULL -> {
                return JsonValue.NULL;
            }
            default -> throw new BadInputException("json.malformed", "json.malformed", "?", "?");
        }
    }

    /** Text as the API takes it: no control character but tab and line breaks, no half of a UTF-16 pair. */
    static String text(String value, String pointer) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                throw new BadInputException("json.control-character", "json.control-character", pointer, code(c));
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new BadInputException("json.lone-surrogate", "json.lone-surrogate", pointer, code(c));
            }
        }
        return value;
    }

    private static String code(char c) {
        return String.format("U+%04X", (int) c);
    }

    /** RFC 6901: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Checks a body's value against the record it becomes.
     *
     * @throws BadInputException at the first field of the wrong form
     */
    public static void check(JsonValue body, Class<?> record) {
        if (body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BadInputException("json.type", "json.expected-body-object");
        }
        check(body, record, "");
    }

    private static void check(JsonValue value, Type type, String pointer) {
        Class<?> raw = raw(type);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                // JSON-B cannot leave a primitive out: null there is a value of the wrong type
                expectedScalar(value, raw, pointer);
            }
            return;
        }
        if (raw.isRecord()) {
            record(value, raw, pointer);
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new BadInputException("json.type", "json.expected-array", pointer);
            }
            Type element = type instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[0]
                    : Object.class;
            JsonArray array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                String at = pointer + "/" + i;
                if (array.get(i).getValueType() == JsonValue.ValueType.NULL) {
                    throw new BadInputException("json.null-element", "json.null-element", at);
                }
                check(array.get(i), element, at);
            }
        } else {
            expectedScalar(value, raw, pointer);
        }
    }

    private static void record(JsonValue value, Class<?> record, String pointer) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BadInputException("json.type", "json.expected-object", pointer);
        }
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            components.put(component.getName(), component);
        }
        JsonObject object = value.asJsonObject();
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
            String at = pointer + "/" + escape(field.getKey());
            RecordComponent component = components.get(field.getKey());
            if (component == null) {
                throw new BadInputException("json.unknown", "json.unknown", at, String.join(", ", components.keySet()));
            }
            check(field.getValue(), component.getGenericType(), at);
        }
        for (RecordComponent component : components.values()) {
            if (component.getType().isPrimitive() && !object.containsKey(component.getName())) {
                expectedScalar(JsonValue.NULL, component.getType(), pointer + "/" + escape(component.getName()));
            }
        }
    }

    private static void expectedScalar(JsonValue value, Class<?> type, String pointer) {
        if (type == String.class) {
            requireType(value, JsonValue.ValueType.STRING, "json.expected-string", pointer);
        } else if (type == Boolean.class || type == boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                throw new BadInputException("json.type", "json.expected-boolean", pointer);
            }
        } else if (type == Long.class || type == long.class) {
            whole(value, pointer, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (type == Integer.class || type == int.class) {
            whole(value, pointer, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (type == Short.class || type == short.class) {
            whole(value, pointer, Short.MIN_VALUE, Short.MAX_VALUE);
        } else if (type == Double.class || type == double.class || type == Float.class || type == float.class
                || type == BigDecimal.class) {
            double number = value instanceof JsonNumber n ? n.bigDecimalValue().doubleValue() : Double.NaN;
            if (!Double.isFinite(number) || (type == Float.class || type == float.class) && !Float.isFinite((float) number)) {
                throw new BadInputException("json.type", "json.expected-number", pointer, shown(value));
            }
        } else if (type.isEnum()) {
            String name = requireType(value, JsonValue.ValueType.STRING, "json.expected-string", pointer);
            Object[] constants = type.getEnumConstants();
            if (Arrays.stream(constants).noneMatch(c -> ((Enum<?>) c).name().equals(name))) {
                throw new BadInputException("json.type", "json.expected-enum", pointer,
                        Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")), name);
            }
        } else if (type == LocalDate.class) {
            String day = requireType(value, JsonValue.ValueType.STRING, "json.expected-string", pointer);
            if (!isDay(day)) {
                throw new BadInputException("json.type", "json.expected-date", pointer, day);
            }
        } else if (type == UUID.class) {
            String id = requireType(value, JsonValue.ValueType.STRING, "json.expected-string", pointer);
            if (!isUuid(id)) {
                throw new BadInputException("json.type", "json.expected-id", pointer, id);
            }
        }
        // any other type is JSON-B's to read: the API's records use none
    }

    private static String requireType(JsonValue value, JsonValue.ValueType type, String key, String pointer) {
        if (value.getValueType() != type) {
            throw new BadInputException("json.type", key, pointer);
        }
        return ((JsonString) value).getString();
    }

    private static void whole(JsonValue value, String pointer, long min, long max) {
        if (!(value instanceof JsonNumber number) || number.bigDecimalValue().scale() != 0
                || number.bigDecimalValue().compareTo(BigDecimal.valueOf(min)) < 0
                || number.bigDecimalValue().compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new BadInputException("json.type", "json.expected-whole", pointer, min, max, shown(value));
        }
    }

    private static String shown(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.STRING ? "\"" + ((JsonString) value).getString() + "\""
                : value.getValueType() == JsonValue.ValueType.OBJECT ? "{...}"
                : value.getValueType() == JsonValue.ValueType.ARRAY ? "[...]" : value.toString();
    }

    /** An ISO-8601 day, {@code 2008-04-10}: four digits of year, no sign. */
    public static boolean isDay(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** An identifier's canonical form: 8-4-4-4-12 hexadecimal digits (UUID.fromString takes shorter groups too). */
    public static boolean isUuid(String text) {
        if (text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0 || c > 'f') {
                return false;
            }
        }
        return true;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }
}
