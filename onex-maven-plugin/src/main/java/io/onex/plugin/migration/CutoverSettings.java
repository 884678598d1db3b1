package io.onex.plugin.migration;

import java.util.Objects;
import java.util.Optional;

/**
 * The settings of one {@code migration-cutover} run as the user gave them.
 *
 * @param connection how to reach the cluster
 * @param legacyGroup the consumer group that reads the legacy topics, e.g. {@code registry-introspection}
 * @param service the service whose group {@code [<tenant>.]<service>-onex-v1} is seeded; absent for the legacy
 *     group's name (without the tenant's prefix), as section 9's example does
 * @param mode {@code plan} (prints the positions, commits nothing) or {@code apply}
 * @param force whether to go ahead while the legacy group still has members
 * @param margin how much earlier than the legacy record its ONEX twin may have been written, an ISO-8601 duration
 */
public record CutoverSettings(MigrationConnection connection, String legacyGroup, Optional<String> service,
        String mode, boolean force, String margin) {

    /** The default margin. */
    public static final String DEFAULT_MARGIN = "PT1M";

    public CutoverSettings {
        Objects.requireNonNull(connection, "connection");
        service = service.filter(s -> !s.isBlank());
    }
}
