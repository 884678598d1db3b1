package io.onex.plugin.parse;

import io.onex.plugin.model.SourceLocation;
import java.util.List;

/**
 * A YAML sequence or JSON array.
 *
 * @param items items in file order
 * @param location where the list starts
 * @param path YAML path or JSON pointer
 */
public record RawList(List<RawNode> items, SourceLocation location, String path) implements RawNode {

    public RawList {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
