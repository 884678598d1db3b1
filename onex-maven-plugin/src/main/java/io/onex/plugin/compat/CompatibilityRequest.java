package io.onex.plugin.compat;

import io.onex.plugin.model.CompatibilityLevel;
import java.util.List;
import java.util.Objects;

/**
 * What to compare.
 *
 * @param level the compatibility level
 * @param current the current contracts
 * @param baselines earlier versions, oldest first; non-transitive levels use only the last
 */
public record CompatibilityRequest(CompatibilityLevel level, SchemaSnapshot current, List<SchemaSnapshot> baselines) {
    public CompatibilityRequest {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(current, "current");
        baselines = List.copyOf(baselines);
    }
}
