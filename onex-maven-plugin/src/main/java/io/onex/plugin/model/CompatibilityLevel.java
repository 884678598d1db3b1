package io.onex.plugin.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The compatibility levels of a schema registry's COMPATIBILITY rule: the rule the register goal sets, the level the
 * compatibility check checks.
 */
public enum CompatibilityLevel {
    /** No check. */
    NONE(false, false, false),
    /** Consumers on the new schema read data written with the previous one. */
    BACKWARD(true, false, false),
    /** Like BACKWARD, against every earlier version. */
    BACKWARD_TRANSITIVE(true, false, true),
    /** Consumers on the previous schema read data written with the new one. */
    FORWARD(false, true, false),
    /** Like FORWARD, against every earlier version. */
    FORWARD_TRANSITIVE(false, true, true),
    /** BACKWARD and FORWARD. */
    FULL(true, true, false),
    /** BACKWARD and FORWARD against every earlier version. */
    FULL_TRANSITIVE(true, true, true);

    private final boolean backward;
    private final boolean forward;
    private final boolean transitive;

    CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
        this.backward = backward;
        this.forward = forward;
        this.transitive = transitive;
    }

    /** New readers must read old data. */
    public boolean backward() {
        return backward;
    }

    /** Old readers must read new data. */
    public boolean forward() {
        return forward;
    }

    /** Compared with every earlier version, not only the latest. */
    public boolean transitive() {
        return transitive;
    }

    /** Parses a level case-insensitively. */
    public static Optional<CompatibilityLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(l -> l.name().equals(name)).findFirst();
    }

    /** Every level name, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
