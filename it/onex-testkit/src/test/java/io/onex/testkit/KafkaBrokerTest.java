package io.onex.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/**
 * The extension runs sample test classes (nested below, run only from here) on the Jupiter engine and
 * looks at the broker they saw from outside: running inside the class, stopped and deleted after it.
 */
@DisplayName("KafkaBroker extension")
class KafkaBrokerTest {

    @Test
    @DisplayName("starts before the class's @BeforeAll, serves every test the same broker, and is stopped and its log directory deleted after the class")
    void runsForOneClass() throws Exception {
        EngineExecutionResults results = OnlyInsideEngineTestKit.run(PlaintextSample.class);

        results.testEvents().assertStatistics(s -> s.started(2).succeeded(2).failed(0));
        assertThat(PlaintextSample.seen).hasSize(3).containsOnly(PlaintextSample.seen.get(0));
        EmbeddedKafka broker = PlaintextSample.seen.get(0);
        assertStopped(broker);
        assertThatThrownBy(PlaintextSample.kafka::bootstrapServers)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("embedded Kafka broker of this KafkaBroker is not running");
    }

    @Test
    @DisplayName("stops the broker when a test fails")
    void stopsAfterFailingTest() throws Exception {
        EngineExecutionResults results = OnlyInsideEngineTestKit.run(FailingTestSample.class);

        results.testEvents().assertStatistics(s -> s.started(1).failed(1));
        assertThat(FailingTestSample.seen).isNotNull();
        assertStopped(FailingTestSample.seen);
    }

    @Test
    @DisplayName("stops the broker when the class's @BeforeAll fails")
    void stopsAfterFailingSetup() throws Exception {
        EngineExecutionResults results = OnlyInsideEngineTestKit.run(FailingSetupSample.class);

        results.testEvents().assertStatistics(s -> s.started(0));
        assertThat(failures(results)).singleElement().satisfies(t -> assertThat(t).hasMessage("setup fails"));
        assertThat(FailingSetupSample.seen).isNotNull();
        assertStopped(FailingSetupSample.seen);
    }

    @Test
    @DisplayName("a broker that cannot start fails the class with the class and the cause named, and runs none of its tests")
    void clearStartFailure() {
        EngineExecutionResults results = OnlyInsideEngineTestKit.run(UnstartableSample.class);

        results.testEvents().assertStatistics(s -> s.started(0));
        assertThat(failures(results)).singleElement().satisfies(t -> assertThat(t)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("embedded Kafka broker for " + UnstartableSample.class.getName() + " did not start: ")
                .hasMessageContaining("log.retention.ms"));
    }

    @Test
    @DisplayName("a @Nested class shares its enclosing class's broker, which stops only after the enclosing class")
    void nestedClassesShare() throws Exception {
        EngineExecutionResults results = OnlyInsideEngineTestKit.run(OuterSample.class);

        results.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
        assertThat(OuterSample.seen).hasSize(2).containsOnly(OuterSample.seen.get(0));
        assertStopped(OuterSample.seen.get(0));
    }

    @Test
    @DisplayName("the SASL variant requires SASL/PLAIN and applies ACLs, and hands out each user's client properties")
    void saslPlain() throws Exception {
        EngineExecutionResults results = OnlyInsideEngineTestKit.run(SaslSample.class);

        results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
        assertStopped(SaslSample.seen);
    }

    @Test
    @DisplayName("registered on an instance field it fails each test, saying to use a static field")
    void instanceFieldIsRefused() {
        EngineExecutionResults results = OnlyInsideEngineTestKit.run(InstanceFieldSample.class);

        results.testEvents().assertStatistics(s -> s.started(1).failed(1));
        assertThat(results.testEvents().failed().stream().map(KafkaBrokerTest::throwable))
                .singleElement().satisfies(t -> assertThat(t)
                        .isInstanceOf(ExtensionConfigurationException.class)
                        .hasMessageContaining("register it on a static field"));
    }

    private static void assertStopped(EmbeddedKafka broker) throws IOException {
        assertThat(broker.isRunning()).as("running after the class").isFalse();
        assertThat(Files.exists(broker.logDir())).as("log directory after the class").isFalse();
        String[] hostPort = broker.bootstrapServers().split(":");
        try (Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])), 2_000))
                    .as("connecting to the stopped broker's port").isInstanceOf(ConnectException.class);
        }
    }

    private static List<Throwable> failures(EngineExecutionResults results) {
        return results.containerEvents().failed().stream().map(KafkaBrokerTest::throwable).toList();
    }

    private static Throwable throwable(Event event) {
        return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElseThrow();
    }

    private static void describeCluster(Map<String, Object> props) throws Exception {
        try (Admin admin = Admin.create(props)) {
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
        }
    }

    // The sample classes below run only through OnlyInsideEngineTestKit.run.

    @ExtendWith(OnlyInsideEngineTestKit.class)
    static class PlaintextSample {
        @RegisterExtension
        static final KafkaBroker kafka = KafkaBroker.plaintext();
        static final List<EmbeddedKafka> seen = new CopyOnWriteArrayList<>();

        @BeforeAll
        static void createTopic() {
            seen.add(kafka.embedded());
            kafka.createTopics(3, "sample.topic");
        }

        @Test
        void first() throws Exception {
            seen.add(kafka.embedded());
            assertThat(kafka.embedded().isRunning()).isTrue();
        }

        @Test
        void second() throws Exception {
            seen.add(kafka.embedded());
            try (Admin admin = kafka.admin()) {
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("sample.topic");
            }
            describeCluster(kafka.clientProperties());
        }
    }

    @ExtendWith(OnlyInsideEngineTestKit.class)
    static class FailingTestSample {
        @RegisterExtension
        static final KafkaBroker kafka = KafkaBroker.plaintext();
        static EmbeddedKafka seen;

        @Test
        void fails() {
            seen = kafka.embedded();
            throw new AssertionError("a failing test");
        }
    }

    @ExtendWith(OnlyInsideEngineTestKit.class)
    static class FailingSetupSample {
        @RegisterExtension
        static final KafkaBroker kafka = KafkaBroker.plaintext();
        static EmbeddedKafka seen;

        @BeforeAll
        static void setUp() {
            seen = kafka.embedded();
            throw new IllegalStateException("setup fails");
        }

        @Test
        void neverRuns() {
        }
    }

    @ExtendWith(OnlyInsideEngineTestKit.class)
    static class UnstartableSample {
        @RegisterExtension
        static final KafkaBroker kafka = KafkaBroker.configured(b -> b.brokerProperty("log.retention.ms", "soon"));

        @Test
        void neverRuns() {
        }
    }

    @ExtendWith(OnlyInsideEngineTestKit.class)
    static class OuterSample {
        @RegisterExtension
        static final KafkaBroker kafka = KafkaBroker.plaintext();
        static final List<EmbeddedKafka> seen = new CopyOnWriteArrayList<>();

        @Test
        void outer() {
            seen.add(kafka.embedded());
        }

        @Nested
        class Inner {
            @Test
            void inner() throws Exception {
                seen.add(kafka.embedded());
                describeCluster(kafka.clientProperties());
            }
        }
    }

    @ExtendWith(OnlyInsideEngineTestKit.class)
    static class SaslSample {
        @RegisterExtension
        static final KafkaBroker kafka = KafkaBroker.saslPlain("admin", "admin-secret", Map.of("node-service", "node-secret"));
        static EmbeddedKafka seen;

        @Test
        void authenticatesAndAuthorizes() throws Exception {
            seen = kafka.embedded();
            kafka.createTopics(1, "sample.sasl");
            describeCluster(kafka.clientProperties());

            Map<String, Object> node = kafka.clientProperties("node-service");
            assertThat(node).containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
            node.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
            // Not idempotent: without WRITE anywhere an idempotent producer is also refused its producer
            // id, in a race with the topic's refusal; only the topic ACL is under test here.
            node.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
            node.put(ProducerConfig.ACKS_CONFIG, "1");
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(node, new StringSerializer(), new StringSerializer())) {
                assertThatThrownBy(() -> producer.send(new ProducerRecord<>("sample.sasl", "k", "v")).get(30, TimeUnit.SECONDS))
                        .as("node-service has no ACL on the topic")
                        .isInstanceOf(ExecutionException.class)
                        .hasCauseInstanceOf(TopicAuthorizationException.class);
            }
            assertThatThrownBy(() -> kafka.clientProperties("nobody")).isInstanceOf(IllegalArgumentException.class);
            assertThat(kafka.sasl().orElseThrow().users().keySet()).isEqualTo(Set.of("node-service"));
        }
    }

    @ExtendWith(OnlyInsideEngineTestKit.class)
    static class InstanceFieldSample {
        @RegisterExtension
        final KafkaBroker kafka = KafkaBroker.plaintext();

        @Test
        void neverGetsABroker() {
        }
    }
}
