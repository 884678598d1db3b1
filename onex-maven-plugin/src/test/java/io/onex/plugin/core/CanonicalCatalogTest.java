package io.onex.plugin.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Direction;
import io.onex.plugin.model.EventClass;
import io.onex.plugin.model.SchemaType;
import io.onex.plugin.model.Topic;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The canonical catalog of onex-schemas")
class CanonicalCatalogTest {

    private static Loaded<Catalog> loaded;
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        loaded = CatalogLoader.load(CatalogSource.canonical(), null);
        catalog = loaded.value();
    }

    private static Topic topic(String name) {
        return catalog.find(name).orElseThrow();
    }

    private static SchemaType type(String topic, String property) {
        return topic(topic).payload().property(property).orElseThrow().type();
    }

    @Test
    @DisplayName("loads from the plugin's class path with no diagnostics and 12 topics of section 10")
    void loadsCleanly() {
        assertThat(loaded.diagnostics()).isEmpty();
        assertThat(catalog.topics()).extracting(Topic::fullName).containsExactly(
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
    }

    @Test
    @DisplayName("records every file it read with its SHA-256")
    void recordsInputs() {
        assertThat(loaded.inputs()).hasSize(15);
        assertThat(loaded.inputs()).allSatisfy(input -> assertThat(input.sha256()).matches("[0-9a-f]{64}"));
        assertThat(loaded.inputs()).extracting(InputFile::displayPath)
                .anySatisfy(p -> assertThat(p).endsWith("onex/topics.yaml"))
                .anySatisfy(p -> assertThat(p).endsWith("onex/schemas/common.v1.schema.json"));
    }

    @Test
    @DisplayName("carries keys, retention, partitions, directions and legacy names of sections 5 to 10")
    void topicSettings() {
        Topic heartbeat = topic("onex.node.heartbeat.published.v1");
        assertThat(heartbeat.keyField()).isEqualTo("node_id");
        assertThat(heartbeat.retention()).isEqualTo(Duration.ofHours(1));
        assertThat(heartbeat.frequency()).contains(Duration.ofSeconds(30));
        assertThat(heartbeat.partitions()).isEqualTo(3);
        assertThat(heartbeat.direction()).isEqualTo(Direction.NODE_TO_REGISTRY);
        assertThat(heartbeat.legacyName()).contains("node.heartbeat");
        assertThat(catalog.find("node.request_introspection")).map(Topic::fullName)
                .contains("onex.registry.introspection.requested.v1");
        Topic request = topic("onex.registry.introspection.requested.v1");
        assertThat(request.eventClass()).isEqualTo(EventClass.REGISTRY_CONTROL);
        assertThat(request.broadcastKey()).contains("broadcast");
        Topic error = topic("onex.infra.error.detected.v1");
        assertThat(error.keyField()).isEqualTo("correlation_id");
        assertThat(error.eventClass().keySource()).isEqualTo(EventClass.KeySource.ENVELOPE);
        assertThat(topic("onex.registry.workflow.failed.v1").retention()).isEqualTo(Duration.ofDays(30));
        assertThat(catalog.topics()).allSatisfy(t -> assertThat(t.partitions()).isEqualTo(3));
    }

    @Test
    @DisplayName("resolves payload types across files, sharing one type per schema node")
    void payloadTypes() {
        SchemaType nodeType = type("onex.node.heartbeat.published.v1", "node_type");
        assertThat(nodeType).isInstanceOf(SchemaType.EnumType.class);
        assertThat(((SchemaType.EnumType) nodeType).javaName()).isEqualTo("NodeType");
        assertThat(((SchemaType.EnumType) nodeType).values())
                .containsExactly("EFFECT", "COMPUTE", "REDUCER", "ORCHESTRATOR");
        assertThat(type("onex.node.introspection.published.v1", "node_type")).isSameAs(nodeType);
        assertThat(((SchemaType.ArrayType) type("onex.registry.introspection.requested.v1", "target_node_types"))
                .items()).isSameAs(nodeType);

        assertThat(topic("onex.node.heartbeat.published.v1").payload().property("node_id")).hasValueSatisfying(p -> {
            assertThat(p.required()).isTrue();
            assertThat(p.nullable()).isFalse();
            assertThat(p.javaName()).isEqualTo("nodeId");
            assertThat(p.type()).isInstanceOf(SchemaType.StringType.class);
        });
        assertThat(type("onex.node.heartbeat.published.v1", "memory_usage_mb")).isInstanceOf(SchemaType.NumberType.class);
        assertThat(type("onex.node.heartbeat.published.v1", "uptime_seconds")).isInstanceOf(SchemaType.IntegerType.class);
        SchemaType capabilities = type("onex.node.introspection.published.v1", "capabilities");
        assertThat(capabilities).isInstanceOf(SchemaType.MapType.class);
        assertThat(((SchemaType.MapType) capabilities).values()).isInstanceOf(SchemaType.BooleanType.class);
        assertThat(topic("onex.registry.introspection.requested.v1").payload().property("target_node_ids"))
                .hasValueSatisfying(p -> assertThat(p.nullable()).isTrue());
        SchemaType registeredAt = type("onex.registry.node.registered.v1", "registered_at");
        assertThat(((SchemaType.StringType) registeredAt).format()).isEqualTo(SchemaType.StringFormat.DATE_TIME);
        assertThat(type("onex.registry.workflow.started.v1", "workflow_id"))
                .isInstanceOfSatisfying(SchemaType.StringType.class,
                        s -> assertThat(s.format()).isEqualTo(SchemaType.StringFormat.UUID));
        assertThat(catalog.topics()).allSatisfy(t -> assertThat(t.payload().closed()).isTrue());
    }

    @Test
    @DisplayName("has the envelope of section 4, keyed for trace/error correlation by its correlation_id")
    void envelope() {
        SchemaType.ObjectType envelope = catalog.envelope();
        assertThat(envelope.javaName()).isEqualTo("EventEnvelope");
        assertThat(envelope.properties()).extracting(SchemaType.Property::jsonName).containsExactly(
                "event_id", "event_type", "source", "correlation_id", "timestamp", "payload");
        assertThat(envelope.property("correlation_id").map(SchemaType.Property::type))
                .get().isInstanceOf(SchemaType.StringType.class);
        Optional<SchemaType> payload = envelope.property("payload").map(SchemaType.Property::type);
        assertThat(payload).get().isInstanceOfAny(SchemaType.MapType.class, SchemaType.AnyType.class,
                SchemaType.ObjectType.class);
    }
}
