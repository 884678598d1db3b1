package io.onex.plugin.model;

/** How a diagnostic affects the build: errors stop it, warnings only when failOnWarning is set. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
