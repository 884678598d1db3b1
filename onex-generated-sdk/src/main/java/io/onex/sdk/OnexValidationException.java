package io.onex.sdk;

/**
 * A value breaks a constraint of its schema. Thrown by the compact constructors of generated
 * records, so an invalid record can never be built.
 */
public class OnexValidationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;

    /**
     * @param field the JSON name of the field (a relative JSON pointer for nested values, e.g. {@code capabilities/read})
     * @param rule the schema keyword that failed, e.g. {@code required}, {@code minimum}, {@code format}
     * @param reason what is wrong, in words
     */
    public OnexValidationException(String field, String rule, String reason) {
        super(field + ": " + reason + " (" + rule + ")");
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    /** The reason without field and rule. */
    public String reason() {
        String m = getMessage();
        int start = field.length() + 2;
        int end = m.length() - rule.length() - 3;
        return end > start ? m.substring(start, end) : m;
    }
}
