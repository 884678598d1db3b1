package io.onex.plugin.testing;

import io.onex.plugin.parse.SourceFile;
import io.onex.plugin.parse.SourceTree;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A source tree held in memory: relative path to text. */
public final class MemoryTree implements SourceTree {

    private final Map<String, String> files = new LinkedHashMap<>();

    public MemoryTree with(String path, String text) {
        files.put(path, text);
        return this;
    }

    @Override
    public Optional<SourceFile> read(String relativePath) {
        String text = files.get(relativePath);
        return text == null ? Optional.empty()
                : Optional.of(new SourceFile(relativePath, relativePath, text.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String displayRoot() {
        return ".";
    }
}
