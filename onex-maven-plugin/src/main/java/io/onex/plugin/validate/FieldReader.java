package io.onex.plugin.validate;

import io.onex.plugin.parse.RawList;
import io.onex.plugin.parse.RawMap;
import io.onex.plugin.parse.RawNode;
import io.onex.plugin.parse.RawScalar;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the keys of one YAML mapping by name and kind, reporting missing keys, wrong kinds and values outside a
 * fixed set as it goes; {@link #finish()} then reports every key nobody asked for, with a did-you-mean.
 */
final class FieldReader {

    private final RawMap map;
    private final RawNode node;
    private final Diagnostics out;
    private final Set<String> known = new LinkedHashSet<>();

    /** Reads {@code node}, reporting it when it is not a mapping ({@code what} names it, e.g. "a topic"). */
    FieldReader(RawNode node, String what, Diagnostics out) {
        this.node = node;
        this.out = out;
        if (node instanceof RawMap m) {
            this.map = m;
        } else {
            this.map = null;
            out.error(node.location(), node.path(), FieldRule.FIELD_TYPE.id(),
                    "expected " + what + " (a mapping), found " + node.describe());
        }
    }

    boolean isMap() {
        return map != null;
    }

    RawNode node() {
        return node;
    }

    /** Declares a key as known without reading it (it is handled elsewhere). */
    void allow(String key) {
        known.add(key);
    }

    /** The raw value of a key; null values count as absent. */
    Optional<RawMap.Entry> entry(String key, boolean required) {
        known.add(key);
        if (map == null) {
            return Optional.empty();
        }
        Optional<RawMap.Entry> entry = map.entry(key);
        if (entry.isEmpty() || entry.get().value() instanceof RawScalar s && s.isNull()) {
            if (required) {
                String detail = entry.isPresent() ? "required key '" + key + "' has no value"
                        : "missing required key '" + key + "'";
                out.error(entry.map(RawMap.Entry::keyLocation).orElse(map.location()),
                        entry.map(e -> e.value().path()).orElse(map.path()), FieldRule.REQUIRED_FIELD.id(), detail);
            }
            return Optional.empty();
        }
        return entry;
    }

    Located<RawNode> node(String key, boolean required) {
        Optional<RawMap.Entry> entry = entry(key, required);
        return entry.map(e -> new Located<>(e.value(), e.value().location(), e.value().path()))
                .orElseGet(this::absent);
    }

    /** A string; numbers are taken as written (so {@code version: 1.0} reads as "1.0"). */
    Located<String> string(String key, boolean required) {
        return entry(key, required).map(e -> asString(e.value())).orElseGet(this::absent);
    }

    Located<Long> integer(String key, boolean required) {
        return entry(key, required).map(e -> {
            RawNode value = e.value();
            if (value instanceof RawScalar s && s.kind() == RawScalar.Kind.INTEGER) {
                try {
                    return new Located<>(parseYamlInteger(s.text()), s.location(), s.path());
                } catch (NumberFormatException ex) {
                    wrongKind(value, "an integer within the range of a Java long");
                    return Located.<Long>absent(value.location(), value.path());
                }
            }
            wrongKind(value, "an integer");
            return Located.<Long>absent(value.location(), value.path());
        }).orElseGet(this::absent);
    }

    /** YAML 1.2 core schema integers: decimal with optional sign, 0o octal, 0x hexadecimal. */
    static long parseYamlInteger(String text) {
        if (text.startsWith("0o")) {
            return Long.parseLong(text.substring(2), 8);
        }
        if (text.startsWith("0x")) {
            return Long.parseLong(text.substring(2), 16);
        }
        return Long.parseLong(text);
    }

    Located<Boolean> bool(String key, boolean required) {
        return entry(key, required).map(e -> {
            RawNode value = e.value();
            if (value instanceof RawScalar s && s.kind() == RawScalar.Kind.BOOLEAN) {
                return new Located<>(Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT)), s.location(), s.path());
            }
            wrongKind(value, "true or false");
            return Located.<Boolean>absent(value.location(), value.path());
        }).orElseGet(this::absent);
    }

    /** One of a fixed set of spellings, e.g. an enum's YAML names. */
    <E> Located<E> choice(String key, boolean required, List<E> values, Function<E, String> spelling) {
        return entry(key, required).map(e -> choiceOf(key, e.value(), values, spelling)).orElseGet(this::absent);
    }

    Located<List<String>> stringList(String key, boolean required) {
        return list(key, required, this::asString);
    }

    <E> Located<List<E>> choiceList(String key, boolean required, List<E> values, Function<E, String> spelling) {
        return list(key, required, item -> choiceOf(key, item, values, spelling));
    }

    private <E> Located<List<E>> list(String key, boolean required, Function<RawNode, Located<E>> item) {
        return entry(key, required).map(e -> {
            RawNode value = e.value();
            if (!(value instanceof RawList list)) {
                wrongKind(value, "a list");
                return Located.<List<E>>absent(value.location(), value.path());
            }
            List<E> items = new ArrayList<>();
            boolean complete = true;
            for (RawNode element : list.items()) {
                Located<E> read = item.apply(element);
                if (read.present()) {
                    items.add(read.value());
                } else {
                    complete = false;
                }
            }
            return complete ? new Located<>(List.copyOf(items), value.location(), value.path())
                    : Located.<List<E>>absent(value.location(), value.path());
        }).orElseGet(this::absent);
    }

    /** Reports every key that was not read or allowed. */
    void finish() {
        if (map == null) {
            return;
        }
        for (RawMap.Entry entry : map.entries()) {
            if (!known.contains(entry.key())) {
                String hint = Suggestions.closest(entry.key(), known)
                        .map(s -> "; did you mean '" + s + "'?")
                        .orElse("; known keys are " + String.join(", ", known));
                out.error(entry.keyLocation(), entry.value().path(), FieldRule.UNKNOWN_FIELD.id(),
                        "unknown key '" + entry.key() + "'" + hint);
            }
        }
    }

    private Located<String> asString(RawNode value) {
        if (value instanceof RawScalar s && (s.kind() == RawScalar.Kind.STRING || s.kind() == RawScalar.Kind.INTEGER
                || s.kind() == RawScalar.Kind.NUMBER)) {
            return new Located<>(s.text(), s.location(), s.path());
        }
        wrongKind(value, "a string");
        return Located.absent(value.location(), value.path());
    }

    private <E> Located<E> choiceOf(String key, RawNode value, List<E> values, Function<E, String> spelling) {
        Located<String> text = asString(value);
        if (!text.present()) {
            return Located.absent(value.location(), value.path());
        }
        for (E candidate : values) {
            if (spelling.apply(candidate).equals(text.value())) {
                return new Located<>(candidate, value.location(), value.path());
            }
        }
        List<String> allowed = values.stream().map(spelling).collect(Collectors.toList());
        out.error(value.location(), value.path(), FieldRule.ENUM_VALUE.id(),
                "'" + text.value() + "' is not a valid " + key + "; allowed are " + String.join(", ", allowed)
                        + Suggestions.didYouMean(text.value(), allowed));
        return Located.absent(value.location(), value.path());
    }

    private void wrongKind(RawNode value, String expected) {
        out.error(value.location(), value.path(), FieldRule.FIELD_TYPE.id(),
                "expected " + expected + ", found " + value.describe());
    }

    private <T> Located<T> absent() {
        return map == null ? Located.absent(node.location(), node.path()) : Located.absent(map.location(), map.path());
    }
}
