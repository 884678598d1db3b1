package io.onex.plugin.validate;

import io.onex.plugin.model.Rule;

/** The rules on the shape of YAML inputs (catalog and contracts), checked while reading them. */
public enum FieldRule implements Rule {
    /** A key the format does not define. */
    UNKNOWN_FIELD("unknown-field", "every key is known to the format (near misses get a did-you-mean)"),
    /** A required key is absent or empty. */
    REQUIRED_FIELD("required-field", "required keys are present and have a value"),
    /** A value has the wrong kind (a list where a string belongs, ...). */
    FIELD_TYPE("field-type", "values have the kind the format prescribes"),
    /** A value outside a fixed set (event_class, direction, node_type, ...). */
    ENUM_VALUE("enum-value", "values of fixed sets are spelled as allowed; the message lists the allowed ones"),
    /** An input file or folder is missing or unreadable. */
    INPUT_FILE("input-file", "configured input files and folders exist and can be read");

    private final String id;
    private final String summary;

    FieldRule(String id, String summary) {
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
