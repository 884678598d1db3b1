package io.onex.plugin.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.model.SourceLocation;
import io.onex.plugin.parse.JsonWriter;
import io.onex.plugin.parse.RawMap;
import io.onex.plugin.testing.MemoryTree;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Self-contained schema documents")
class SchemaInlinerTest {

    private static Checked<SchemaDocuments> inline(MemoryTree tree, String... files) {
        return SchemaDocuments.inline(tree, List.of(files));
    }

    private static List<String> diagnostics(Checked<?> checked) {
        return checked.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    @DisplayName("replaces every $ref by its target, keeps the annotations beside it and drops definitions and nested $id")
    void inlines() {
        MemoryTree tree = new MemoryTree()
                .with("common.json", "{\"$id\": \"common\", \"definitions\": {\"Id\": {\"$schema\": \"x\","
                        + " \"type\": \"string\", \"description\": \"an id\"}}}")
                .with("p/a.json", "{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"type\": \"object\","
                        + " \"definitions\": {\"Local\": {\"type\": \"integer\"}},"
                        + " \"properties\": {"
                        + "\"id\": {\"$ref\": \"../common.json#/definitions/Id\", \"description\": \"own\", \"type\": \"x\"},"
                        + "\"n\": {\"$ref\": \"#/definitions/Local\", \"title\": \"N\"},"
                        + "\"list\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/definitions/Local\"}},"
                        + "\"any\": {\"anyOf\": [{\"$ref\": \"#/definitions/Local\"}, {\"type\": \"null\"}]},"
                        + "\"definitions\": {\"type\": \"boolean\"},"
                        + "\"data\": {\"default\": {\"$ref\": \"not a reference\"}, \"enum\": [{\"$ref\": 1}]}}}");

        Checked<SchemaDocuments> checked = inline(tree, "p/a.json");

        assertThat(diagnostics(checked)).isEmpty();
        assertThat(JsonWriter.compact(checked.value().get("p/a.json"))).isEqualTo("{"
                + "\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\",\"properties\":{"
                + "\"id\":{\"type\":\"string\",\"description\":\"own\"},"
                + "\"n\":{\"type\":\"integer\",\"title\":\"N\"},"
                + "\"list\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}},"
                + "\"any\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"null\"}]},"
                + "\"definitions\":{\"type\":\"boolean\"},"
                + "\"data\":{\"default\":{\"$ref\":\"not a reference\"},\"enum\":[{\"$ref\":1}]}}}");
    }

    @Test
    @DisplayName("copied nodes keep the file, line and column they were written at")
    void keepsLocations() {
        MemoryTree tree = new MemoryTree()
                .with("common.json", "{\"definitions\": {\"Id\": {\"type\": \"string\"}}}")
                .with("a.json", "{\"properties\": {\"id\": {\"$ref\": \"common.json#/definitions/Id\"}}}");

        RawMap a = inline(tree, "a.json").value().get("a.json");

        RawMap id = (RawMap) ((RawMap) a.get("properties").orElseThrow()).get("id").orElseThrow();
        assertThat(id.location()).isEqualTo(new SourceLocation("common.json", 1, 24));
        assertThat(id.path()).isEqualTo("/definitions/Id");
    }

    @Test
    @DisplayName("a bad $ref gets the same located diagnostic as in a catalog schema")
    void badReferences() {
        MemoryTree tree = new MemoryTree()
                .with("a.json", "{\"properties\": {\n"
                        + "  \"missing\": {\"$ref\": \"none.json\"},\n"
                        + "  \"remote\": {\"$ref\": \"https://example.com/s.json\"},\n"
                        + "  \"outside\": {\"$ref\": \"../x.json\"},\n"
                        + "  \"nothing\": {\"$ref\": \"#/definitions/Nope\"},\n"
                        + "  \"number\": {\"$ref\": 7}}}");

        Checked<SchemaDocuments> checked = inline(tree, "a.json");

        assertThat(checked.value()).isNull();
        assertThat(diagnostics(checked)).containsExactly(
                "a.json:2:23: error: /properties/missing/$ref: $ref 'none.json': none.json does not exist [schema-ref]",
                "a.json:3:22: error: /properties/remote/$ref: remote $ref 'https://example.com/s.json' is refused:"
                        + " only relative references to files under the schema root are followed, and nothing is"
                        + " fetched [schema-ref]",
                "a.json:4:23: error: /properties/outside/$ref: $ref '../x.json' leaves the schema root (the folder"
                        + " of topics.yaml); only files under it are followed [schema-ref]",
                "a.json:5:23: error: /properties/nothing/$ref: $ref '#/definitions/Nope': a.json has nothing at"
                        + " /definitions/Nope [schema-ref]",
                "a.json:6:22: error: /properties/number/$ref: $ref must be a string, found an integer (7)"
                        + " [schema-value]");
    }

    @Test
    @DisplayName("a reference cycle cannot be inlined and is reported with its chain")
    void cycle() {
        MemoryTree tree = new MemoryTree()
                .with("tree.json", "{\"type\": \"object\", \"properties\": {\"child\": {\"$ref\": \"#\"}}}");

        Checked<SchemaDocuments> checked = inline(tree, "tree.json");

        assertThat(diagnostics(checked)).containsExactly("tree.json:1:53: error: /properties/child/$ref: $ref cycle:"
                + " tree.json# -> tree.json#/properties/child -> tree.json#; a recursive schema cannot be inlined into"
                + " one self-contained document [schema-cycle]");
    }

    @Test
    @DisplayName("malformed JSON and a document that is no object are reported in the file")
    void badFiles() {
        MemoryTree tree = new MemoryTree().with("bad.json", "{\"type\": }").with("list.json", "[1]");

        Checked<SchemaDocuments> checked = inline(tree, "bad.json", "list.json");

        assertThat(diagnostics(checked)).hasSize(2).satisfiesExactly(
                first -> assertThat(first).startsWith("bad.json:1:10: error: malformed JSON: ").endsWith("[json-syntax]"),
                second -> assertThat(second).isEqualTo("list.json:1:1: error: a schema file must hold a JSON object,"
                        + " found a list [schema-value]"));
    }
}
