package io.onex.plugin.provision;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a provisioning run does with the difference between the catalog and the cluster. */
public enum ProvisionMode {
    /** Report the changes; never change the cluster. */
    PLAN,
    /** Make the changes. */
    APPLY,
    /** Fail when there is any difference. */
    VERIFY;

    /** Parses {@code plan}, {@code apply} or {@code verify} (any case). */
    public static ProvisionMode parse(String value) throws InvalidProvisionSettingsException {
        String wanted = value == null ? "" : value.trim();
        return Arrays.stream(values()).filter(m -> m.name().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new InvalidProvisionSettingsException("unknown provision mode '" + value
                        + "' (onex.provision.mode); use one of " + Arrays.stream(values())
                                .map(ProvisionMode::label).collect(Collectors.joining(", "))));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
