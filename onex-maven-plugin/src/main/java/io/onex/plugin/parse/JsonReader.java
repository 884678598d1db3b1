package io.onex.plugin.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.model.SourceLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON file with Jackson's streaming parser into a {@link RawNode} tree whose values carry the
 * token's 1-based line and column and their JSON pointer. Repeated keys are reported with both locations
 * (Jackson's own duplicate detection stops at the first one and loses the earlier location).
 */
public final class JsonReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private JsonReader() {
    }

    /** Reads one JSON document; never throws for bad input. */
    public static ParseResult read(SourceFile file) {
        Utf8.Decoded decoded = Utf8.decode(file);
        if (decoded.problem().isPresent()) {
            return new ParseResult(null, List.of(decoded.problem().get()));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(decoded.text())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new ParseResult(null, List.of());
            }
            RawNode root = new Builder(file.displayPath(), parser, diagnostics).value("");
            if (parser.nextToken() != null) {
                diagnostics.add(Diagnostic.error(at(file.displayPath(), parser.currentTokenLocation()), "",
                        ParseRule.JSON_SYNTAX.id(), "malformed JSON: unexpected content after the end of the document"));
                return new ParseResult(null, diagnostics);
            }
            return new ParseResult(root, diagnostics);
        } catch (JsonProcessingException e) {
            diagnostics.add(Diagnostic.error(at(file.displayPath(), e.getLocation()), "", ParseRule.JSON_SYNTAX.id(),
                    "malformed JSON: " + e.getOriginalMessage().strip().replaceAll("\\s+", " ")));
            return new ParseResult(null, diagnostics);
        } catch (IOException e) {
            // Reading from a String does not do I/O; a failure here is a bug, not a user mistake.
            throw new IllegalStateException("cannot read " + file.displayPath(), e);
        }
    }

    /** Appends one reference token to a JSON pointer, escaping '~' and '/' (RFC 6901). */
    public static String childPointer(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    private static SourceLocation at(String file, JsonLocation location) {
        if (location == null || location.getLineNr() <= 0) {
            return SourceLocation.of(file);
        }
        return new SourceLocation(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private static final class Builder {
        private final String file;
        private final JsonParser parser;
        private final List<Diagnostic> diagnostics;

        Builder(String file, JsonParser parser, List<Diagnostic> diagnostics) {
            this.file = file;
            this.parser = parser;
            this.diagnostics = diagnostics;
        }

        /** Reads the value at the current token. */
        RawNode value(String pointer) throws IOException {
            SourceLocation location = at(file, parser.currentTokenLocation());
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT:
                    return object(pointer, location);
                case START_ARRAY:
                    List<RawNode> items = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        items.add(value(childPointer(pointer, Integer.toString(items.size()))));
                    }
                    return new RawList(items, location, pointer);
                case VALUE_STRING:
                    return new RawScalar(RawScalar.Kind.STRING, parser.getText(), location, pointer);
                case VALUE_NUMBER_INT:
                    return new RawScalar(RawScalar.Kind.INTEGER, parser.getText(), location, pointer);
                case VALUE_NUMBER_FLOAT:
                    return new RawScalar(RawScalar.Kind.NUMBER, parser.getText(), location, pointer);
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return new RawScalar(RawScalar.Kind.BOOLEAN, parser.getText(), location, pointer);
                case VALUE_NULL:
                    return new RawScalar(RawScalar.Kind.NULL, "null", location, pointer);
                default:
                    throw new IllegalStateException("unexpected token " + token + " at " + location);
            }
        }

        private RawNode object(String pointer, SourceLocation location) throws IOException {
            List<RawMap.Entry> entries = new ArrayList<>();
            Map<String, SourceLocation> seen = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                SourceLocation keyLocation = at(file, parser.currentTokenLocation());
                String childPointer = childPointer(pointer, key);
                parser.nextToken();
                RawNode child = value(childPointer);
                SourceLocation first = seen.putIfAbsent(key, keyLocation);
                if (first != null) {
                    diagnostics.add(Diagnostic.error(keyLocation, childPointer, ParseRule.DUPLICATE_KEY.id(),
                            "duplicate key '" + key + "'; it is first defined at line " + first.line()
                                    + ", column " + first.column() + " (each key may appear once)"));
                    continue;
                }
                entries.add(new RawMap.Entry(key, keyLocation, child));
            }
            return new RawMap(entries, location, pointer);
        }
    }
}
