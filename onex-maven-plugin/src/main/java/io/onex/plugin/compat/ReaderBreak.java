package io.onex.plugin.compat;

/**
 * A value that writers may produce and readers reject, found by {@link ReaderCheck}.
 *
 * @param pointer JSON pointer of the schema location, in the registry's style ({@code /properties/x})
 * @param kind the kind of change, e.g. {@code TYPE_NARROWED}
 * @param detail what writers may send that readers refuse
 */
public record ReaderBreak(String pointer, String kind, String detail) {
}
