package io.onex.plugin.core;

/** Runs every check (catalog, schemas, contracts) without generating anything: the core of the validate goal. */
public final class Validation {

    private Validation() {
    }

    public static ValidationResult run(ProjectRequest request) {
        return new ValidationResult(ProjectLoader.load(request));
    }
}
