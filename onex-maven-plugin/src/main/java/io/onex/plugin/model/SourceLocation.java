package io.onex.plugin.model;

import java.util.Objects;

/**
 * A place in an input file, 1-based line and column, used by every diagnostic.
 *
 * @param file the file as the user should see it (relative to the project when possible)
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record SourceLocation(String file, int line, int column) {
    public SourceLocation {
        Objects.requireNonNull(file, "file");
    }

    public static SourceLocation of(String file) {
        return new SourceLocation(file, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
