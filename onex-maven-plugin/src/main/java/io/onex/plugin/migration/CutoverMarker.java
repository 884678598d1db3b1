package io.onex.plugin.migration;

import java.util.Optional;

/**
 * The trace a cutover leaves in the commit metadata of the legacy group's positions: {@code onex-cutover to <group>}.
 * A cutover keeps the legacy group's offsets as they are and only adds this note, so the status report knows where
 * the group went even when the new group's name is not {@code <legacy group>-onex-v1}. Consumers that commit again
 * under the legacy group (a rollback) replace it, and the group counts as reading the legacy topics again.
 */
final class CutoverMarker {

    private static final String PREFIX = "onex-cutover to ";
    private static final String FROM = "onex-cutover from ";

    private CutoverMarker() {
    }

    /** The metadata that marks a move to the group. */
    static String to(String group) {
        return PREFIX + group;
    }

    /** The metadata of the new group's seeded positions, naming where they came from. */
    static String from(String group) {
        return FROM + group;
    }

    /** The group a metadata names as the target of a move, if it is a marker. */
    static Optional<String> target(String metadata) {
        return metadata != null && metadata.startsWith(PREFIX) && metadata.length() > PREFIX.length()
                ? Optional.of(metadata.substring(PREFIX.length())) : Optional.empty();
    }
}
