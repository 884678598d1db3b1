package io.onex.plugin.validate;

import io.onex.plugin.model.SourceLocation;
import java.util.Optional;

/**
 * A value read from an input file with where it was written; the value is null when the key was absent or its
 * value unusable (a diagnostic has then been reported already, when it mattered).
 *
 * @param value the value, or null
 * @param location where the value (or, when absent, its enclosing mapping) is written
 * @param path YAML path of the value
 */
record Located<T>(T value, SourceLocation location, String path) {

    static <T> Located<T> absent(SourceLocation location, String path) {
        return new Located<>(null, location, path);
    }

    boolean present() {
        return value != null;
    }

    Optional<T> optional() {
        return Optional.ofNullable(value);
    }
}
