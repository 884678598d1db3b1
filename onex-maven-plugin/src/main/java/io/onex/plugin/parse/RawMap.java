package io.onex.plugin.parse;

import io.onex.plugin.model.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * A YAML mapping or JSON object. Keys are unique: the readers report a repeated key and keep its first value.
 *
 * @param entries entries in file order
 * @param location where the mapping starts
 * @param path YAML path or JSON pointer
 */
public record RawMap(List<Entry> entries, SourceLocation location, String path) implements RawNode {

    public RawMap {
        entries = List.copyOf(entries);
    }

    /**
     * One key and its value.
     *
     * @param key the key text
     * @param keyLocation where the key is written
     * @param value the value
     */
    public record Entry(String key, SourceLocation keyLocation, RawNode value) {
    }

    public Optional<Entry> entry(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    public Optional<RawNode> get(String key) {
        return entry(key).map(Entry::value);
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
