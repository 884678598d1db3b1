package io.onex.plugin.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.plugin.model.SourceLocation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The JSON reader")
class JsonReaderTest {

    private static ParseResult read(String text) {
        return JsonReader.read(new SourceFile("s.json", "s.json", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("keeps the token location and the JSON pointer of every value")
    void keepsLocationsAndPointers() {
        ParseResult result = read("{\n  \"properties\": {\n    \"a/b\": {\"type\": \"string\"},\n    \"n\": [1, 2.5]\n  }\n}");
        assertThat(result.diagnostics()).isEmpty();
        RawMap properties = (RawMap) ((RawMap) result.root()).get("properties").orElseThrow();
        RawNode ab = properties.get("a/b").orElseThrow();
        assertThat(ab.path()).isEqualTo("/properties/a~1b");
        assertThat(ab.location()).isEqualTo(new SourceLocation("s.json", 3, 12));
        RawList n = (RawList) properties.get("n").orElseThrow();
        assertThat(n.items()).extracting(RawNode::path).containsExactly("/properties/n/0", "/properties/n/1");
        assertThat(((RawScalar) n.items().get(0)).kind()).isEqualTo(RawScalar.Kind.INTEGER);
        assertThat(((RawScalar) n.items().get(1)).kind()).isEqualTo(RawScalar.Kind.NUMBER);
    }

    @Test
    @DisplayName("reports a repeated key with both locations and keeps the first value")
    void reportsDuplicateKeys() {
        ParseResult result = read("{\"a\": 1,\n \"a\": 2}");
        assertThat(result.diagnostics()).extracting(d -> d.format()).containsExactly(
                "s.json:2:2: error: /a: duplicate key 'a'; it is first defined at line 1, column 2 (each key may"
                        + " appear once) [duplicate-key]");
        assertThat(((RawScalar) ((RawMap) result.root()).get("a").orElseThrow()).text()).isEqualTo("1");
    }

    @Test
    @DisplayName("reports malformed JSON at the problem")
    void reportsSyntaxErrors() {
        ParseResult result = read("{\"a\": 1,\n}");
        assertThat(result.root()).isNull();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("json-syntax");
            assertThat(d.location().line()).isEqualTo(2);
            assertThat(d.location().column()).isEqualTo(1);
        });
    }

    @Test
    @DisplayName("reports content after the document")
    void reportsTrailingContent() {
        ParseResult result = read("{} {}");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.message())
                .isEqualTo("malformed JSON: unexpected content after the end of the document"));
    }

    @Test
    @DisplayName("returns no root and no problem for an empty file")
    void readsEmptyFile() {
        ParseResult result = read("  \n");
        assertThat(result.root()).isNull();
        assertThat(result.diagnostics()).isEmpty();
    }
}
