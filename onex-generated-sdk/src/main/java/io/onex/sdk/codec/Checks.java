package io.onex.sdk.codec;

import io.onex.sdk.OnexValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Constraint checks called from the compact constructors of generated records. Each failure
 * is an {@link OnexValidationException} naming the field (JSON name) and the schema keyword.
 */
public final class Checks {

    private Checks() {
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new OnexValidationException(field, "required", "required field is missing");
        }
        return value;
    }

    public static void minLength(String field, String value, int min) {
        if (value.codePointCount(0, value.length()) < min) {
            throw new OnexValidationException(field, "minLength",
                    "must be at least " + min + " characters long but has " + value.codePointCount(0, value.length()));
        }
    }

    public static void maxLength(String field, String value, int max) {
        if (value.length() > max && value.codePointCount(0, value.length()) > max) {
            throw new OnexValidationException(field, "maxLength",
                    "must be at most " + max + " characters long but has " + value.codePointCount(0, value.length()));
        }
    }

    public static void pattern(String field, String value, Pattern pattern) {
        if (!pattern.matcher(value).find()) {
            throw new OnexValidationException(field, "pattern",
                    "\"" + Json.abbreviate(value) + "\" does not match the pattern " + pattern.pattern());
        }
    }

    public static void uri(String field, String value) {
        if (!Json.isUri(value)) {
            throw new OnexValidationException(field, "format", "\"" + Json.abbreviate(value) + "\" is not an absolute URI (format uri)");
        }
    }

    public static void minimum(String field, long value, long min) {
        if (value < min) {
            throw new OnexValidationException(field, "minimum", "must be >= " + min + " but is " + value);
        }
    }

    public static void maximum(String field, long value, long max) {
        if (value > max) {
            throw new OnexValidationException(field, "maximum", "must be <= " + max + " but is " + value);
        }
    }

    public static void finite(String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new OnexValidationException(field, "type", "must be a finite number but is " + value);
        }
    }

    public static void minimum(String field, double value, double min) {
        finite(field, value);
        if (value < min) {
            throw new OnexValidationException(field, "minimum", "must be >= " + format(min) + " but is " + value);
        }
    }

    public static void maximum(String field, double value, double max) {
        finite(field, value);
        if (value > max) {
            throw new OnexValidationException(field, "maximum", "must be <= " + format(max) + " but is " + value);
        }
    }

    public static void exclusiveMinimum(String field, double value, double min) {
        finite(field, value);
        if (value <= min) {
            throw new OnexValidationException(field, "exclusiveMinimum", "must be > " + format(min) + " but is " + value);
        }
    }

    public static void exclusiveMaximum(String field, double value, double max) {
        finite(field, value);
        if (value >= max) {
            throw new OnexValidationException(field, "exclusiveMaximum", "must be < " + format(max) + " but is " + value);
        }
    }

    public static void minItems(String field, Collection<?> value, int min) {
        if (value.size() < min) {
            throw new OnexValidationException(field, "minItems", "must have at least " + min + " items but has " + value.size());
        }
    }

    public static void maxItems(String field, Collection<?> value, int max) {
        if (value.size() > max) {
            throw new OnexValidationException(field, "maxItems", "must have at most " + max + " items but has " + value.size());
        }
    }

    public static void uniqueItems(String field, Collection<?> value) {
        if (new HashSet<>(value).size() != value.size()) {
            throw new OnexValidationException(field, "uniqueItems", "must not contain duplicate items");
        }
    }

    /** An unmodifiable copy that refuses null items; null stays null (absent). */
    public static <T> List<T> copyList(String field, List<T> value) {
        if (value == null) {
            return null;
        }
        List<T> copy = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            T item = value.get(i);
            if (item == null) {
                throw new OnexValidationException(field + "/" + i, "type", "null items are not allowed");
            }
            copy.add(item);
        }
        return Collections.unmodifiableList(copy);
    }

    /** An unmodifiable, order-keeping copy that refuses null keys and values; null stays null. */
    public static <V> Map<String, V> copyMap(String field, Map<String, V> value) {
        if (value == null) {
            return null;
        }
        Map<String, V> copy = new LinkedHashMap<>(Math.max(4, value.size() * 2));
        for (Map.Entry<String, V> e : value.entrySet()) {
            if (e.getKey() == null) {
                throw new OnexValidationException(field, "type", "null keys are not allowed");
            }
            if (e.getValue() == null) {
                throw new OnexValidationException(field + "/" + Json.escape(e.getKey()), "type", "null values are not allowed");
            }
            copy.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * {@link #copyMap} for a map of free-form values: each value must also be a JSON value ({@link Json#copyAny}),
     * so a value no reader could parse back is refused here, naming its entry, not when the event is written.
     */
    public static Map<String, Object> copyJsonMap(String field, Map<String, Object> value) {
        Map<String, Object> checked = copyMap(field, value);
        if (checked == null) {
            return null;
        }
        Map<String, Object> copy = new LinkedHashMap<>(Math.max(4, checked.size() * 2));
        checked.forEach((k, v) -> copy.put(k, Json.copyAny(field + "/" + Json.escape(k), v)));
        return Collections.unmodifiableMap(copy);
    }

    private static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
