package io.onex.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The JSON Schema files")
class JsonSchemaFilesTest {

    private static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";
    private static final Pattern JAVA_CLASS_NAME = Pattern.compile("^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*$");
    private static final Pattern SNAKE_CASE = Pattern.compile("^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$");
    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    static List<String> schemaFiles() {
        return OnexResources.schemaFiles();
    }

    @Test
    @DisplayName("are the envelope, the common definitions and one payload schema per topic")
    void expectedFileSet() {
        assertThat(schemaFiles())
                .contains("schemas/envelope.v1.schema.json", "schemas/common.v1.schema.json")
                .hasSize(2 + 12)
                .allMatch(f -> f.endsWith(".v1.schema.json"), "named <name>.v1.schema.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFiles")
    @DisplayName("each validates against the draft-07 meta-schema")
    void validAgainstDraft07MetaSchema(String file) {
        Set<ValidationMessage> errors = OnexResources.draft07MetaSchema().validate(json(file));

        assertThat(errors).as("meta-schema violations of %s", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFiles")
    @DisplayName("each declares draft-07 and has a title and a description at its root")
    void declaresDraft07WithTitleAndDescription(String file) {
        JsonNode root = json(file);

        assertThat(root.path("$schema").asText()).isEqualTo(DRAFT_07);
        assertThat(root.path("title").asText()).matches(JAVA_CLASS_NAME);
        assertThat(root.path("description").asText()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFiles")
    @DisplayName("each loads from the classpath with every $ref resolved by the validator")
    void loadsWithReferencesResolved(String file) {
        assertThatCode(() -> OnexResources.schema(file)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFiles")
    @DisplayName("each uses only relative $refs that point at an existing file and definition, and no $id")
    void referencesAreRelativeAndResolve(String file) {
        List<String> problems = new ArrayList<>();
        walk(json(file), "", (node, pointer) -> {
            if (node.has("$id") || node.has("id")) {
                problems.add(pointer + ": $id is not allowed (schemas are addressed by their classpath location)");
            }
            if (!node.has("$ref")) {
                return;
            }
            String ref = node.get("$ref").asText();
            if (URI_SCHEME.matcher(ref).find()) {
                problems.add(pointer + ": $ref " + ref + " is absolute; only relative file references are allowed");
                return;
            }
            int hash = ref.indexOf('#');
            String filePart = hash < 0 ? ref : ref.substring(0, hash);
            String fragment = hash < 0 ? "" : ref.substring(hash + 1);
            String target = filePart.isEmpty() ? file : resolve(file, filePart);
            if (!OnexResources.exists(OnexResources.ROOT + target)) {
                problems.add(pointer + ": $ref " + ref + " names a missing file " + target);
            } else if (json(target).at(fragment).isMissingNode()) {
                problems.add(pointer + ": $ref " + ref + " names a missing definition " + fragment + " in " + target);
            }
        });

        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFiles")
    @DisplayName("each titles every object and enum with a Java class name, documents every property and closes every object")
    void conventions(String file) {
        List<String> problems = new ArrayList<>();
        walk(json(file), "", (node, pointer) -> {
            boolean object = "object".equals(node.path("type").asText());
            boolean titled = object || node.has("enum") || pointer.startsWith("/definitions/");
            if (titled && !JAVA_CLASS_NAME.matcher(node.path("title").asText()).matches()) {
                problems.add(pointer + ": title must be a PascalCase Java class name, is '" + node.path("title").asText() + "'");
            }
            if (titled && node.path("description").asText().isBlank()) {
                problems.add(pointer + ": description is missing");
            }
            if (node.has("properties") && !node.path("additionalProperties").isBoolean()) {
                problems.add(pointer + ": an object with properties must set additionalProperties: false");
            } else if (node.has("properties") && node.get("additionalProperties").asBoolean()) {
                problems.add(pointer + ": an object with properties must be closed (additionalProperties: false)");
            }
            node.path("properties").fields().forEachRemaining(property -> {
                if (!SNAKE_CASE.matcher(property.getKey()).matches()) {
                    problems.add(pointer + "/properties/" + property.getKey() + ": property names are snake_case");
                }
                if (property.getValue().path("description").asText().isBlank()) {
                    problems.add(pointer + "/properties/" + property.getKey() + ": description is missing");
                }
            });
            for (JsonNode required : node.path("required")) {
                if (!node.path("properties").has(required.asText())) {
                    problems.add(pointer + ": required names '" + required.asText() + "', which is not a property");
                }
            }
        });

        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("use each title once across all files, so every generated class name is unique")
    void titlesAreUnique() {
        Map<String, List<String>> sitesByTitle = new TreeMap<>();
        for (String file : schemaFiles()) {
            walk(json(file), "", (node, pointer) -> {
                if (node.has("title")) {
                    sitesByTitle.computeIfAbsent(node.get("title").asText(), t -> new ArrayList<>()).add(file + "#" + pointer);
                }
            });
        }

        assertThat(sitesByTitle.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))).isEmpty();
    }

    @Test
    @DisplayName("mark with x-onex-redact exactly the free-text fields that may carry secrets (spec section 6.6)")
    void redactedFields() {
        Map<String, JsonNode> marks = new TreeMap<>();
        for (String file : schemaFiles()) {
            walk(json(file), "", (node, pointer) -> {
                if (node.has("x-onex-redact")) {
                    marks.put(file + "#" + pointer, node.get("x-onex-redact"));
                }
            });
        }

        assertThat(marks.keySet()).containsExactly(
                "schemas/payloads/infra-error-detected.v1.schema.json#/properties/context",
                "schemas/payloads/infra-error-detected.v1.schema.json#/properties/message",
                "schemas/payloads/registry-node-registration-failed.v1.schema.json#/properties/error_message",
                "schemas/payloads/registry-workflow-failed.v1.schema.json#/properties/error_message");
        assertThat(marks.values()).allMatch(v -> v.isBoolean() && v.asBoolean(), "true");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cpu_usage_percent", "memory_usage_mb", "uptime_seconds", "active_operations_count"})
    @DisplayName("define each heartbeat metric exactly like the introspection performance metric of the same name")
    void heartbeatMetricsMatchPerformanceMetrics(String metric) {
        JsonNode heartbeat = json("schemas/payloads/node-heartbeat-published.v1.schema.json");
        JsonNode introspection = json("schemas/payloads/node-introspection-published.v1.schema.json");

        assertThat(heartbeat.at("/properties/" + metric))
                .isEqualTo(introspection.at("/properties/performance_metrics/properties/" + metric));
    }

    private static JsonNode json(String pathUnderRoot) {
        return OnexResources.readJson(OnexResources.ROOT + pathUnderRoot);
    }

    /** Resolves a relative file reference against the folder of the referring file. */
    private static String resolve(String referringFile, String relative) {
        List<String> parts = new ArrayList<>(List.of(referringFile.split("/")));
        parts.remove(parts.size() - 1);
        for (String segment : relative.split("/")) {
            if ("..".equals(segment)) {
                parts.remove(parts.size() - 1);
            } else if (!".".equals(segment)) {
                parts.add(segment);
            }
        }
        return String.join("/", parts);
    }

    /** Visits every subschema: properties, additionalProperties, items and definitions, depth first. */
    private static void walk(JsonNode schema, String pointer, SchemaVisitor visitor) {
        if (!schema.isObject()) {
            return;
        }
        visitor.visit(schema, pointer);
        Map<String, JsonNode> children = new LinkedHashMap<>();
        for (String keyword : List.of("properties", "definitions")) {
            Iterator<Map.Entry<String, JsonNode>> fields = schema.path(keyword).fields();
            fields.forEachRemaining(f -> children.put(pointer + "/" + keyword + "/" + f.getKey(), f.getValue()));
        }
        for (String keyword : List.of("additionalProperties", "items")) {
            if (schema.path(keyword).isObject()) {
                children.put(pointer + "/" + keyword, schema.get(keyword));
            }
        }
        children.forEach((childPointer, child) -> walk(child, childPointer, visitor));
    }

    @FunctionalInterface
    private interface SchemaVisitor {
        void visit(JsonNode schema, String pointer);
    }
}
