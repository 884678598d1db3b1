package io.onex.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The phases of the move from the legacy {@code node.*} topics to the ONEX topics (spec section 9, "Migration
 * Strategy"), as a cluster goes through them. Which names producers write is the SDK's {@link TopicMode}; which topics
 * must exist is the phase's.
 */
public enum MigrationPhase {
    /** Phases 1 and before: producers write the legacy names (the spec's default, {@code USE_ONEX_TOPICS} unset). */
    LEGACY(TopicMode.LEGACY, true),
    /** Phase 2: producers write both names; consumers still read the legacy ones. */
    DUAL(TopicMode.DUAL, true),
    /**
     * Phase 3 done: consumers read the ONEX names in their {@code -onex-v1} groups and producers write the ONEX names
     * only; the legacy topics stay for a rollback.
     */
    ONEX(TopicMode.ONEX, true),
    /** Phase 4 done: the legacy topics are no longer wanted; any that remain are to be deleted. */
    DEPRECATED(TopicMode.ONEX, false);

    private final TopicMode producerMode;
    private final boolean legacyTopics;

    MigrationPhase(TopicMode producerMode, boolean legacyTopics) {
        this.producerMode = producerMode;
        this.legacyTopics = legacyTopics;
    }

    /** The default: the phase of a node on the SDK's default topic mode ({@code USE_ONEX_TOPICS} unset). */
    public static final MigrationPhase DEFAULT = LEGACY;

    /** The topic mode producers use in this phase. */
    public TopicMode producerMode() {
        return producerMode;
    }

    /** Whether the legacy topics (and access to them) must exist in this phase. */
    public boolean legacyTopics() {
        return legacyTopics;
    }

    /** The name in parameters, e.g. {@code dual}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code legacy}, {@code dual}, {@code onex} or {@code deprecated} (any case, surrounding blanks ignored). */
    public static Optional<MigrationPhase> parse(String value) {
        String trimmed = value == null ? "" : value.trim();
        return Arrays.stream(values()).filter(p -> p.label().equalsIgnoreCase(trimmed)).findFirst();
    }

    /** The accepted values, for messages: {@code legacy, dual, onex or deprecated}. */
    public static String choices() {
        String all = Arrays.stream(values()).map(MigrationPhase::label).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
