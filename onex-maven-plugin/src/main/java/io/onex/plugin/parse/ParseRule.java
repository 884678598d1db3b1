package io.onex.plugin.parse;

import io.onex.plugin.model.Rule;

/** The rules the readers check; each diagnostic carries the rule's id. */
public enum ParseRule implements Rule {
    /** The file is not valid UTF-8. */
    ENCODING("encoding", "input files are UTF-8"),
    /** The YAML text cannot be parsed. */
    YAML_SYNTAX("yaml-syntax", "YAML is well-formed, one document, keys are scalars"),
    /** The JSON text cannot be parsed. */
    JSON_SYNTAX("json-syntax", "JSON is well-formed, one document"),
    /** A mapping or object repeats a key. */
    DUPLICATE_KEY("duplicate-key", "no key appears twice in one mapping or object"),
    /** Aliases or size exceed the bounds that protect against alias bombs and huge inputs. */
    YAML_LIMITS("yaml-limits", "aliases and size stay within bounds (alias bombs are never expanded)");

    private final String id;
    private final String summary;

    ParseRule(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    /** The id printed in diagnostics, e.g. {@code duplicate-key}. */
    @Override
    public String id() {
        return id;
    }

    /** One line saying what the rule requires. */
    @Override
    public String summary() {
        return summary;
    }
}
