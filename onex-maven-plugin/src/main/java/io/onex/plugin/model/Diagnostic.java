package io.onex.plugin.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the inputs, printed javac style:
 * {@code path:line:col: error: <pointer>: <message> [rule]}.
 *
 * @param severity error or warning
 * @param location file, line and column
 * @param pointer JSON pointer (schemas) or YAML path (catalog, contracts) of the offending node; may be empty
 * @param rule the name of the rule that found it, e.g. {@code topic-naming}
 * @param message what is wrong and what would be right
 */
public record Diagnostic(Severity severity, SourceLocation location, String pointer, String rule, String message) {

    /** File, then line, then column, then rule: the order diagnostics are reported in. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.location().file())
            .thenComparingInt(d -> d.location().line())
            .thenComparingInt(d -> d.location().column())
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        pointer = pointer == null ? "" : pointer;
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(SourceLocation location, String pointer, String rule, String message) {
        return new Diagnostic(Severity.ERROR, location, pointer, rule, message);
    }

    public static Diagnostic warning(SourceLocation location, String pointer, String rule, String message) {
        return new Diagnostic(Severity.WARNING, location, pointer, rule, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The javac-style line. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(location).append(": ").append(severity.label()).append(": ");
        if (!pointer.isEmpty()) {
            sb.append(pointer).append(": ");
        }
        sb.append(message).append(" [").append(rule).append(']');
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
