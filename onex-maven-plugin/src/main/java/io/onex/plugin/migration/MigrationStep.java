package io.onex.plugin.migration;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The steps between the phases of spec section 9, as an operator asks whether one is safe. */
public enum MigrationStep {
    /** Phase 2 begins: producers write both names (topic mode DUAL). */
    DUAL("producers start writing both names"),
    /** Phase 3: a consumer group moves from the legacy topics to its {@code -onex-v1} group on the ONEX topics. */
    CUTOVER("consumer groups move to their -onex-v1 groups on the ONEX topics"),
    /** Phase 4 begins: producers write the ONEX names only (topic mode ONEX). */
    STOP_DUAL("producers stop writing the legacy names"),
    /** Phase 4 ends: the legacy topics and their ACLs go. */
    DEPRECATE("the legacy topics and their ACLs go");

    private final String meaning;

    MigrationStep(String meaning) {
        this.meaning = meaning;
    }

    /** The name in parameters, e.g. {@code stop-dual}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** What the step changes, e.g. {@code producers start writing both names}. */
    public String meaning() {
        return meaning;
    }

    /** Reads {@code dual}, {@code cutover}, {@code stop-dual} or {@code deprecate} (any case, blanks ignored). */
    public static Optional<MigrationStep> parse(String value) {
        String trimmed = value == null ? "" : value.trim();
        return Arrays.stream(values()).filter(s -> s.label().equalsIgnoreCase(trimmed)).findFirst();
    }

    /** The accepted values, for messages. */
    public static String choices() {
        return Arrays.stream(values()).map(MigrationStep::label).collect(Collectors.joining(", "));
    }
}
