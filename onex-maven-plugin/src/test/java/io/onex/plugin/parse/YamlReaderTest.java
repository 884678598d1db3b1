package io.onex.plugin.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.plugin.model.SourceLocation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The YAML reader")
class YamlReaderTest {

    private static ParseResult read(String text) {
        return YamlReader.read(new SourceFile("t.yaml", "t.yaml", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("keeps 1-based line and column and a YAML path for every value")
    void keepsLocationsAndPaths() {
        ParseResult result = read("catalog: x\ntopics:\n  - name: a\n    key: node_id\n  - name: b\n");
        assertThat(result.diagnostics()).isEmpty();
        RawMap root = (RawMap) result.root();
        RawList topics = (RawList) root.get("topics").orElseThrow();
        RawScalar key = (RawScalar) ((RawMap) topics.items().get(0)).get("key").orElseThrow();
        assertThat(key.text()).isEqualTo("node_id");
        assertThat(key.path()).isEqualTo("topics[0].key");
        assertThat(key.location()).isEqualTo(new SourceLocation("t.yaml", 4, 10));
        assertThat(((RawMap) topics.items().get(1)).entry("name").orElseThrow().keyLocation())
                .isEqualTo(new SourceLocation("t.yaml", 5, 5));
        assertThat(topics.items().get(1).path()).isEqualTo("topics[1]");
    }

    @Test
    @DisplayName("resolves scalars with the YAML 1.2 core schema and keeps quoted values strings")
    void resolvesScalarKinds() {
        RawMap root = (RawMap) read("a: 3\nb: '3'\nc: true\nd: ~\ne: 1.5\nf: P1D\ng: 1.0.0\n").root();
        assertThat(kind(root, "a")).isEqualTo(RawScalar.Kind.INTEGER);
        assertThat(kind(root, "b")).isEqualTo(RawScalar.Kind.STRING);
        assertThat(kind(root, "c")).isEqualTo(RawScalar.Kind.BOOLEAN);
        assertThat(kind(root, "d")).isEqualTo(RawScalar.Kind.NULL);
        assertThat(kind(root, "e")).isEqualTo(RawScalar.Kind.NUMBER);
        assertThat(kind(root, "f")).isEqualTo(RawScalar.Kind.STRING);
        assertThat(kind(root, "g")).isEqualTo(RawScalar.Kind.STRING);
    }

    @Test
    @DisplayName("quotes keys that are not plain words in paths")
    void quotesUnusualKeys() {
        RawMap root = (RawMap) read("a:\n  \"x.y\": 1\n").root();
        RawMap a = (RawMap) root.get("a").orElseThrow();
        assertThat(a.get("x.y").orElseThrow().path()).isEqualTo("a[\"x.y\"]");
    }

    @Test
    @DisplayName("reports a repeated key at the repetition, naming where it was first defined, and keeps the first")
    void reportsDuplicateKeys() {
        ParseResult result = read("a: 1\nb: 2\na: 3\n");
        assertThat(result.diagnostics()).extracting(d -> d.format()).containsExactly(
                "t.yaml:3:1: error: a: duplicate key 'a'; it is first defined at line 1, column 1 (each key may"
                        + " appear once) [duplicate-key]");
        assertThat(((RawScalar) ((RawMap) result.root()).get("a").orElseThrow()).text()).isEqualTo("1");
    }

    @Test
    @DisplayName("refuses a document that aliases would expand beyond the node budget, without expanding it")
    void boundsAliasExpansion() {
        StringBuilder yaml = new StringBuilder("l0: &l0 [");
        for (int i = 0; i < 1000; i++) {
            yaml.append(i == 0 ? "" : ", ").append("x");
        }
        yaml.append("]\n");
        for (int level = 1; level <= 10; level++) {
            yaml.append("l").append(level).append(": &l").append(level).append(" [*l").append(level - 1)
                    .append(", *l").append(level - 1).append("]\n");
        }
        ParseResult result = read(yaml.toString());
        assertThat(result.root()).isNull();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("yaml-limits");
            assertThat(d.message()).contains("beyond " + YamlReader.MAX_NODES + " values");
        });
    }

    @Test
    @DisplayName("refuses a document longer than the code point limit")
    void boundsDocumentSize() {
        ParseResult result = read("# " + "x".repeat(YamlReader.CODE_POINT_LIMIT) + "\na: 1\n");
        assertThat(result.root()).isNull();
        assertThat(result.diagnostics()).extracting(d -> d.format()).containsExactly("t.yaml: error: the document is"
                + " longer than 8388608 characters; ONEX YAML files are small [yaml-limits]");
    }

    @Test
    @DisplayName("refuses a recursive alias")
    void refusesRecursiveAliases() {
        ParseResult result = read("a: &a\n  b: *a\n");
        assertThat(result.root()).isNull();
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("recursive YAML is refused"));
    }

    @Test
    @DisplayName("accepts a few aliases of scalars and collections")
    void acceptsModestAliases() {
        ParseResult result = read("base: &p [node_services]\nproducers: *p\nname: &n x\nother: *n\n");
        assertThat(result.diagnostics()).isEmpty();
        RawMap root = (RawMap) result.root();
        assertThat(((RawList) root.get("producers").orElseThrow()).items()).hasSize(1);
        assertThat(root.get("producers").orElseThrow().location().line()).isEqualTo(2);
    }

    @Test
    @DisplayName("reports a mapping used as a key")
    void reportsComplexKeys() {
        ParseResult result = read("? [a, b]\n: 1\n");
        assertThat(result.diagnostics()).extracting(d -> d.rule()).containsExactly("yaml-syntax");
    }

    @Test
    @DisplayName("reports a second document at its start")
    void reportsSecondDocument() {
        ParseResult result = read("a: 1\n---\nb: 2\n");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("yaml-syntax");
            assertThat(d.location().line()).isEqualTo(2);
        });
    }

    @Test
    @DisplayName("returns no root and no problem for an empty file")
    void readsEmptyFile() {
        ParseResult result = read("# only a comment\n");
        assertThat(result.root()).isNull();
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    @DisplayName("reports bytes that are not UTF-8 at their line and column")
    void reportsBadEncoding() {
        byte[] bytes = {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
        ParseResult result = YamlReader.read(new SourceFile("t.yaml", "t.yaml", bytes));
        assertThat(result.diagnostics()).extracting(d -> d.format()).containsExactly(
                "t.yaml:2:4: error: byte 0xC3 is not valid UTF-8; save the file as UTF-8 [encoding]");
    }

    private static RawScalar.Kind kind(RawMap map, String key) {
        return ((RawScalar) map.get(key).orElseThrow()).kind();
    }
}
