package io.onex.sdk.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.onex.events.NodeHeartbeatPayload;
import io.onex.events.OnexTopics;
import io.onex.rules.TopicMode;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.testing.Events;
import io.onex.sdk.testing.Kafka;
import io.onex.sdk.testing.RecordingDispatcher;
import io.onex.testkit.KafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The consumer runner on a real broker: bad input, failing handlers, commits. Tests isolate by tenant prefix. */
class OnexConsumerRunnerBrokerTest {

    @RegisterExtension
    static final KafkaBroker kafka = KafkaBroker.plaintext();

    private static final OnexTopic<NodeHeartbeatPayload> HEARTBEAT = OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1;

    private static EventEnvelope<NodeHeartbeatPayload> ping(String node, long seq) {
        return Events.heartbeat(node, seq);
    }

    private static KafkaEventBus bus(String tenant) {
        return KafkaEventBusConfig.builder(kafka.clientProperties(), "node/runner-test").topicMode(TopicMode.ONEX)
                .tenant(tenant).meterRegistry(new SimpleMeterRegistry()).buildBus();
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("a poison record goes to the dead-letter topic with its topic, partition and offset, and consumption goes on")
    void poisonRecord() throws Exception {
        String tenant = "poison";
        String topic = tenant + ".onex.node.heartbeat.published.v1";
        kafka.createTopics(3, topic, "registry-onex-v1.dlt");
        EventEnvelope<NodeHeartbeatPayload> before = ping("n1", 1);
        EventEnvelope<NodeHeartbeatPayload> after = ping("n1", 2);
        try (KafkaEventBus bus = bus(tenant)) {
            bus.publish(HEARTBEAT, before).get(30, TimeUnit.SECONDS);
            Kafka.sendRaw(kafka.clientProperties(), topic, "n1", new byte[] {(byte) 0xde, (byte) 0xad, '{', 0});
            Kafka.sendRaw(kafka.clientProperties(), topic, "n1", "{\"event_id\":\"not-a-uuid\"}".getBytes(StandardCharsets.UTF_8));
            bus.publish(HEARTBEAT, after).get(30, TimeUnit.SECONDS);
        }
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        List<ConsumeFailure> failures = new CopyOnWriteArrayList<>();
        RecordingDispatcher dispatcher = new RecordingDispatcher(List.of(HEARTBEAT));
        try (OnexConsumerRunner runner = OnexConsumerRunner.builder(kafka.clientProperties(), dispatcher)
                .service("registry").topicMode(TopicMode.ONEX).tenant(tenant).deadLetterTopic("registry-onex-v1.dlt")
                .errorHandler(failures::add).meterRegistry(registry).build().start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> dispatcher.received().size() == 2 && failures.size() == 2);
            assertThat(runner.isRunning()).isTrue();
            assertThat(runner.failureCount()).isEqualTo(2);
        }
        assertThat(dispatcher.received()).extracting(r -> r.event().eventId()).containsExactly(before.eventId(), after.eventId());
        int partition = dispatcher.received().get(0).record().partition();
        long firstOffset = dispatcher.received().get(0).record().offset();
        assertThat(failures).allSatisfy(f -> {
            assertThat(f.kind()).isEqualTo(ConsumeFailure.Kind.DESERIALIZATION);
            assertThat(f.topic()).isEqualTo(topic);
            assertThat(f.partition()).isEqualTo(partition);
        });
        assertThat(failures).extracting(ConsumeFailure::offset).containsExactly(firstOffset + 1, firstOffset + 2);
        assertThat(failures.get(0).reason()).contains("malformed JSON");
        assertThat(failures.get(1).reason()).startsWith("/event_id");
        assertThat(registry.get("consume_errors").tag("kind", "DESERIALIZATION").counter().count()).isEqualTo(2.0);

        List<ConsumerRecord<String, byte[]>> dead = Kafka.readAll(kafka.clientProperties(), List.of("registry-onex-v1.dlt"), 2);
        assertThat(dead).hasSize(2);
        ConsumerRecord<String, byte[]> first = dead.stream().filter(r -> header(r, DeadLetterHeaders.ORIGINAL_OFFSET)
                .equals(Long.toString(firstOffset + 1))).findFirst().orElseThrow();
        assertThat(first.value()).isEqualTo(new byte[] {(byte) 0xde, (byte) 0xad, '{', 0});
        assertThat(first.key()).isEqualTo("n1");
        assertThat(header(first, DeadLetterHeaders.ORIGINAL_TOPIC)).isEqualTo(topic);
        assertThat(header(first, DeadLetterHeaders.ORIGINAL_PARTITION)).isEqualTo(Integer.toString(partition));
        assertThat(header(first, DeadLetterHeaders.ERROR_KIND)).isEqualTo("DESERIALIZATION");
        assertThat(header(first, DeadLetterHeaders.REASON)).contains("malformed JSON");
        assertThat(header(first, DeadLetterHeaders.GROUP)).as("the tenant's prefix is on its groups too")
                .isEqualTo(tenant + ".registry-onex-v1");
    }

    @Test
    @DisplayName("a handler that throws sends the record to the error path and later records are still handled")
    void handlerFailure() throws Exception {
        String tenant = "handler";
        kafka.createTopics(3, tenant + ".onex.node.heartbeat.published.v1");
        List<ConsumeFailure> failures = new CopyOnWriteArrayList<>();
        RecordingDispatcher dispatcher = new RecordingDispatcher(List.of(HEARTBEAT)).onEvent(r -> {
            if (Events.sequence(r.event()) == 2) {
                throw new IllegalStateException("database unavailable");
            }
        });
        try (KafkaEventBus bus = bus(tenant)) {
            for (int i = 1; i <= 3; i++) {
                bus.publish(HEARTBEAT, ping("same-node", i)).get(30, TimeUnit.SECONDS);
            }
        }
        try (OnexConsumerRunner runner = OnexConsumerRunner.builder(kafka.clientProperties(), dispatcher)
                .service("handler-test").topicMode(TopicMode.ONEX).tenant(tenant).errorHandler(failures::add)
                .meterRegistry(new SimpleMeterRegistry()).build().start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> dispatcher.received().size() == 2 && failures.size() == 1);
        }
        assertThat(dispatcher.received()).extracting(r -> Events.sequence(r.event())).containsExactly(1L, 3L);
        assertThat(failures.get(0).kind()).isEqualTo(ConsumeFailure.Kind.HANDLER);
        assertThat(failures.get(0).reason()).contains("database unavailable");
    }

    @Test
    @DisplayName("when error handling fails the record is retried, not skipped")
    void failedErrorHandlingRetries() throws Exception {
        String tenant = "retry";
        String topic = tenant + ".onex.node.heartbeat.published.v1";
        kafka.createTopics(1, topic);
        Kafka.sendRaw(kafka.clientProperties(), topic, "k", "garbage".getBytes(StandardCharsets.UTF_8));
        try (KafkaEventBus bus = bus(tenant)) {
            bus.publish(HEARTBEAT, ping("k", 1)).get(30, TimeUnit.SECONDS);
        }
        AtomicInteger attempts = new AtomicInteger();
        List<Long> offsetsSeen = new CopyOnWriteArrayList<>();
        RecordingDispatcher dispatcher = new RecordingDispatcher(List.of(HEARTBEAT));
        try (OnexConsumerRunner runner = OnexConsumerRunner.builder(kafka.clientProperties(), dispatcher)
                .service("retry-test").topicMode(TopicMode.ONEX).tenant(tenant).retryBackoff(Duration.ofMillis(100))
                .errorHandler(f -> {
                    offsetsSeen.add(f.offset());
                    if (attempts.incrementAndGet() < 3) {
                        throw new IllegalStateException("error store down");
                    }
                }).meterRegistry(new SimpleMeterRegistry()).build().start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> dispatcher.received().size() == 1);
        }
        assertThat(offsetsSeen).containsExactly(0L, 0L, 0L);
    }

    @Test
    @DisplayName("offsets are committed for handled records, so the group resumes after them")
    void commitsAfterHandling() throws Exception {
        String tenant = "commit";
        String topic = tenant + ".onex.node.heartbeat.published.v1";
        kafka.createTopics(3, topic);
        try (KafkaEventBus bus = bus(tenant)) {
            for (int i = 0; i < 9; i++) {
                bus.publish(HEARTBEAT, ping("node-" + i, i)).get(30, TimeUnit.SECONDS);
            }
        }
        RecordingDispatcher dispatcher = new RecordingDispatcher(List.of(HEARTBEAT));
        try (OnexConsumerRunner runner = OnexConsumerRunner.builder(kafka.clientProperties(), dispatcher)
                .service("commit-test").topicMode(TopicMode.ONEX).tenant(tenant)
                .meterRegistry(new SimpleMeterRegistry()).build().start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> dispatcher.received().size() == 9);
        }
        try (Admin admin = kafka.admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(tenant + ".commit-test-onex-v1")
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            for (int p = 0; p < 3; p++) {
                latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
            var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
            for (var end : ends.entrySet()) {
                long committedOffset = committed.containsKey(end.getKey()) ? committed.get(end.getKey()).offset() : 0L;
                assertThat(committedOffset).as("committed offset of " + end.getKey()).isEqualTo(end.getValue().offset());
            }
        }
    }

    @Test
    @DisplayName("a record the wire format cannot read for want of the registry is retried, not sent to the error path")
    void unavailableWireFormatRetries() throws Exception {
        String tenant = "wireretry";
        kafka.createTopics(1, tenant + ".onex.node.heartbeat.published.v1");
        EventEnvelope<NodeHeartbeatPayload> event = ping("n1", 1);
        try (KafkaEventBus bus = bus(tenant)) {
            bus.publish(HEARTBEAT, event).get(30, TimeUnit.SECONDS);
        }
        AtomicInteger attempts = new AtomicInteger();
        WireFormat flaky = new WireFormat() {
            @Override
            public byte[] toWire(io.onex.sdk.OnexTopic<?> topic, org.apache.kafka.common.header.Headers headers, byte[] json) {
                return json;
            }

            @Override
            public byte[] fromWire(String topic, org.apache.kafka.common.header.Headers headers, byte[] value) {
                if (attempts.incrementAndGet() <= 2) {
                    throw new WireFormatUnavailableException("registry down", new java.net.ConnectException());
                }
                return value;
            }
        };
        List<ConsumeFailure> failures = new CopyOnWriteArrayList<>();
        RecordingDispatcher dispatcher = new RecordingDispatcher(List.of(HEARTBEAT));
        try (OnexConsumerRunner runner = OnexConsumerRunner.builder(kafka.clientProperties(), dispatcher)
                .service("wireretry").topicMode(TopicMode.ONEX).tenant(tenant).retryBackoff(Duration.ofMillis(50))
                .wireFormat(flaky).errorHandler(failures::add).meterRegistry(new SimpleMeterRegistry()).build().start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> !dispatcher.received().isEmpty() || !failures.isEmpty());
            assertThat(runner.failureCount()).isZero();
        }
        assertThat(failures).isEmpty();
        assertThat(attempts.get()).isEqualTo(3);
        assertThat(dispatcher.received()).extracting(r -> r.event().eventId()).containsExactly(event.eventId());
    }
}
