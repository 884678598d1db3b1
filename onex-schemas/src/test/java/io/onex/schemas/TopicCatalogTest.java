package io.onex.schemas;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaLocation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The expectations below are transcribed from the specification by hand (section 10's table, the
 * keying rules of section 5, sections 6, 7, 9 and 12); they are not read from the catalog under test.
 */
@DisplayName("The topic catalog onex/topics.yaml")
class TopicCatalogTest {

    private static final Pattern TOPIC_NAME =
            Pattern.compile("^onex\\.([a-z][a-z0-9_]*)\\.([a-z][a-z0-9_]*)\\.([a-z][a-z0-9_]*)\\.v([1-9][0-9]*)$");

    /** Spec section 10, in the spec's order. */
    private static final List<String> SECTION_10_TOPICS = List.of(
            "onex.node.introspection.published.v1",
            "onex.node.heartbeat.published.v1",
            "onex.node.shutdown.announced.v1",
            "onex.registry.introspection.requested.v1",
            "onex.registry.node.registered.v1",
            "onex.registry.node.registration_failed.v1",
            "onex.registry.node.deregistered.v1",
            "onex.registry.workflow.started.v1",
            "onex.registry.workflow.completed.v1",
            "onex.registry.workflow.failed.v1",
            "onex.infra.circuit_breaker.state_changed.v1",
            "onex.infra.error.detected.v1");

    /** Spec section 5 (and 6.2 / 6.3 for the registry classes): the one key of each event class. */
    private static final Map<String, String> KEY_OF_EVENT_CLASS = Map.of(
            "node_lifecycle", "node_id",
            "registry_control", "request_id",
            "registry_state", "node_id",
            "workflow", "workflow_id",
            "infrastructure_signal", "service_name",
            "trace_error_correlation", "correlation_id");

    static List<String> topicNames() {
        return SECTION_10_TOPICS;
    }

    @Test
    @DisplayName("is well-formed: only known keys, with the right types (catalog-format.schema.json)")
    void matchesCatalogFormat() {
        JsonSchema format = OnexResources.FACTORY.getSchema(
                SchemaLocation.of("classpath:catalog-format.schema.json"), OnexResources.CONFIG);
        JsonNode catalog = OnexResources.JSON.valueToTree(OnexResources.catalog());

        assertThat(format.validate(catalog)).isEmpty();
    }

    @Test
    @DisplayName("holds exactly the 12 topics of section 10, in the spec's order")
    void exactlyTheTwelveTopics() {
        assertThat(OnexResources.topics()).extracting(t -> t.get("name")).containsExactlyElementsOf(SECTION_10_TOPICS);
    }

    @Test
    @DisplayName("names the envelope schema of section 4, which exists on the classpath")
    void envelopeSchema() {
        Map<String, Object> catalog = OnexResources.catalog();

        assertThat(catalog).containsEntry("catalog", "onex-event-streaming-topics").containsEntry("spec_version", "v1");
        assertThat(catalog.get("envelope_schema")).isEqualTo("schemas/envelope.v1.schema.json");
        assertThat(OnexResources.exists(OnexResources.ROOT + catalog.get("envelope_schema"))).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}, key {2}, retention {3}")
    @CsvSource(delimiter = '|', textBlock = """
            onex.node.introspection.published.v1         | node_to_registry  | node_id        | 1 day
            onex.node.heartbeat.published.v1             | node_to_registry  | node_id        | 1 hour
            onex.node.shutdown.announced.v1              | node_to_registry  | node_id        | 1 day
            onex.registry.introspection.requested.v1     | registry_to_nodes | request_id     | 1 hour
            onex.registry.node.registered.v1             | internal          | node_id        | 7 days
            onex.registry.node.registration_failed.v1    | internal          | node_id        | 7 days
            onex.registry.node.deregistered.v1           | internal          | node_id        | 7 days
            onex.registry.workflow.started.v1            | internal          | workflow_id    | 7 days
            onex.registry.workflow.completed.v1          | internal          | workflow_id    | 30 days
            onex.registry.workflow.failed.v1             | internal          | workflow_id    | 30 days
            onex.infra.circuit_breaker.state_changed.v1  | internal          | service_name   | 7 days
            onex.infra.error.detected.v1                 | internal          | correlation_id | 7 days
            """)
    @DisplayName("gives each topic the direction, key and retention of section 10, with 3 partitions and delete cleanup")
    void sectionTenTable(String name, String direction, String key, String retention) {
        Map<String, Object> topic = OnexResources.topic(name);

        assertThat(topic.get("direction")).isEqualTo(direction);
        assertThat(topic.get("key")).isEqualTo(key);
        assertThat(Duration.parse((String) topic.get("retention"))).isEqualTo(specDuration(retention));
        assertThat(topic.get("partitions")).isEqualTo(3);
        assertThat(topic).doesNotContainKey("partition_justification");
        assertThat(topic.get("cleanup_policy")).isEqualTo("delete");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topicNames")
    @DisplayName("spells each name onex.<domain>.<entity>.<event>.v<version> and repeats its parts")
    void nameParts(String name) {
        Map<String, Object> topic = OnexResources.topic(name);
        Matcher parts = TOPIC_NAME.matcher(name);

        assertThat(parts.matches()).as("%s follows the section 3 convention", name).isTrue();
        assertThat(topic.get("domain")).isEqualTo(parts.group(1));
        assertThat(topic.get("entity")).isEqualTo(parts.group(2));
        assertThat(topic.get("event")).isEqualTo(parts.group(3));
        assertThat(topic.get("version")).isEqualTo(Integer.parseInt(parts.group(4)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            onex.node.introspection.published.v1         | node_lifecycle
            onex.node.heartbeat.published.v1             | node_lifecycle
            onex.node.shutdown.announced.v1              | node_lifecycle
            onex.registry.introspection.requested.v1     | registry_control
            onex.registry.node.registered.v1             | registry_state
            onex.registry.node.registration_failed.v1    | registry_state
            onex.registry.node.deregistered.v1           | registry_state
            onex.registry.workflow.started.v1            | workflow
            onex.registry.workflow.completed.v1          | workflow
            onex.registry.workflow.failed.v1             | workflow
            onex.infra.circuit_breaker.state_changed.v1  | infrastructure_signal
            onex.infra.error.detected.v1                 | trace_error_correlation
            """)
    @DisplayName("puts each topic in its event class and keys it by that class's key (section 5)")
    void eventClassFixesTheKey(String name, String eventClass) {
        Map<String, Object> topic = OnexResources.topic(name);

        assertThat(topic.get("event_class")).isEqualTo(eventClass);
        assertThat(topic.get("key")).isEqualTo(KEY_OF_EVENT_CLASS.get(eventClass));
    }

    @Test
    @DisplayName("gives only the introspection request the literal broadcast key of section 6.2")
    void broadcastKey() {
        assertThat(OnexResources.topics().stream().filter(t -> t.containsKey("broadcast_key"))
                .collect(Collectors.toMap(t -> t.get("name"), t -> t.get("broadcast_key"))))
                .containsExactly(entry("onex.registry.introspection.requested.v1", "broadcast"));
    }

    @Test
    @DisplayName("gives only the heartbeat a publishing frequency: every 30 seconds")
    void heartbeatFrequency() {
        assertThat(OnexResources.topics().stream().filter(t -> t.containsKey("frequency"))
                .collect(Collectors.toMap(t -> t.get("name"), t -> Duration.parse((String) t.get("frequency")))))
                .containsExactly(entry("onex.node.heartbeat.published.v1", Duration.ofSeconds(30)));
    }

    @Test
    @DisplayName("allows compaction only for introspection and registry state, as section 7 makes it optional there")
    void compactionPolicy() {
        Set<Object> compactable = OnexResources.topics().stream()
                .filter(t -> Boolean.TRUE.equals(t.get("compaction_allowed")))
                .map(t -> t.get("name"))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(compactable).containsExactlyInAnyOrder(
                "onex.node.introspection.published.v1",
                "onex.registry.node.registered.v1",
                "onex.registry.node.registration_failed.v1",
                "onex.registry.node.deregistered.v1");
    }

    @Test
    @DisplayName("maps the three legacy names of section 9 to their canonical topics, and no others")
    void legacyNames() {
        assertThat(OnexResources.topics().stream().filter(t -> t.containsKey("legacy_name"))
                .collect(Collectors.toMap(t -> t.get("legacy_name"), t -> t.get("name"))))
                .containsOnly(
                        entry("node.introspection", "onex.node.introspection.published.v1"),
                        entry("node.heartbeat", "onex.node.heartbeat.published.v1"),
                        entry("node.request_introspection", "onex.registry.introspection.requested.v1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topicNames")
    @DisplayName("grants write and read by domain as the ACL table of section 12 does, nodes writing and the registry"
            + " side reading the infrastructure signals as well")
    void accessByDomain(String name) {
        Map<String, Object> topic = OnexResources.topic(name);
        Map<String, List<List<String>>> producersAndReadersByDomain = Map.of(
                "node", List.of(List.of("node_services"), List.of("registry_services", "observability")),
                "registry", List.of(List.of("registry_services"), List.of("node_services", "observability")),
                "infra", List.of(List.of("node_services", "infrastructure_services"),
                        List.of("registry_services", "observability")));
        List<List<String>> expected = producersAndReadersByDomain.get((String) topic.get("domain"));

        assertThat(topic.get("producers")).isEqualTo(expected.get(0));
        assertThat(topic.get("readers")).isEqualTo(expected.get(1));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            onex.node.introspection.published.v1         | Node announces current capabilities       | Last-write-wins snapshot
            onex.node.heartbeat.published.v1             | Liveness signal                           | Ephemeral
            onex.node.shutdown.announced.v1              | Graceful intent to leave                  | Informational
            onex.registry.introspection.requested.v1     | Registry requests re-broadcast            | Broadcast command (best-effort)
            onex.registry.node.registered.v1             | Registry state transitioned to REGISTERED | State change event
            onex.registry.node.registration_failed.v1    | Registration workflow failed              | Outcome event
            onex.registry.node.deregistered.v1           | Node removed from registry                | State change
            onex.registry.workflow.started.v1            | Workflow lifecycle started                | Audit trail
            onex.registry.workflow.completed.v1          | Workflow completed successfully           | Audit trail
            onex.registry.workflow.failed.v1             | Workflow failed after retries             | Audit trail
            onex.infra.circuit_breaker.state_changed.v1  | Circuit breaker transition                |
            onex.infra.error.detected.v1                 | Infrastructure-level error                |
            """)
    @DisplayName("states each topic's meaning and, where section 6 gives one, its semantic")
    void meaningAndSemantic(String name, String meaning, String semantic) {
        Map<String, Object> topic = OnexResources.topic(name);

        assertThat(topic.get("meaning")).isEqualTo(meaning);
        assertThat(topic.get("semantic")).isEqualTo(semantic);
    }

    @Test
    @DisplayName("lists consumers only where the spec names them: observability, audit and caches of registered.v1")
    void consumers() {
        assertThat(OnexResources.topics().stream().filter(t -> t.containsKey("consumers"))
                .collect(Collectors.toMap(t -> t.get("name"), t -> t.get("consumers"))))
                .containsExactly(entry("onex.registry.node.registered.v1", List.of("observability", "audit", "caches")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topicNames")
    @DisplayName("names a payload schema that exists and is named schemas/payloads/<domain>-<entity>-<event>.v<version>.schema.json")
    void payloadSchemaFile(String name) {
        Map<String, Object> topic = OnexResources.topic(name);
        String expected = "schemas/payloads/"
                + String.join("-", (String) topic.get("domain"), (String) topic.get("entity"), (String) topic.get("event"))
                        .replace('_', '-')
                + ".v" + topic.get("version") + ".schema.json";

        assertThat(topic.get("payload_schema")).isEqualTo(expected);
        assertThat(OnexResources.exists(OnexResources.ROOT + expected)).as("%s exists", expected).isTrue();
    }

    @Test
    @DisplayName("uses every payload schema file for exactly one topic")
    void noOrphanPayloadSchemas() {
        List<String> payloadFiles = OnexResources.schemaFiles().stream()
                .filter(f -> f.startsWith("schemas/payloads/"))
                .collect(Collectors.toList());

        assertThat(OnexResources.topics()).extracting(t -> t.get("payload_schema"))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(payloadFiles);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topicNames")
    @DisplayName("keys each topic by a payload field every event carries, unless the key is the broadcast fallback or comes from the envelope")
    void keyFieldIsCarried(String name) {
        Map<String, Object> topic = OnexResources.topic(name);
        String key = (String) topic.get("key");
        JsonNode payload = OnexResources.readJson(OnexResources.ROOT + topic.get("payload_schema"));
        boolean required = contains(payload.path("required"), key);

        if ("trace_error_correlation".equals(topic.get("event_class"))) {
            assertThat(payload.path("properties").has(key)).as("%s comes from the envelope", key).isFalse();
            assertThat(OnexResources.readJson(OnexResources.ROOT + OnexResources.catalog().get("envelope_schema"))
                    .path("required")).extracting(JsonNode::asText).contains(key);
        } else if (topic.containsKey("broadcast_key")) {
            assertThat(payload.path("properties").has(key)).isTrue();
            assertThat(required).as("%s is optional: its absence selects the broadcast key", key).isFalse();
        } else {
            assertThat(required).as("%s is a required payload property", key).isTrue();
        }
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode element : array) {
            if (element.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** Reads the spec's own wording: "1 hour", "1 day", "7 days", "30 days". */
    private static Duration specDuration(String text) {
        String[] amountAndUnit = text.trim().split(" ");
        long amount = Long.parseLong(amountAndUnit[0]);
        return amountAndUnit[1].startsWith("hour") ? Duration.ofHours(amount) : Duration.ofDays(amount);
    }
}
