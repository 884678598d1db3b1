package io.onex.plugin.validate;

import io.onex.plugin.model.Rule;

/** The rules on JSON Schemas, checked while resolving them into schema types. */
public enum SchemaRule implements Rule {
    /** A schema file named by the catalog is missing, unreadable or empty. */
    SCHEMA_FILE("schema-file", "the envelope and payload schema files named by the catalog exist under its folder"),
    /** A {@code $ref} is remote, escapes the schema root, or points at nothing. */
    SCHEMA_REF("schema-ref", "$ref is a relative reference to a local file under the schema root and resolves;"
            + " nothing is fetched"),
    /** {@code $ref}s lead back to a schema that is being resolved. */
    SCHEMA_CYCLE("schema-cycle", "$ref chains end; recursive types cannot become Java records"),
    /** A type the generator cannot map. */
    SCHEMA_TYPE("schema-type", "type is one of string, integer, number, boolean, object, array, optionally with"
            + " null"),
    /** A keyword that would change the meaning but is not supported, or an unknown keyword. */
    SCHEMA_KEYWORD("schema-keyword", "only supported draft-07 keywords are used, each on a type it applies to"),
    /** A keyword whose value is malformed (minimum not a number, required naming no property, ...). */
    SCHEMA_VALUE("schema-value", "keyword values are well-formed and consistent"),
    /** A pattern that does not compile as a Java regular expression. */
    SCHEMA_PATTERN("schema-pattern", "pattern compiles as a java.util.regex.Pattern"),
    /** The root of an envelope or payload schema is not an object with properties. */
    SCHEMA_ROOT("schema-root", "envelope and payload schemas are objects with properties"),
    /** {@code x-onex-redact} that is not {@code true}, not on a property, or on a property that is not free text. */
    SCHEMA_REDACT("schema-redact", "x-onex-redact is true and marks a property that is free text: a string without"
            + " format or pattern, or a free-form object"),
    /** A title or property name that cannot become a Java name. */
    JAVA_NAME("java-name", "titles are PascalCase Java class names; property names give Java identifiers"),
    /** Two schema nodes that would produce the same Java class name. */
    JAVA_NAME_CLASH("java-name-clash", "no two schemas produce the same Java class name (never Foo__1)");

    private final String id;
    private final String summary;

    SchemaRule(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    @Override

    public String id() {
        return id;
    }

    @Override

    public String summary() {
        return summary;
    }
}
