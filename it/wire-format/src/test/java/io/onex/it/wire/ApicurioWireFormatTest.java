package io.onex.it.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apicurio.registry.rest.client.RegistryClient;
import io.apicurio.registry.serde.SerdeConfig;
import io.apicurio.registry.serde.SerdeHeaders;
import io.apicurio.registry.serde.jsonschema.JsonSchemaKafkaDeserializer;
import io.apicurio.registry.serde.jsonschema.JsonSchemaKafkaSerializer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.onex.events.NodeHeartbeatPayload;
import io.onex.events.NodeType;
import io.onex.events.OnexTopics;
import io.onex.plugin.core.CatalogSource;
import io.onex.plugin.core.ProjectLoader;
import io.onex.plugin.core.ProjectRequest;
import io.onex.plugin.model.CompatibilityLevel;
import io.onex.plugin.registry.RegistrationRequest;
import io.onex.plugin.registry.RegistryConnection;
import io.onex.plugin.registry.RegistryCredentials;
import io.onex.plugin.registry.SchemaRegistrar;
import io.onex.plugin.registry.ValueSchema;
import io.onex.plugin.registry.ValueSchemas;
import io.onex.rules.TopicMode;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.kafka.ConsumeFailure;
import io.onex.sdk.kafka.KafkaEventBus;
import io.onex.sdk.kafka.KafkaEventBusConfig;
import io.onex.sdk.kafka.OnexConsumerRunner;
import io.onex.sdk.kafka.WireFormatUnavailableException;
import io.onex.sdk.registry.ApicurioWireFormat;
import io.onex.testkit.ApicurioRegistry;
import io.onex.testkit.KafkaBroker;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Records cross between the SDK and plain Apicurio JSON Schema clients on a real broker, with the
 * value schemas registered in a real Apicurio Registry 2.6.13 by the plugin's register code. Each
 * test writes to its own tenant's topic; the tenant prefix does not change the artifact.
 */
@DisplayName("The registry wire format between the SDK and Apicurio's JSON Schema serde")
class ApicurioWireFormatTest {

    private static final String TOPIC = OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1.topicName();
    private static final String ARTIFACT = ValueSchema.artifactIdOf(TOPIC);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final byte[] TRACE_BYTES = {(byte) 0xff, 0, (byte) 0x80, (byte) 0xc3};

    @RegisterExtension
    static final KafkaBroker kafka = KafkaBroker.plaintext();
    @RegisterExtension
    static final ApicurioRegistry registry = ApicurioRegistry.inMemory();
    private static long registeredGlobalId;

    @BeforeAll
    static void registerCatalogSchemas() {
        List<ValueSchema> schemas = ValueSchemas.of(ProjectLoader.load(ProjectRequest.catalogOnly(
                CatalogSource.canonical(), null)).project().orElseThrow());
        RegistryClient client = new RegistryConnection(registry.baseUrl(), new RegistryCredentials.None()).open();
        new SchemaRegistrar(client).register(new RegistrationRequest(ApicurioWireFormat.DEFAULT_GROUP,
                CompatibilityLevel.BACKWARD, false, schemas));
        registeredGlobalId = client.getArtifactMetaData(ApicurioWireFormat.DEFAULT_GROUP, ARTIFACT).getGlobalId();
    }

    private static EventEnvelope<NodeHeartbeatPayload> heartbeat(String nodeId, long uptime) {
        return EventEnvelope.create(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1.eventType(), "node/" + nodeId,
                new NodeHeartbeatPayload(nodeId, NodeType.EFFECT, "1.0.0", uptime, 5L, 256.5, 15.2));
    }

    /** An envelope written by hand, as a service outside the SDK would build it. */
    private static ObjectNode foreignHeartbeat(String nodeId, long uptime) {
        ObjectNode envelope = MAPPER.createObjectNode();
        envelope.put("event_id", UUID.randomUUID().toString());
        envelope.put("event_type", "onex.node.heartbeat.published");
        envelope.put("source", "service/foreign");
        envelope.put("correlation_id", UUID.randomUUID().toString());
        envelope.put("timestamp", "2026-11-27T10:15:30.123456Z");
        ObjectNode payload = envelope.putObject("payload");
        payload.put("node_id", nodeId);
        payload.put("node_type", "COMPUTE");
        payload.put("uptime_seconds", uptime);
        return envelope;
    }

    private static Map<String, Object> serdeConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(SerdeConfig.REGISTRY_URL, registry.baseUrl());
        return config;
    }

    /** A producer outside the SDK: Apicurio's serializer, pointed at the topic's artifact, validating unless told not to. */
    private static void sendForeign(String physicalTopic, String key, JsonNode value, boolean validate) throws Exception {
        Map<String, Object> config = serdeConfig();
        config.put(SerdeConfig.EXPLICIT_ARTIFACT_GROUP_ID, ApicurioWireFormat.DEFAULT_GROUP);
        config.put(SerdeConfig.EXPLICIT_ARTIFACT_ID, ARTIFACT);
        config.put(SerdeConfig.FIND_LATEST_ARTIFACT, true);
        config.put(SerdeConfig.VALIDATION_ENABLED, validate);
        JsonSchemaKafkaSerializer<JsonNode> serializer = new JsonSchemaKafkaSerializer<>();
        serializer.configure(config, false);
        try (KafkaProducer<String, JsonNode> producer = new KafkaProducer<>(new HashMap<>(kafka.clientProperties()),
                new StringSerializer(), serializer)) {
            ProducerRecord<String, JsonNode> record = new ProducerRecord<>(physicalTopic, key, value);
            // a binary header of the sender's own, to see it survive the dead-letter copy byte for byte
            record.headers().add("trace.binary", TRACE_BYTES);
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }

    /** A consumer outside the SDK: Apicurio's deserializer into Jackson trees, validating. */
    private static List<ConsumerRecord<String, JsonNode>> readForeign(String physicalTopic, int expected) {
        Map<String, Object> config = serdeConfig();
        config.put(SerdeConfig.VALIDATION_ENABLED, true);
        config.put(SerdeConfig.DESERIALIZER_SPECIFIC_VALUE_RETURN_CLASS, JsonNode.class);
        JsonSchemaKafkaDeserializer<JsonNode> deserializer = new JsonSchemaKafkaDeserializer<>();
        deserializer.configure(config, false);
        Map<String, Object> props = new HashMap<>(kafka.clientProperties());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "foreign-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, JsonNode>> records = new ArrayList<>();
        try (KafkaConsumer<String, JsonNode> consumer = new KafkaConsumer<>(props, new StringDeserializer(), deserializer)) {
            consumer.subscribe(List.of(physicalTopic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static KafkaEventBus bus(String tenant, ApicurioWireFormat wire) {
        KafkaEventBusConfig.Builder b = KafkaEventBusConfig.builder(kafka.clientProperties(), "node/wire-test")
                .topicMode(TopicMode.ONEX).tenant(tenant).meterRegistry(new SimpleMeterRegistry());
        return (wire == null ? b : b.wireFormat(wire)).buildBus();
    }

    private static OnexConsumerRunner runner(String tenant, HeartbeatCollector collector, List<ConsumeFailure> failures) {
        return runner(tenant, collector, failures, null);
    }

    private static OnexConsumerRunner runner(String tenant, HeartbeatCollector collector, List<ConsumeFailure> failures,
            String deadLetterTopic) {
        return OnexConsumerRunner.builder(kafka.clientProperties(), collector).service("wire-" + tenant)
                .topicMode(TopicMode.ONEX).tenant(tenant).meterRegistry(new SimpleMeterRegistry())
                .deadLetterTopic(deadLetterTopic).errorHandler(failures::add)
                .wireFormat(ApicurioWireFormat.create(registry.baseUrl())).build().start();
    }

    private static List<ConsumerRecord<byte[], byte[]>> readRaw(String physicalTopic, int expected) {
        Map<String, Object> props = new HashMap<>(kafka.clientProperties());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "raw-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<byte[], byte[]>> raw = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(physicalTopic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (raw.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(raw::add);
            }
        }
        return raw;
    }

    private static long globalIdHeader(Iterable<Header> headers) {
        for (Header h : headers) {
            if (h.key().equals(SerdeHeaders.HEADER_VALUE_GLOBAL_ID)) {
                return ByteBuffer.wrap(h.value()).getLong();
            }
        }
        throw new AssertionError("no " + SerdeHeaders.HEADER_VALUE_GLOBAL_ID + " header");
    }

    @Test
    @DisplayName("a record from Apicurio's serializer reaches the SDK's typed handler with every field")
    void apicurioToSdk() throws Exception {
        String tenant = "fromapicurio";
        kafka.createTopics(3, tenant + "." + TOPIC);
        ObjectNode sent = foreignHeartbeat("compute-7", 42);
        HeartbeatCollector collector = new HeartbeatCollector();
        List<ConsumeFailure> failures = new CopyOnWriteArrayList<>();
        sendForeign(tenant + "." + TOPIC, "compute-7", sent, true);

        try (OnexConsumerRunner runner = runner(tenant, collector, failures)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> collector.received().size() + failures.size() >= 1);
        }

        assertThat(failures).isEmpty();
        EventEnvelope<NodeHeartbeatPayload> event = collector.received().get(0);
        assertThat(event.eventId()).hasToString(sent.get("event_id").asText());
        assertThat(event.source()).isEqualTo("service/foreign");
        assertThat(event.timestamp()).hasToString("2026-11-27T10:15:30.123456Z");
        assertThat(event.payload()).isEqualTo(new NodeHeartbeatPayload("compute-7", NodeType.COMPUTE, null, 42, null, null, null));
        assertThat(collector.records().get(0).headers()).containsKey(SerdeHeaders.HEADER_VALUE_GLOBAL_ID);
    }

    @ParameterizedTest(name = "schema id in headers: {0}")
    @ValueSource(booleans = {true, false})
    @DisplayName("the SDK's bus on the registry format writes the codec's JSON and the schema id, and Apicurio's deserializer reads it")
    void sdkToApicurio(boolean headers) throws Exception {
        String tenant = headers ? "toapicurioheaders" : "toapicuriomagic";
        kafka.createTopics(3, tenant + "." + TOPIC);
        EventEnvelope<NodeHeartbeatPayload> event = heartbeat("postgres-adapter-001", 3600);
        ApicurioWireFormat wire = ApicurioWireFormat.create(Map.of(SerdeConfig.REGISTRY_URL, registry.baseUrl(),
                SerdeConfig.ENABLE_HEADERS, headers));
        try (KafkaEventBus bus = bus(tenant, wire)) {
            bus.publish(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, event).get(30, TimeUnit.SECONDS);
        }

        List<ConsumerRecord<String, JsonNode>> read = readForeign(tenant + "." + TOPIC, 1);

        assertThat(read).hasSize(1);
        ConsumerRecord<String, JsonNode> record = read.get(0);
        byte[] codecJson = OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1.codec().encode(event);
        assertThat(record.value()).isEqualTo(MAPPER.readTree(codecJson));
        assertThat(record.value().get("payload").get("uptime_seconds").asLong()).isEqualTo(3600);
        assertThat(record.key()).isEqualTo("postgres-adapter-001");
        assertThat(record.headers().lastHeader("event_type").value())
                .isEqualTo("onex.node.heartbeat.published".getBytes(StandardCharsets.UTF_8));
        if (headers) {
            assertThat(globalIdHeader(record.headers())).isEqualTo(registeredGlobalId);
        } else {
            assertThat(record.headers().lastHeader(SerdeHeaders.HEADER_VALUE_GLOBAL_ID)).isNull();
        }
    }

    @Test
    @DisplayName("the value bytes are the codec's JSON: the serde adds only the schema id, in a header")
    void sameBytesAsPlainJson() throws Exception {
        String tenant = "samebytes";
        kafka.createTopics(1, tenant + "." + TOPIC);
        EventEnvelope<NodeHeartbeatPayload> event = heartbeat("postgres-adapter-002", 7);
        try (KafkaEventBus bus = bus(tenant, ApicurioWireFormat.create(registry.baseUrl()))) {
            bus.publish(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, event).get(30, TimeUnit.SECONDS);
        }
        List<ConsumerRecord<byte[], byte[]>> raw = readRaw(tenant + "." + TOPIC, 1);
        assertThat(raw).hasSize(1);
        assertThat(new String(raw.get(0).value(), StandardCharsets.UTF_8))
                .isEqualTo(new String(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1.codec().encode(event), StandardCharsets.UTF_8));
        assertThat(globalIdHeader(raw.get(0).headers())).isEqualTo(registeredGlobalId);
    }

    @Test
    @DisplayName("a consumer on the registry format also reads plain-JSON records of nodes not yet switched")
    void plainJsonStillRead() throws Exception {
        String tenant = "mixed";
        kafka.createTopics(1, tenant + "." + TOPIC);
        EventEnvelope<NodeHeartbeatPayload> plain = heartbeat("old-node", 1);
        EventEnvelope<NodeHeartbeatPayload> registered = heartbeat("new-node", 2);
        try (KafkaEventBus oldBus = bus(tenant, null); KafkaEventBus newBus = bus(tenant, ApicurioWireFormat.create(registry.baseUrl()))) {
            oldBus.publish(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, plain).get(30, TimeUnit.SECONDS);
            newBus.publish(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, registered).get(30, TimeUnit.SECONDS);
        }
        HeartbeatCollector collector = new HeartbeatCollector();
        List<ConsumeFailure> failures = new CopyOnWriteArrayList<>();
        try (OnexConsumerRunner runner = runner(tenant, collector, failures)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> collector.received().size() + failures.size() >= 2);
        }
        assertThat(failures).isEmpty();
        assertThat(collector.received()).containsExactly(plain, registered);
    }

    @Test
    @DisplayName("a registered record that breaks the schema goes to the error path with the registry's reason, "
            + "and to the dead-letter topic with its schema id intact")
    void invalidRecordRefused() throws Exception {
        String tenant = "invalid";
        String deadLetters = "wire-invalid-onex-v1.dlt";
        kafka.createTopics(1, tenant + "." + TOPIC, deadLetters);
        ObjectNode bad = foreignHeartbeat("compute-8", -1);
        ObjectNode good = foreignHeartbeat("compute-8", 9);
        sendForeign(tenant + "." + TOPIC, "compute-8", bad, false);
        sendForeign(tenant + "." + TOPIC, "compute-8", good, true);

        HeartbeatCollector collector = new HeartbeatCollector();
        List<ConsumeFailure> failures = new CopyOnWriteArrayList<>();
        try (OnexConsumerRunner runner = runner(tenant, collector, failures, deadLetters)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> collector.received().size() + failures.size() >= 2);
        }

        List<ConsumerRecord<byte[], byte[]>> dead = readRaw(deadLetters, 1);
        assertThat(dead).hasSize(1);
        assertThat(globalIdHeader(dead.get(0).headers())).isEqualTo(registeredGlobalId);
        assertThat(dead.get(0).headers().lastHeader("trace.binary").value()).isEqualTo(TRACE_BYTES);
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo(MAPPER.writeValueAsString(bad));
        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(ConsumeFailure.Kind.DESERIALIZATION);
            assertThat(f.reason()).contains("registry's schema refuses").contains("uptime_seconds");
        });
        assertThat(collector.received()).extracting(e -> e.payload().uptimeSeconds()).containsExactly(9L);
    }

    @Test
    @DisplayName("an unreachable registry is reported as unavailable, not as a bad event or a bad record")
    void unreachableRegistry() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (ApicurioWireFormat wire = ApicurioWireFormat.create("http://127.0.0.1:" + closedPort + "/apis/registry/v2")) {
            byte[] json = OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1.codec().encode(heartbeat("n1", 1));
            assertThatThrownBy(() -> wire.toWire(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, new RecordHeaders(), json))
                    .isInstanceOf(WireFormatUnavailableException.class)
                    .hasMessageContaining("schema registry is not reachable");

            RecordHeaders headers = new RecordHeaders();
            headers.add(SerdeHeaders.HEADER_VALUE_GLOBAL_ID, ByteBuffer.allocate(Long.BYTES).putLong(registeredGlobalId).array());
            assertThatThrownBy(() -> wire.fromWire(TOPIC, headers, json))
                    .isInstanceOf(WireFormatUnavailableException.class);
            // a plain-JSON record needs no registry at all
            assertThat(wire.fromWire(TOPIC, new RecordHeaders(), json)).isEqualTo(json);
        }
    }
}
