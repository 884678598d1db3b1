package io.onex.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaTest {

    @Test
    @DisplayName("a record produced before a restart is read back after the broker restarts on the same log directory")
    void survivesRestartOnSameLogDir() throws Exception {
        Path dir;
        try (EmbeddedKafka kafka = EmbeddedKafka.startDefault()) {
            dir = kafka.logDir();
            assertThat(kafka.bootstrapServers()).startsWith("127.0.0.1:");
            kafka.createTopics(3, "testkit.roundtrip");

            RecordMetadata written;
            try (KafkaProducer<String, String> producer = producer(kafka.clientProperties())) {
                written = producer.send(new ProducerRecord<>("testkit.roundtrip", "key-1", "hello")).get();
            }
            assertThat(readAll(kafka.clientProperties(), "testkit.roundtrip", 1))
                    .extracting(ConsumerRecord::key, ConsumerRecord::value, ConsumerRecord::partition, ConsumerRecord::offset)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("key-1", "hello", written.partition(), written.offset()));

            String before = kafka.bootstrapServers();
            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            kafka.start();
            assertThat(kafka.bootstrapServers()).isEqualTo(before);

            assertThat(readAll(kafka.clientProperties(), "testkit.roundtrip", 1))
                    .extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("key-1", "hello"));
        }
        assertThat(Files.exists(dir)).as("temporary log directory is deleted on close").isFalse();
    }

    @Test
    @DisplayName("with SASL/PLAIN and StandardAuthorizer a user may write only where an ACL allows it")
    void saslPlainWithAcls() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.builder()
                .saslPlain("admin", "admin-secret")
                .user("node-service", "node-secret")
                .build().start()) {
            kafka.createTopics(3, "onex.node.heartbeat.published.v1", "onex.registry.node.registered.v1");
            try (Admin admin = kafka.admin()) {
                admin.createAcls(List.of(new AclBinding(
                        new ResourcePattern(ResourceType.TOPIC, "onex.node.", PatternType.PREFIXED),
                        new AccessControlEntry("User:node-service", "*", AclOperation.WRITE, AclPermissionType.ALLOW))))
                        .all().get();
            }
            Map<String, Object> node = kafka.clientProperties("node-service", kafka.sasl().orElseThrow().password("node-service"));
            node.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
            try (KafkaProducer<String, String> producer = producer(node)) {
                assertThat(producer.send(new ProducerRecord<>("onex.node.heartbeat.published.v1", "n1", "{}")).get().offset())
                        .isZero();
                assertThatThrownBy(() -> producer.send(new ProducerRecord<>("onex.registry.node.registered.v1", "n1", "{}")).get())
                        .isInstanceOf(ExecutionException.class)
                        .hasCauseInstanceOf(TopicAuthorizationException.class);
            }
        }
    }

    @Test
    @DisplayName("SASL users without a super user are refused when building")
    void usersNeedSuperUser() {
        assertThatThrownBy(() -> EmbeddedKafka.builder().user("a", "b").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("saslPlain");
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> props) {
        Map<String, Object> p = new java.util.HashMap<>(props);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static List<ConsumerRecord<String, String>> readAll(Map<String, Object> props, String topic, int expected) {
        Map<String, Object> c = new java.util.HashMap<>(props);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "testkit-" + UUID.randomUUID());
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
