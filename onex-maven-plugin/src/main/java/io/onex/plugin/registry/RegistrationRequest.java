package io.onex.plugin.registry;

import io.onex.plugin.model.CompatibilityLevel;
import java.util.List;
import java.util.Objects;

/**
 * What {@link SchemaRegistrar} registers.
 *
 * @param groupId the registry group holding the ONEX artifacts, e.g. {@code onex}
 * @param compatibility the COMPATIBILITY rule set on every artifact
 * @param dryRun plan only: read the registry, change nothing
 * @param schemas the value schemas, one per topic
 */
public record RegistrationRequest(String groupId, CompatibilityLevel compatibility, boolean dryRun,
        List<ValueSchema> schemas) {
    public RegistrationRequest {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(compatibility, "compatibility");
        schemas = List.copyOf(schemas);
    }
}
