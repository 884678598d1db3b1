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
    @DisplayName("carries x-onex-redact on free-text strings and free-form objects, also beside $ref, into the model")
    void carriesRedaction() {
        MemoryTree tree = new MemoryTree()
                .with("common.json", "{\"definitions\": {\"Text\": {\"type\": \"string\", \"minLength\": 1}}}")
                .with("e.json", "{\"title\": \"E\", \"type\": \"object\", \"properties\": {"
                        + "\"message\": {\"type\": \"string\", \"maxLength\": 10, \"x-onex-redact\": true},"
                        + "\"detail\": {\"$ref\": \"common.json#/definitions/Text\", \"x-onex-redact\": true},"
                        + "\"context\": {\"type\": [\"object\", \"null\"], \"additionalProperties\": {},"
                        + "  \"x-onex-redact\": true},"
                        + "\"name\": {\"type\": \"string\"}}}");
        SchemaType root = resolve(tree, "e.json");
        assertThat(diagnostics()).isEmpty();
        assertThat(ModelPrinter.print(root)).isEqualTo(String.join("\n",
                "object E open",
                "  message -> message optional redacted: string maxLength=10",
                "  detail -> detail optional redacted: string minLength=1",
                "  context -> context optional nullable redacted: map of any",
                "  name -> name optional: string",
                ""));
    }

    @Test
    @DisplayName("refuses x-onex-redact that is not true, not on a property, or on a property that is not free text")
    void refusesMisplacedRedaction() {
        MemoryTree tree = new MemoryTree().with("e.json", "{\"title\": \"E\", \"type\": \"object\",\n"
                + "\"x-onex-redact\": true,\n"
                + "\"definitions\": {\"properties\": {\"type\": \"string\", \"x-onex-redact\": true}},\n"
                + "\"properties\": {\n"
                + "\"off\": {\"type\": \"string\", \"x-onex-redact\": false},\n"
                + "\"code\": {\"type\": \"string\", \"pattern\": \"^[A-Z]+$\", \"x-onex-redact\": true},\n"
                + "\"id\": {\"type\": \"string\", \"format\": \"uuid\", \"x-onex-redact\": true},\n"
                + "\"short\": {\"type\": \"string\", \"maxLength\": 9, \"x-onex-redact\": true},\n"
                + "\"labels\": {\"type\": \"object\", \"additionalProperties\": {\"type\": \"string\"},"
                + " \"x-onex-redact\": true},\n"
                + "\"level\": {\"type\": \"string\", \"enum\": [\"a\"], \"x-onex-redact\": true},\n"
                + "\"count\": {\"type\": \"integer\", \"x-onex-redact\": true},\n"
                + "\"lines\": {\"type\": \"array\", \"items\": {\"type\": \"string\", \"x-onex-redact\": true}},\n"
                + "\"alias\": {\"$ref\": \"#/definitions/properties\"}}}");
        SchemaType.ObjectType e = (SchemaType.ObjectType) resolve(tree, "e.json");
        assertThat(e.properties()).noneMatch(SchemaType.Property::redacted);
        assertThat(diagnostics()).containsExactly(
                "e.json:2:1: error: /x-onex-redact: x-onex-redact marks a property; put it on the property's schema"
                        + " under properties, not on a definition, a root, items or map values [schema-redact]",
                "e.json:3:50: error: /definitions/properties/x-onex-redact: x-onex-redact marks a property; put it on"
                        + " the property's schema under properties, not on a definition, a root, items or map values"
                        + " [schema-redact]",
                "e.json:5:27: error: /properties/off/x-onex-redact: x-onex-redact must be true, found a boolean (false); redaction"
                        + " cannot be switched off in a schema: leave the keyword out of fields that are not free text"
                        + " [schema-redact]",
                "e.json:6:51: error: /properties/code/x-onex-redact: x-onex-redact marks free text; a string with a"
                        + " pattern is a code, and a redacted value could break the pattern; remove the pattern or the"
                        + " keyword [schema-redact]",
                "e.json:7:44: error: /properties/id/x-onex-redact: x-onex-redact marks free text; a string with"
                        + " format uuid is an identifier or a value, not text to redact [schema-redact]",
                "e.json:8:45: error: /properties/short/x-onex-redact: x-onex-redact marks free text; maxLength 9"
                        + " leaves no room for [REDACTED] (10 characters), which replaces a value that grows too long"
                        + " when redacted [schema-redact]",
                "e.json:9:74: error: /properties/labels/x-onex-redact: x-onex-redact marks free text; a map with"
                        + " typed values cannot take [REDACTED] in place of a value; only a free-form object"
                        + " (additionalProperties any JSON value) is redacted entry by entry [schema-redact]",
                "e.json:10:44: error: /properties/level/x-onex-redact: x-onex-redact marks free text; it applies to"
                        + " strings and free-form objects, not to an enum [schema-redact]",
                "e.json:11:30: error: /properties/count/x-onex-redact: x-onex-redact marks free text; it applies to"
                        + " strings and free-form objects, not to a number or a boolean [schema-redact]",
                "e.json:12:56: error: /properties/lines/items/x-onex-redact: x-onex-redact marks a property; put it"
                        + " on the property's schema under properties, not on a definition, a root, items or map values"
                        + " [schema-redact]");
    }

    @Test
    @DisplayName("tells a property schema from a definition called properties")
    void findsPropertySchemas() {
        assertThat(SchemaResolver.isPropertySchema("/properties/message")).isTrue();
        assertThat(SchemaResolver.isPropertySchema("/definitions/X/properties/message")).isTrue();
        assertThat(SchemaResolver.isPropertySchema("/properties/properties")).isTrue();
        assertThat(SchemaResolver.isPropertySchema("")).isFalse();
        assertThat(SchemaResolver.isPropertySchema("/definitions/properties")).isFalse();
        assertThat(SchemaResolver.isPropertySchema("/properties/lines/items")).isFalse();
        assertThat(SchemaResolver.isPropertySchema("/properties/context/additionalProperties")).isFalse();
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
