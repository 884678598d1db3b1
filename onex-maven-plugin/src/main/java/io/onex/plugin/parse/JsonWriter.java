package io.onex.plugin.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * Writes a {@link RawNode} tree as JSON text with Jackson's streaming generator: compact in document order (what a
 * schema registry is sent), or canonical (keys sorted, numbers by value) to compare two documents as JSON values,
 * whatever their key order, formatting and number spelling.
 */
public final class JsonWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private JsonWriter() {
    }

    /** Compact JSON, keys in document order, numbers as written: the same bytes for the same tree. */
    public static String compact(RawNode node) {
        return write(node, false);
    }

    /**
     * The canonical form: compact, keys sorted, every number written by its value ({@code 1}, {@code 1.0} and
     * {@code 1e0} alike). Two trees are the same JSON value exactly when their canonical forms are equal.
     */
    public static String canonical(RawNode node) {
        return write(node, true);
    }

    private static String write(RawNode node, boolean canonical) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(generator, node, canonical);
        } catch (IOException e) {
            // Writing to a StringWriter does no I/O; a failure here is a bug.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator out, RawNode node, boolean canonical) throws IOException {
        if (node instanceof RawMap map) {
            out.writeStartObject();
            var entries = canonical ? map.entries().stream().sorted(Comparator.comparing(RawMap.Entry::key)).toList()
                    : map.entries();
            for (RawMap.Entry entry : entries) {
                out.writeFieldName(entry.key());
                write(out, entry.value(), canonical);
            }
            out.writeEndObject();
        } else if (node instanceof RawList list) {
            out.writeStartArray();
            for (RawNode item : list.items()) {
                write(out, item, canonical);
            }
            out.writeEndArray();
        } else {
            scalar(out, (RawScalar) node, canonical);
        }
    }

    private static void scalar(JsonGenerator out, RawScalar scalar, boolean canonical) throws IOException {
        switch (scalar.kind()) {
            case NULL -> out.writeNull();
            case BOOLEAN -> out.writeBoolean(Boolean.parseBoolean(scalar.text()));
            case INTEGER, NUMBER -> number(out, scalar.text(), canonical);
            default -> out.writeString(scalar.text());
        }
    }

    /** A number from a JSON file as written; YAML spellings JSON lacks (0x1F, .inf) by value, or as text. */
    private static void number(JsonGenerator out, String text, boolean canonical) throws IOException {
        if (!canonical && JSON_NUMBER.matcher(text).matches()) {
            out.writeNumber(text);
            return;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            out.writeNumber(canonical ? value.signum() == 0 ? "0" : value.stripTrailingZeros().toString()
                    : value.toString());
        } catch (NumberFormatException e) {
            out.writeString(text);
        }
    }
}
