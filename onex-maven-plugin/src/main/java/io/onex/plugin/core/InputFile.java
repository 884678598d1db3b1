package io.onex.plugin.core;

import java.util.Objects;

/**
 * A file that was read, for incremental builds: when no input's digest changes, nothing needs regenerating.
 *
 * @param displayPath the file as diagnostics name it
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 */
public record InputFile(String displayPath, String sha256) {
    public InputFile {
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(sha256, "sha256");
    }
}
