package io.onex.plugin.migration;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of one {@code migration-status} run as the user gave them.
 *
 * @param connection how to reach the cluster
 * @param window how far back events are sampled, an ISO-8601 duration such as {@code PT10M}
 * @param grace how young an event may be and still be judged, e.g. {@code PT10S}: younger ones may still be on their
 *     way to the other side
 * @param step the step to check, if any: {@code dual}, {@code cutover}, {@code stop-dual} or {@code deprecate}
 * @param report the JSON report file
 */
public record StatusSettings(MigrationConnection connection, String window, String grace, Optional<String> step,
        Path report) {

    /** The default window. */
    public static final String DEFAULT_WINDOW = "PT10M";
    /** The default grace. */
    public static final String DEFAULT_GRACE = "PT10S";

    public StatusSettings {
        Objects.requireNonNull(connection, "connection");
        step = step.filter(s -> !s.isBlank());
        Objects.requireNonNull(report, "report");
    }
}
