package io.onex.plugin.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.model.SchemaType;
import io.onex.plugin.model.SourceLocation;
import io.onex.plugin.testing.MemoryTree;
import io.onex.plugin.testing.ModelPrinter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Schema resolution")
class SchemaResolverTest {

    private final Diagnostics out = new Diagnostics();

    private SchemaType resolve(MemoryTree tree, String file) {
        SchemaResolver resolver = new SchemaResolver(tree, out);
        Located<String> referrer = new Located<>(file, new SourceLocation("topics.yaml", 1, 1), "payload_schema");
        return resolver.resolveFile(file, referrer, "payload_schema").map(SchemaResolver.Resolved::type).orElse(null);
    }

    private List<String> diagnostics() {
        return out.list().stream().sorted(Diagnostic.ORDER).map(Diagnostic::format).toList();
    }

    @Test
    @DisplayName("gives one type instance for one schema node reached from several places and files")
    void sharesTypeInstances() {
        MemoryTree tree = new MemoryTree()
                .with("common.json", "{\"definitions\": {\"Kind\": {\"type\": \"string\", \"enum\": [\"A\", \"B\"]}}}")
                .with("p/a.json", "{\"title\": \"A\", \"type\": \"object\", \"properties\": {"
                        + "\"k\": {\"$ref\": \"../common.json#/definitions/Kind\"},"
                        + "\"ks\": {\"type\": \"array\", \"items\": {\"$ref\": \"../common.json#/definitions/Kind\"}},"
                        + "\"b\": {\"$ref\": \"b.json\"}}}")
                .with("p/b.json", "{\"title\": \"B\", \"type\": \"object\", \"properties\": {"
                        + "\"k\": {\"$ref\": \"../common.json#/definitions/Kind\", \"description\": \"own\"}}}");
        SchemaType.ObjectType a = (SchemaType.ObjectType) resolve(tree, "p/a.json");
        assertThat(diagnostics()).isEmpty();
        SchemaType kind = a.property("k").orElseThrow().type();
        assertThat(kind).isInstanceOf(SchemaType.EnumType.class);
        assertThat(((SchemaType.EnumType) kind).javaName()).isEqualTo("Kind");
        assertThat(((SchemaType.ArrayType) a.property("ks").orElseThrow().type()).items()).isSameAs(kind);
        SchemaType.ObjectType b = (SchemaType.ObjectType) a.property("b").orElseThrow().type();
        assertThat(b.property("k").orElseThrow().type()).isSameAs(kind);
        assertThat(b.property("k").orElseThrow().description()).isEqualTo("own");
        assertThat(kind.origin().pointer()).isEqualTo("/definitions/Kind");
        assertThat(kind.origin().location()).isEqualTo(new SourceLocation("common.json", 1, 26));
    }

    @Test
    @DisplayName("names untitled nested objects and enums after their parent type and property")
    void namesByLocation() {
        MemoryTree tree = new MemoryTree().with("node-status.v1.schema.json", "{\"type\": \"object\", \"properties\": {"
                + "\"health_check\": {\"type\": \"object\", \"properties\": {"
                + "  \"state\": {\"type\": \"string\", \"enum\": [\"UP\"]}}},"
                + "\"probes\": {\"type\": \"array\", \"items\": {\"type\": \"object\", \"properties\": {}}},"
                + "\"by_zone\": {\"type\": \"object\", \"additionalProperties\": {\"type\": \"object\","
                + "  \"properties\": {\"ok\": {\"type\": \"boolean\"}}}},"
                + "\"free\": {\"type\": \"object\"}, \"anything\": {}}}");
        SchemaType root = resolve(tree, "node-status.v1.schema.json");
        assertThat(diagnostics()).isEmpty();
        assertThat(ModelPrinter.print(root)).isEqualTo(String.join("\n",
                "object NodeStatus open",
                "  health_check -> healthCheck optional: object NodeStatusHealthCheck open",
                "    state -> state optional: enum NodeStatusHealthCheckState [UP]",
                "  probes -> probes optional: array of object NodeStatusProbesItem open",
                "  by_zone -> byZone optional: map of object NodeStatusByZoneValue open",
                "      ok -> ok optional: boolean",
                "  free -> free optional: map of any",
                "  anything -> anything optional: any",
                ""));
    }

    @Test
    @DisplayName("maps nullable types, closed objects, formats and draft-07 bounds")
    void mapsConstraints() {
        MemoryTree tree = new MemoryTree().with("s.json", "{\"title\": \"S\", \"type\": \"object\","
                + "\"additionalProperties\": false, \"required\": [\"id\"], \"properties\": {"
                + "\"id\": {\"type\": \"string\", \"format\": \"uuid\"},"
                + "\"ids\": {\"type\": [\"array\", \"null\"], \"items\": {\"type\": \"string\"}, \"minItems\": 1,"
                + "  \"maxItems\": 3, \"uniqueItems\": true},"
                + "\"count\": {\"type\": \"integer\", \"exclusiveMinimum\": 0, \"maximum\": 10.5},"
                + "\"ratio\": {\"type\": \"number\", \"exclusiveMinimum\": 0, \"minimum\": -1, \"maximum\": 1},"
                + "\"default\": {\"type\": \"boolean\"}}}");
        SchemaType.ObjectType s = (SchemaType.ObjectType) resolve(tree, "s.json");
        assertThat(diagnostics()).isEmpty();
        assertThat(s.closed()).isTrue();
        assertThat(s.property("id").orElseThrow().required()).isTrue();
        assertThat(((SchemaType.StringType) s.property("id").orElseThrow().type()).format())
                .isEqualTo(SchemaType.StringFormat.UUID);
        assertThat(s.property("ids").orElseThrow().nullable()).isTrue();
        assertThat(s.property("count").orElseThrow().type()).isEqualTo(
                new SchemaType.IntegerType(1L, 10L, s.property("count").orElseThrow().type().origin()));
        SchemaType.NumberType ratio = (SchemaType.NumberType) s.property("ratio").orElseThrow().type();
        assertThat(ratio.minimum()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(ratio.minimumExclusive()).isTrue();
        assertThat(ratio.maximum()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(ratio.maximumExclusive()).isFalse();
        assertThat(s.property("default").orElseThrow().javaName()).isEqualTo("default_");
    }

    @Test
    @DisplayName("names the whole chain of a $ref cycle across files")
    void reportsCrossFileCycles() {
        MemoryTree tree = new MemoryTree()
                .with("a.json", "{\"type\": \"object\", \"properties\": {\"b\": {\"$ref\": \"b.json\"}}}")
                .with("b.json", "{\"type\": \"object\", \"properties\": {\"a\": {\"$ref\": \"a.json\"}}}");
        resolve(tree, "a.json");
        assertThat(diagnostics()).containsExactly("b.json:1:49: error: /properties/a/$ref: $ref cycle: a.json# ->"
                + " a.json#/properties/b -> b.json# -> b.json#/properties/a -> a.json#; recursive types cannot become"
                + " Java records [schema-cycle]");
    }

    @Test
    @DisplayName("refuses every form of reference it cannot follow locally")
    void refusesNonLocalReferences() {
        MemoryTree tree = new MemoryTree().with("s/p.json", "{\"type\": \"object\", \"properties\": {"
                + "\"a\": {\"$ref\": \"http://example.com/x.json\"},"
                + "\"b\": {\"$ref\": \"urn:onex:x\"},"
                + "\"c\": {\"$ref\": \"/etc/x.json\"},"
                + "\"d\": {\"$ref\": \"../../x.json\"},"
                + "\"e\": {\"$ref\": \"#anchor\"},"
                + "\"f\": {\"$ref\": \"missing.json\"}}}");
        resolve(tree, "s/p.json");
        assertThat(out.list()).extracting(Diagnostic::rule).containsOnly("schema-ref").hasSize(6);
        assertThat(out.list()).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m)
                .startsWith("remote $ref 'urn:onex:x' is refused"));
    }

    @Test
    @DisplayName("requires the title of an object to be a PascalCase Java class name")
    void checksTitles() {
        MemoryTree tree = new MemoryTree().with("s.json", "{\"title\": \"Class\", \"type\": \"object\","
                + "\"properties\": {\"x\": {\"title\": \"x_y\", \"type\": \"object\"}}}");
        resolve(tree, "s.json");
        assertThat(diagnostics()).isEmpty(); // Class is a fine name; a map (no properties) needs no class name
        MemoryTree bad = new MemoryTree().with("s.json", "{\"title\": \"class\", \"type\": \"object\"," +
                "\"properties\": {}}");
        resolve(bad, "s.json");
        assertThat(diagnostics()).singleElement().satisfies(line -> assertThat(line).contains("title 'class' is not"
                + " a Java class name"));
    }

    @Test
    @DisplayName("reports two titles that differ only in case as a clash")
    void reportsCaseClashes() {
        MemoryTree tree = new MemoryTree().with("s.json", "{\"title\": \"Node\", \"type\": \"object\","
                + "\"properties\": {\"x\": {\"title\": \"NODE\", \"type\": \"string\", \"enum\": [\"a\"]}}}");
        resolve(tree, "s.json");
        assertThat(out.list()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("java-name-clash");
            assertThat(d.message()).startsWith("Java class names 'Node' and 'NODE' (equal but for case) are produced"
                    + " by two schemas: s.json# (s.json:1:1) and s.json#/properties/x");
        });
    }
}
