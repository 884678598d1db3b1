package io.onex.sdk.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.onex.sdk.OnexValidationException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Helpers that generated codecs call: the one {@link JsonFactory}, typed token reads that report
 * the JSON pointer of a bad value, free-form values, and UUID and timestamp writes (timestamps in
 * RFC 3339 through {@link Rfc3339}).
 */
public final class Json {

    /** The one factory: thread-safe, with bounded nesting and string sizes against hostile input. */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(1_000_000)
                    .maxNumberLength(100)
                    .build())
            .build();

    private Json() {
    }

    /** Describes the current token for an error message. */
    public static String describe(JsonToken token) {
        if (token == null) {
            return "end of input";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    public static JsonReadException wrongType(JsonParser parser, String pointer, String expected) {
        return new JsonReadException(pointer, "expected " + expected + " but found " + describe(parser.currentToken()));
    }

    /** Checks the parser stands on {@code START_OBJECT}. */
    public static void expectObject(JsonParser parser, String pointer) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw wrongType(parser, pointer, "an object");
        }
    }

    /** Checks the parser stands on {@code START_ARRAY}. */
    public static void expectArray(JsonParser parser, String pointer) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw wrongType(parser, pointer, "an array");
        }
    }

    public static String readString(JsonParser parser, String pointer) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(parser, pointer, "a string");
        }
        return parser.getText();
    }

    public static long readLong(JsonParser parser, String pointer) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw new JsonReadException(pointer, "integer out of range: " + parser.getText());
            }
            return parser.getLongValue();
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            double d = parser.getDoubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 0x1p53) {
                return (long) d; // JSON Schema treats 3.0 as an integer
            }
        }
        throw wrongType(parser, pointer, "an integer");
    }

    public static double readDouble(JsonParser parser, String pointer) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDoubleValue();
        }
        throw wrongType(parser, pointer, "a number");
    }

    public static boolean readBoolean(JsonParser parser, String pointer) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw wrongType(parser, pointer, "a boolean");
    }

    public static UUID readUuid(JsonParser parser, String pointer) throws IOException {
        String text = readString(parser, pointer);
        if (text.length() != 36) {
            throw new JsonReadException(pointer, "not a UUID: \"" + abbreviate(text) + "\" (format uuid)");
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new JsonReadException(pointer, "not a UUID: \"" + abbreviate(text) + "\" (format uuid)");
        }
    }

    public static Instant readInstant(JsonParser parser, String pointer) throws IOException {
        String text = readString(parser, pointer);
        Instant instant = Rfc3339.parse(text);
        if (instant == null) {
            throw new JsonReadException(pointer, "not an RFC 3339 date-time: \"" + abbreviate(text) + "\" (format date-time)");
        }
        return instant;
    }

    public static String readUri(JsonParser parser, String pointer) throws IOException {
        String text = readString(parser, pointer);
        if (!isUri(text)) {
            throw new JsonReadException(pointer, "not an absolute URI: \"" + abbreviate(text) + "\" (format uri)");
        }
        return text;
    }

    /** Reads any JSON value as String, Long, Double, Boolean, List, Map or null. */
    public static Object readAny(JsonParser parser, String pointer) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new JsonReadException(pointer, "unexpected end of input");
        }
        switch (token) {
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    return parser.getDoubleValue();
                }
                return parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                int i = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readAny(parser, pointer + "/" + i++));
                }
                return Collections.unmodifiableList(list);
            }
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                String name;
                while ((name = parser.nextFieldName()) != null) {
                    parser.nextToken();
                    map.put(name, readAny(parser, pointer + "/" + escape(name)));
                }
                return Collections.unmodifiableMap(map);
            }
            default:
                throw wrongType(parser, pointer, "a JSON value");
        }
    }

    /** Writes a value read by {@link #readAny}. */
    public static void writeAny(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String s) {
            generator.writeString(s);
        } else if (value instanceof Boolean b) {
            generator.writeBoolean(b);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            generator.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            generator.writeNumber(n.doubleValue());
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            for (Object item : list) {
                writeAny(generator, item);
            }
            generator.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                generator.writeFieldName(String.valueOf(e.getKey()));
                writeAny(generator, e.getValue());
            }
            generator.writeEndObject();
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    /** Checks that a free-form value holds only JSON types; returns an unmodifiable copy. */
    public static Object copyAny(String field, Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Double) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object item : list) {
                copy.add(copyAny(field, item));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw new OnexValidationException(field, "type", "object keys must be strings");
                }
                copy.put(key, copyAny(field, e.getValue()));
            }
            return Collections.unmodifiableMap(copy);
        }
        throw new OnexValidationException(field, "type", "not a JSON value: " + value.getClass().getName());
    }

    // ---- field-level variants: the pointer is built only when a value is bad ----------------

    public static String readString(JsonParser parser, String base, String field) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(parser, base + "/" + field, "a string");
        }
        return parser.getText();
    }

    public static long readLong(JsonParser parser, String base, String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return parser.getLongValue();
        }
        return readLong(parser, base + "/" + field);
    }

    public static double readDouble(JsonParser parser, String base, String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getDoubleValue();
        }
        throw wrongType(parser, base + "/" + field, "a number");
    }

    public static boolean readBoolean(JsonParser parser, String base, String field) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw wrongType(parser, base + "/" + field, "a boolean");
    }

    public static UUID readUuid(JsonParser parser, String base, String field) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING && parser.getTextLength() == 36) {
            try {
                return UUID.fromString(parser.getText());
            } catch (IllegalArgumentException e) {
                // reported below with the pointer
            }
        }
        return readUuid(parser, base + "/" + field);
    }

    public static Instant readInstant(JsonParser parser, String base, String field) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            Instant instant = Rfc3339.parse(parser.getText());
            if (instant != null) {
                return instant;
            }
        }
        return readInstant(parser, base + "/" + field);
    }

    public static Object readAny(JsonParser parser, String base, String field) throws IOException {
        return readAny(parser, base + "/" + field);
    }

    /**
     * Reads a string enum value.
     *
     * @param lookup returns the constant for a JSON value, or null when there is none
     * @param allowed the allowed values, for the error message
     */
    public static <E> E readEnum(JsonParser parser, String base, String field, java.util.function.Function<String, E> lookup,
            String allowed) throws IOException {
        String text = readString(parser, base, field);
        E value = lookup.apply(text);
        if (value == null) {
            throw new JsonReadException(base + "/" + field,
                    "unknown value \"" + abbreviate(text) + "\"; expected one of " + allowed + " (enum)");
        }
        return value;
    }

    /** True when the parser stands on a JSON null. */
    public static boolean isNull(JsonParser parser) {
        return parser.currentToken() == JsonToken.VALUE_NULL;
    }

    /** A missing required field. */
    public static JsonReadException missing(String base, String field) {
        return new JsonReadException(base + "/" + field, "required field is missing (required)");
    }

    /** A constraint broken while building a record from JSON. */
    public static JsonReadException invalid(String base, OnexValidationException e) {
        return new JsonReadException(base + "/" + e.field(), e.reason() + " (" + e.rule() + ")");
    }

    public static void writeUuid(JsonGenerator generator, UUID uuid) throws IOException {
        generator.writeString(uuid.toString());
    }

    public static void writeInstant(JsonGenerator generator, Instant instant) throws IOException {
        char[] buf = new char[Rfc3339.MAX_LENGTH];
        int len = Rfc3339.format(instant, buf);
        generator.writeString(buf, 0, len);
    }

    /** True for an absolute URI ({@code format: uri}). */
    public static boolean isUri(String text) {
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Escapes a name for use as a JSON pointer token (RFC 6901). */
    public static String escape(String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return name;
        }
        return name.replace("~", "~0").replace("/", "~1");
    }

    static String abbreviate(String text) {
        return text.length() <= 64 ? text : text.substring(0, 61) + "...";
    }
}
