package io.onex.plugin.compat;

import io.onex.plugin.model.Rule;

/**
 * The rules on the check-compatibility goal's parameters; each diagnostic carries the rule's id. The plugin README
 * lists them with their summary.
 */
public enum CompatibilityRule implements Rule {
    /** A parameter of the check that cannot work, such as an unknown compatibility level. */
    COMPAT_SETTINGS("compat-settings", "`check-compatibility`: `onex.compatibility` is a level"),
    /** A baseline that cannot be read. */
    COMPAT_BASELINE("compat-baseline", "`check-compatibility`: `onex.baseline` is an existing folder or jar,"
            + " resolvable coordinates, or `registry` with `onex.registry.url`");

    private final String id;
    private final String summary;

    CompatibilityRule(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String summary() {
        return summary;
    }
}
