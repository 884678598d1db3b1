package io.onex.demo;

import io.onex.events.EnumONEXTopic;
import io.onex.events.NodeHeartbeatPayload;
import io.onex.events.NodeIntrospectionPayload;
import io.onex.events.NodeShutdownPayload;
import io.onex.events.NodeType;
import io.onex.events.PerformanceMetrics;
import io.onex.nodes.PostgresAdapterPublisher;
import io.onex.nodes.RegistryMonitorDispatcher;
import io.onex.nodes.RegistryMonitorSubscriber;
import io.onex.rules.TopicMode;
import io.onex.sdk.BusRecord;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.PublishResult;
import io.onex.sdk.RecordDispatcher;
import io.onex.sdk.kafka.CloseReport;
import io.onex.sdk.kafka.KafkaEventBus;
import io.onex.sdk.kafka.KafkaEventBusConfig;
import io.onex.sdk.kafka.OnexConsumerRunner;
import io.onex.testkit.EmbeddedKafka;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The main job, end to end on embedded defaults: starts a Kafka broker in-process, creates the
 * catalog's topics, runs node {@code postgres-adapter} whose generated publisher sends an
 * introspection, heartbeats and a shutdown, and a registry-side subscriber that prints each typed
 * event with its key and partition. Ends by itself and leaves nothing running.
 */
public final class Demo {
    static final String NODE_ID = "postgres-adapter-001";
    static final int HEARTBEATS = 3;
    static final int EXPECTED = HEARTBEATS + 2;

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(System.out) ? 0 : 1);
    }

    /** Runs the demo; true when the subscriber received every event the node published. */
    static boolean run(PrintStream out) throws Exception {
        out.println("ONEX demo: starting an embedded Kafka broker (KRaft, 127.0.0.1)");
        try (EmbeddedKafka kafka = EmbeddedKafka.startDefault()) {
            out.println("  broker at " + kafka.bootstrapServers());
            createTopics(kafka, out);

            List<String> received = new ArrayList<>();
            CountDownLatch done = new CountDownLatch(EXPECTED);
            RegistryMonitorSubscriber monitor = new PrintingMonitor(out, received, done);
            Map<String, Object> client = kafka.clientProperties();
            try (OnexConsumerRunner registry = OnexConsumerRunner.builder(client,
                    new WithRecordInfo(new RegistryMonitorDispatcher(monitor), out))
                    .service("registry-monitor").topicMode(TopicMode.ONEX).build().start()) {
                registry.awaitAssignment(Duration.ofSeconds(30));
                out.println("registry-monitor: subscribed as consumer group " + registry.groupId() + " to "
                        + registry.subscription());

                KafkaEventBus bus = KafkaEventBusConfig.builder(kafka.bootstrapServers(), "node/postgres-adapter")
                        .topicMode(TopicMode.ONEX).buildBus();
                PostgresAdapterPublisher node = new PostgresAdapterPublisher(bus);
                UUID session = UUID.randomUUID();
                report(out, node.publishIntrospection(NodeIntrospectionPayload.builder()
                        .nodeId(NODE_ID).nodeType(NodeType.EFFECT).nodeVersion("1.0.0")
                        .capabilities(Map.of("postgres", true, "read", true, "write", true))
                        .endpoints(Map.of("health", "http://postgres-adapter:8080/health"))
                        .metadata(Map.of("environment", "demo"))
                        .performanceMetrics(new PerformanceMetrics(15.2, 256.5, 0L, 0L))
                        .build(), session).get(30, TimeUnit.SECONDS));
                for (int i = 1; i <= HEARTBEATS; i++) {
                    report(out, node.publishHeartbeat(NodeHeartbeatPayload.builder()
                            .nodeId(NODE_ID).nodeType(NodeType.EFFECT).nodeVersion("1.0.0")
                            .uptimeSeconds(30L * i).activeOperationsCount((long) i)
                            .memoryUsageMb(256.5).cpuUsagePercent(10.0 + i)
                            .build(), session).get(30, TimeUnit.SECONDS));
                }
                report(out, node.publishShutdown(new NodeShutdownPayload(NODE_ID, NodeType.EFFECT, "graceful_shutdown"),
                        session).get(30, TimeUnit.SECONDS));
                CloseReport closed = bus.close(Duration.ofSeconds(10));
                out.println("postgres-adapter: closed its event bus (" + closed + ")");

                boolean all = done.await(60, TimeUnit.SECONDS);
                out.println(all ? "ONEX demo: the registry received all " + EXPECTED + " events; shutting down"
                        : "ONEX demo: FAILED, the registry received " + received.size() + " of " + EXPECTED + " events");
                return all;
            }
        }
    }

    private static void createTopics(EmbeddedKafka kafka, PrintStream out) throws Exception {
        List<NewTopic> topics = new ArrayList<>();
        for (EnumONEXTopic topic : EnumONEXTopic.values()) {
            topics.add(new NewTopic(topic.topicName(), topic.partitions(), (short) 1).configs(Map.of(
                    TopicConfig.RETENTION_MS_CONFIG, Long.toString(topic.retention().toMillis()),
                    TopicConfig.CLEANUP_POLICY_CONFIG, topic.cleanupPolicy().kafkaName())));
        }
        try (Admin admin = kafka.admin()) {
            admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
        }
        out.println("created the catalog's " + topics.size() + " topics:");
        for (EnumONEXTopic topic : EnumONEXTopic.values()) {
            out.printf("  %-46s key %-14s %d partitions, retention %s%n", topic.topicName(), topic.keyField(),
                    topic.partitions(), topic.retention());
        }
    }

    private static void report(PrintStream out, PublishResult result) {
        out.printf("postgres-adapter: published %s key=%s partition=%d offset=%d%n", result.topic(), result.key(),
                result.partition(), result.offset());
    }

    /** Prints where each record came from, then hands it to the generated dispatcher. */
    private record WithRecordInfo(RecordDispatcher delegate, PrintStream out) implements RecordDispatcher {
        @Override
        public List<OnexTopic<?>> topics() {
            return delegate.topics();
        }

        @Override
        public void dispatch(BusRecord record) {
            out.printf("registry-monitor: received %s key=%s partition=%d offset=%d%n", record.topic(), record.key(),
                    record.partition(), record.offset());
            delegate.dispatch(record);
        }
    }

    /** The registry side: prints the typed events. */
    private record PrintingMonitor(PrintStream out, List<String> received, CountDownLatch done)
            implements RegistryMonitorSubscriber {
        @Override
        public void onIntrospection(EventEnvelope<NodeIntrospectionPayload> event) {
            print("introspection", event, "capabilities " + event.payload().capabilities().keySet().stream().sorted().toList()
                    + ", health " + event.payload().endpoints().get("health"));
        }

        @Override
        public void onHeartbeat(EventEnvelope<NodeHeartbeatPayload> event) {
            NodeHeartbeatPayload hb = event.payload();
            print("heartbeat", event, "uptime " + hb.uptimeSeconds() + " s, " + hb.activeOperationsCount()
                    + " active operations, cpu " + hb.cpuUsagePercent() + " %");
        }

        @Override
        public void onShutdown(EventEnvelope<NodeShutdownPayload> event) {
            print("shutdown", event, "reason " + event.payload().reason());
        }

        private synchronized void print(String what, EventEnvelope<?> event, String details) {
            out.printf("    typed %s from %s (%s), correlation %s: %s%n", what, event.source(), event.eventType(),
                    event.correlationId(), details);
            received.add(what);
            done.countDown();
        }
    }
}
