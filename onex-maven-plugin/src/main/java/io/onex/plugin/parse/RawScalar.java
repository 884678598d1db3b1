package io.onex.plugin.parse;

import io.onex.plugin.model.SourceLocation;
import java.util.Objects;

/**
 * A single value: string, number, boolean or null, with its text as written (numbers keep their spelling).
 *
 * @param kind the resolved kind (YAML 1.2 core schema for YAML, the token type for JSON)
 * @param text the value's text; "null" for null
 * @param location where the value is written
 * @param path YAML path or JSON pointer
 */
public record RawScalar(Kind kind, String text, SourceLocation location, String path) implements RawNode {

    public RawScalar {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** Kinds of scalar values. */
    public enum Kind {
        STRING("a string"),
        INTEGER("an integer"),
        NUMBER("a number"),
        BOOLEAN("a boolean"),
        NULL("null");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    @Override
    public String describe() {
        return kind == Kind.NULL ? "null" : kind.description() + " (" + text + ")";
    }
}
