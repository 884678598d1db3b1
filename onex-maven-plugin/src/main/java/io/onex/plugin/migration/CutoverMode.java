package io.onex.plugin.migration;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a cutover does with the positions it translated. */
public enum CutoverMode {
    /** Print them; commit nothing. */
    PLAN,
    /** Commit them for the new group (and mark the legacy group as moved). */
    APPLY;

    static CutoverMode parse(String value) throws InvalidMigrationSettingsException {
        String wanted = value == null ? "" : value.trim();
        return Arrays.stream(values()).filter(m -> m.name().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new InvalidMigrationSettingsException("unknown cutover mode '" + value
                        + "' (onex.migration.mode); use one of " + Arrays.stream(values()).map(CutoverMode::label)
                                .collect(Collectors.joining(", "))));
    }

    /** {@code plan} or {@code apply}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
