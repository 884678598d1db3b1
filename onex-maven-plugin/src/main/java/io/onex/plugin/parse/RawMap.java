package io.onex.plugin.parse;

import io.onex.plugin.model.SourceLocation;
import java.util.ArrayList;
import java.util.Collection;
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

    /**
     * A copy with {@code key} bound to {@code value}: in the place of an existing entry (keeping its key location),
     * else appended. The tree is immutable, so building a document from parts never changes the parts.
     */
    public RawMap with(String key, RawNode value) {
        List<Entry> copy = new ArrayList<>(entries.size() + 1);
        boolean replaced = false;
        for (Entry e : entries) {
            if (e.key().equals(key)) {
                copy.add(new Entry(key, e.keyLocation(), value));
                replaced = true;
            } else {
                copy.add(e);
            }
        }
        if (!replaced) {
            copy.add(new Entry(key, value.location(), value));
        }
        return new RawMap(copy, location, path);
    }

    /** A copy without the given keys; the others keep their order. */
    public RawMap without(Collection<String> keys) {
        return new RawMap(entries.stream().filter(e -> !keys.contains(e.key())).toList(), location, path);
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
