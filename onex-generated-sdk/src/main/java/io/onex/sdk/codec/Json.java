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
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Helpers that generated codecs call: typed token reads that report the JSON pointer of a bad
 * value, and allocation-light RFC 3339 timestamps (the JDK's {@code Instant.parse} and
 * {@code toString} dominate the cost of small events).
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
        Instant instant = parseRfc3339(text);
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
            Instant instant = parseRfc3339(parser.getText());
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
        char[] buf = new char[30];
        int len = formatRfc3339(instant, buf);
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

    // ---- RFC 3339 -------------------------------------------------------------------------

    /**
     * Formats in UTC as {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, the fraction in 3, 6 or 9 digits
     * as needed, like {@link Instant#toString()} for years 0 to 9999.
     *
     * @return the number of chars written into {@code buf} (at least 30 long)
     */
    public static int formatRfc3339(Instant instant, char[] buf) {
        long seconds = instant.getEpochSecond();
        long days = Math.floorDiv(seconds, 86_400L);
        int secOfDay = (int) Math.floorMod(seconds, 86_400L);
        // civil-from-days, proleptic Gregorian (H. Hinnant's algorithm)
        long z = days + 719_468L;
        long era = Math.floorDiv(z, 146_097L);
        long doe = z - era * 146_097L;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long year = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        if (month <= 2) {
            year++;
        }
        if (year < 0 || year > 9999) {
            String s = instant.toString();
            s.getChars(0, s.length(), buf, 0);
            return s.length();
        }
        int y = (int) year;
        buf[0] = (char) ('0' + y / 1000);
        buf[1] = (char) ('0' + y / 100 % 10);
        buf[2] = (char) ('0' + y / 10 % 10);
        buf[3] = (char) ('0' + y % 10);
        buf[4] = '-';
        two(buf, 5, month);
        buf[7] = '-';
        two(buf, 8, day);
        buf[10] = 'T';
        two(buf, 11, secOfDay / 3600);
        buf[13] = ':';
        two(buf, 14, secOfDay / 60 % 60);
        buf[16] = ':';
        two(buf, 17, secOfDay % 60);
        int pos = 19;
        int nanos = instant.getNano();
        if (nanos != 0) {
            buf[pos++] = '.';
            int digits = nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
            int value = digits == 3 ? nanos / 1_000_000 : digits == 6 ? nanos / 1_000 : nanos;
            for (int i = digits - 1; i >= 0; i--) {
                buf[pos + i] = (char) ('0' + value % 10);
                value /= 10;
            }
            pos += digits;
        }
        buf[pos++] = 'Z';
        return pos;
    }

    private static void two(char[] buf, int at, int value) {
        buf[at] = (char) ('0' + value / 10);
        buf[at + 1] = (char) ('0' + value % 10);
    }

    /**
     * Parses an RFC 3339 date-time ({@code T} or {@code t}, {@code Z}, {@code z} or a numeric
     * offset, any fraction length). Returns null when the text is not one.
     */
    public static Instant parseRfc3339(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != 't')
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0
                || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
            return null;
        }
        int pos = 19;
        int nanos = 0;
        if (pos < n && s.charAt(pos) == '.') {
            pos++;
            int start = pos;
            while (pos < n && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                if (pos - start < 9) {
                    nanos = nanos * 10 + (s.charAt(pos) - '0');
                }
                pos++;
            }
            int count = pos - start;
            if (count == 0) {
                return null;
            }
            for (int i = count; i < 9; i++) {
                nanos *= 10;
            }
        }
        if (pos >= n) {
            return null;
        }
        int offsetSeconds;
        char c = s.charAt(pos);
        if ((c == 'Z' || c == 'z') && pos + 1 == n) {
            offsetSeconds = 0;
        } else if ((c == '+' || c == '-') && pos + 6 == n && s.charAt(pos + 3) == ':') {
            int oh = digits(s, pos + 1, 2);
            int om = digits(s, pos + 4, 2);
            if (oh < 0 || oh > 23 || om < 0 || om > 59) {
                return null;
            }
            offsetSeconds = (oh * 3600 + om * 60) * (c == '-' ? -1 : 1);
        } else {
            return null;
        }
        if (second == 60) {
            // leap second: let the JDK decide, as Instant.parse does
            try {
                return OffsetDateTime.parse(s.toUpperCase(java.util.Locale.ROOT)).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        long epochDay = daysFromCivil(year, month, day);
        long epochSecond = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static long daysFromCivil(long y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097L + doe - 719_468L;
    }
}
