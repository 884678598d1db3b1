package io.onex.bench.publish;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.onex.events.NodeHeartbeatPayload;
import io.onex.events.NodeIntrospectionPayload;
import io.onex.events.OnexTopics;
import io.onex.nodes.BenchEffectPublisher;
import io.onex.rules.TopicMode;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.PublishResult;
import io.onex.sdk.codec.EnvelopeCodec;
import io.onex.sdk.kafka.KafkaEventBus;
import io.onex.sdk.kafka.KafkaEventBusConfig;
import io.onex.testkit.EmbeddedKafka;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Publishing on the embedded broker with {@code acks=all}: the generated publisher of the bench
 * node ({@code BenchEffectPublisher} over {@link KafkaEventBus}: envelope, key derivation,
 * serialization, headers, metrics) against a raw {@code KafkaProducer<byte[], byte[]>} sending
 * pre-serialized bytes of the same events with the same producer settings as the bus (idempotent,
 * {@code acks=all}, {@code linger.ms} 5, lz4), so the difference is the bus's own work. The bus
 * writes canonical names only ({@link TopicMode#ONEX}): dual publishing would double its work.
 *
 * <p>Two phases per event and contender, alternating which contender goes first in each round:
 * <ul>
 *   <li>throughput: events sent as fast as the producer takes them, at most {@value #WINDOW}
 *       unacknowledged at a time (the same window for both; below the bus's back-pressure limit);
 *       events per second from the first send to the last acknowledgement, and the latency of
 *       each event from its send call to its acknowledgement (queueing included);</li>
 *   <li>paced: events at a fixed {@value #PACED_RATE} per second, the latency an event sees on a
 *       busy node that is not saturating the producer.</li>
 * </ul>
 *
 * <p>{@code java ... PublishBenchmark <publish.csv> [quick|full]}
 */
public final class PublishBenchmark {

    static final int WINDOW = 512;
    static final int PACED_RATE = 2_000;
    private static final int NODES = 64;

    private PublishBenchmark() {
    }

    /** One way of publishing event number i; the future completes on acknowledgement. */
    interface Sender {
        CompletableFuture<?> send(int i);
    }

    record Row(String contender, String event, int events, double seconds, double perSecond, double p50Ms, double p99Ms,
            String phase) {
        String csv() {
            return String.format(Locale.ROOT, "%s,%s,%d,%.3f,%.1f,%.3f,%.3f,%s", contender, event, events, seconds, perSecond,
                    p50Ms, p99Ms, phase);
        }
    }

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0]);
        boolean quick = args.length > 1 && "quick".equals(args[1]);
        int events = quick ? 10_000 : 50_000;
        int paced = quick ? 2_000 : 6_000;
        int rounds = quick ? 1 : 3;
        List<Row> rows = new ArrayList<>();
        Files.createDirectories(csv.toAbsolutePath().getParent());
        try (EmbeddedKafka kafka = EmbeddedKafka.startDefault()) {
            kafka.createTopics(3, OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1.topicName(),
                    OnexTopics.NODE_INTROSPECTION_PUBLISHED_V1.topicName());
            Map<String, Object> producerProperties = new HashMap<>(kafka.clientProperties());
            producerProperties.put(ProducerConfig.ACKS_CONFIG, "all");
            producerProperties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            producerProperties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            producerProperties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
            KafkaEventBusConfig config = KafkaEventBusConfig.builder(kafka.clientProperties(), BenchEffectPublisher.DEFAULT_SOURCE)
                    .topicMode(TopicMode.ONEX)
                    .linger(java.time.Duration.ofMillis(5))
                    .compression("lz4")
                    .maxInFlightEvents(WINDOW * 4)
                    .meterRegistry(new SimpleMeterRegistry())
                    .build();
            try (KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(producerProperties, new ByteArraySerializer(),
                    new ByteArraySerializer());
                    KafkaEventBus bus = KafkaEventBus.create(config)) {
                BenchEffectPublisher publisher = new BenchEffectPublisher(bus);
                List<NodeHeartbeatPayload> heartbeats = payloads(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, "heartbeat");
                List<NodeIntrospectionPayload> introspections = payloads(OnexTopics.NODE_INTROSPECTION_PUBLISHED_V1,
                        "introspection");
                Map<String, Sender> heartbeatSenders = senders(raw, OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, heartbeats,
                        i -> publisher.publishHeartbeat(heartbeats.get(i % NODES)));
                Map<String, Sender> introspectionSenders = senders(raw, OnexTopics.NODE_INTROSPECTION_PUBLISHED_V1,
                        introspections, i -> publisher.publishIntrospection(introspections.get(i % NODES)));
                // Warm-up: JIT, producer metadata, broker segments; not recorded.
                for (Map<String, Sender> senders : List.of(heartbeatSenders, introspectionSenders)) {
                    for (Sender s : senders.values()) {
                        throughput(s, quick ? 2_000 : 5_000);
                    }
                }
                for (int round = 0; round < rounds; round++) {
                    for (String event : List.of("heartbeat", "introspection")) {
                        Map<String, Sender> senders = "heartbeat".equals(event) ? heartbeatSenders : introspectionSenders;
                        List<String> order = round % 2 == 0 ? List.of("raw", "publisher") : List.of("publisher", "raw");
                        for (String contender : order) {
                            Row t = row(contender, event, "throughput", throughput(senders.get(contender), events));
                            Row p = row(contender, event, "paced " + PACED_RATE + "/s", paced(senders.get(contender), paced));
                            rows.add(t);
                            rows.add(p);
                            System.out.println(t);
                            System.out.println(p);
                            Files.write(csv, rows.stream().map(Row::csv).toList(), StandardCharsets.UTF_8);
                        }
                    }
                }
            }
        }
        Files.write(csv, rows.stream().map(Row::csv).toList(), StandardCharsets.UTF_8);
    }

    /** The raw producer on pre-serialized bytes, and the generated publisher, for one topic. */
    private static <P> Map<String, Sender> senders(KafkaProducer<byte[], byte[]> raw, OnexTopic<P> topic, List<P> payloads,
            IntFunction<CompletableFuture<PublishResult>> publish) {
        EnvelopeCodec<P> codec = topic.codec();
        byte[][] keys = new byte[NODES][];
        byte[][] values = new byte[NODES][];
        for (int i = 0; i < NODES; i++) {
            EventEnvelope<P> event = EventEnvelope.create(topic.eventType(), BenchEffectPublisher.DEFAULT_SOURCE, payloads.get(i));
            keys[i] = topic.keyOf(event).getBytes(StandardCharsets.UTF_8);
            values[i] = codec.encode(event);
        }
        String name = topic.topicName();
        Sender rawSender = i -> {
            CompletableFuture<Object> done = new CompletableFuture<>();
            raw.send(new ProducerRecord<>(name, keys[i % NODES], values[i % NODES]), (metadata, error) -> {
                if (error != null) {
                    done.completeExceptionally(error);
                } else {
                    done.complete(metadata);
                }
            });
            return done;
        };
        Map<String, Sender> senders = new java.util.LinkedHashMap<>();
        senders.put("raw", rawSender);
        senders.put("publisher", publish::apply);
        return senders;
    }

    /** The fixture payload with NODES different node ids, read through the generated codec. */
    private static <P> List<P> payloads(OnexTopic<P> topic, String fixture) throws IOException {
        String json;
        try (InputStream in = PublishBenchmark.class.getResourceAsStream("/io/onex/bench/codec/" + fixture + ".envelope.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<P> payloads = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            String variant = json.replace("postgres-adapter-001", String.format(Locale.ROOT, "postgres-adapter-%03d", i));
            payloads.add(topic.codec().decode(variant.getBytes(StandardCharsets.UTF_8)).payload());
        }
        return payloads;
    }

    /** Result of one phase: elapsed nanos and per-event latencies in nanos. */
    record Measured(int events, long nanos, long[] latencies) {
    }

    private static Measured throughput(Sender sender, int events) throws InterruptedException {
        Semaphore window = new Semaphore(WINDOW);
        long[] latencies = new long[events];
        CountDownLatch done = new CountDownLatch(events);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long start = System.nanoTime();
        for (int i = 0; i < events; i++) {
            window.acquire();
            int index = i;
            long sent = System.nanoTime();
            sender.send(i).whenComplete((r, e) -> {
                latencies[index] = System.nanoTime() - sent;
                if (e != null) {
                    failure.compareAndSet(null, e);
                }
                window.release();
                done.countDown();
            });
        }
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("events not acknowledged within 120 s");
        }
        long nanos = System.nanoTime() - start;
        if (failure.get() != null) {
            throw new IllegalStateException("publishing failed", failure.get());
        }
        return new Measured(events, nanos, latencies);
    }

    private static Measured paced(Sender sender, int events) throws InterruptedException {
        long[] latencies = new long[events];
        CountDownLatch done = new CountDownLatch(events);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long interval = TimeUnit.SECONDS.toNanos(1) / PACED_RATE;
        long start = System.nanoTime();
        for (int i = 0; i < events; i++) {
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                if (wait > 200_000) {
                    TimeUnit.NANOSECONDS.sleep(wait - 100_000);
                } else {
                    Thread.onSpinWait();
                }
            }
            int index = i;
            long sent = System.nanoTime();
            sender.send(i).whenComplete((r, e) -> {
                latencies[index] = System.nanoTime() - sent;
                if (e != null) {
                    failure.compareAndSet(null, e);
                }
                done.countDown();
            });
        }
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("events not acknowledged within 120 s");
        }
        long nanos = System.nanoTime() - start;
        if (failure.get() != null) {
            throw new IllegalStateException("publishing failed", failure.get());
        }
        return new Measured(events, nanos, latencies);
    }

    private static Row row(String contender, String event, String phase, Measured m) {
        long[] sorted = m.latencies().clone();
        Arrays.sort(sorted);
        double seconds = m.nanos() / 1e9;
        return new Row(contender, event, m.events(), seconds, m.events() / seconds, percentile(sorted, 0.50) / 1e6,
                percentile(sorted, 0.99) / 1e6, phase);
    }

    private static long percentile(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
