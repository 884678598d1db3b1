package io.onex.plugin.registry;

/** A schema file cannot be made self-contained: unreadable, malformed, or a bad {@code $ref}. */
public final class SchemaInlineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SchemaInlineException(String message) {
        super(message);
    }
}
