package io.onex.plugin.parse;

import java.io.IOException;
import java.util.Optional;

/** A folder-like source of input files: a directory on disk or a folder on the class path. */
public interface SourceTree {

    /**
     * Reads a file.
     *
     * @param relativePath normalized, '/'-separated path below the root, never starting with '/' or '..'
     * @return the file, or empty when there is no such file
     * @throws IOException when the file exists but cannot be read
     */
    Optional<SourceFile> read(String relativePath) throws IOException;

    /** How diagnostics name the root, e.g. {@code src/main/onex} or {@code classpath:onex}. */
    String displayRoot();
}
