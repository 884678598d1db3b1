package io.onex.plugin.parse;

import io.onex.plugin.model.SourceLocation;

/**
 * A value read from a YAML or JSON file, with where it was written.
 *
 * <p>{@link #path()} is a YAML path such as {@code topics[3].key} for YAML files and a JSON pointer such as
 * {@code /properties/node_id} for JSON files; the root's path is empty.
 */
public sealed interface RawNode permits RawMap, RawList, RawScalar {

    /** File, line and column where the value starts. */
    SourceLocation location();

    /** YAML path or JSON pointer of the value. */
    String path();

    /** What kind of value this is, for messages: "a mapping", "a list", "a string", ... */
    String describe();

    /**
     * Whether both trees are the same JSON value: key order, formatting, number spelling, locations and paths do
     * not count; the order of list items does.
     */
    default boolean sameJson(RawNode other) {
        return JsonWriter.canonical(this).equals(JsonWriter.canonical(other));
    }
}
