package io.onex.plugin.parse;

import java.util.Objects;

/**
 * The bytes of one input file.
 *
 * @param path the file's path relative to its source root, '/'-separated (for contracts: the display path)
 * @param displayPath how diagnostics name the file
 * @param content the raw bytes (UTF-8 expected)
 */
public record SourceFile(String path, String displayPath, byte[] content) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(content, "content");
    }
}
