package io.onex.plugin.provision;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where the ACLs come from. */
public enum AclModel {
    /**
     * Section 12's class-wide ACLs: each principal class gets what the catalog's {@code producers} and
     * {@code readers} give it, one principal per class.
     */
    CATALOG,
    /**
     * Least privilege: the registry, infrastructure and observability classes as in {@link #CATALOG}, and instead of
     * one node principal, one principal per node contract with exactly the topics it publishes and subscribes and
     * its own consumer groups.
     */
    CONTRACTS;

    /** The parameter value, e.g. {@code contracts}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code catalog} or {@code contracts} (any case). */
    public static AclModel parse(String value) throws InvalidProvisionSettingsException {
        String trimmed = value == null ? "" : value.trim();
        return Arrays.stream(values()).filter(m -> m.label().equalsIgnoreCase(trimmed)).findFirst()
                .orElseThrow(() -> new InvalidProvisionSettingsException("unknown ACL model '" + value
                        + "' (onex.provision.aclModel); use " + Arrays.stream(values()).map(AclModel::label)
                                .collect(Collectors.joining(" or "))));
    }
}
