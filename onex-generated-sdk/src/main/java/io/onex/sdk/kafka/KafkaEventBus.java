package io.onex.sdk.kafka;

import io.onex.rules.TopicMode;
import io.onex.sdk.EventBus;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.NonCatalogTopicException;
import io.onex.sdk.OnexDeserializationException;
import io.onex.sdk.OnexHeaders;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.PublishResult;
import io.onex.sdk.redact.Redactor;
import io.onex.sdk.resilience.CircuitBreaker;
import io.onex.sdk.resilience.CircuitBreakerListener;
import io.onex.sdk.resilience.CircuitState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link EventBus} on Kafka. Generated publishers call {@link #publish}; the topic name, the
 * key and the wire format come from the {@link OnexTopic}, never from the caller.
 *
 * <ul>
 *   <li>Delivery: idempotent producer, {@code acks=all}, batching ({@code linger.ms} 5, lz4). A
 *       returned future completes when Kafka acknowledged the event (in DUAL mode: both names),
 *       or fails with {@link PublishFailedException}. Futures complete on the bus's callback
 *       thread, never on Kafka's network thread.</li>
 *   <li>Headers: {@code event_type}, {@code correlation_id}, {@code schema_version}
 *       ({@link OnexHeaders}); the record timestamp is the envelope's.</li>
 *   <li>Names: {@link TopicMode} and tenant prefix via {@link TopicNames}.</li>
 *   <li>Back-pressure: at most {@code maxInFlightEvents} unacknowledged events; beyond that the
 *       future fails at once with {@link BackPressureException}.</li>
 *   <li>Circuit breaker: {@code failureThreshold} failed events in a row open it; while open,
 *       publishes fail at once with {@link CircuitBreakerOpenException}; after
 *       {@code resetTimeout} one trial event decides. The breaker's own state topic bypasses it.
 *       A write the cluster denies (no ACL, refused credentials) fails with
 *       {@link PublishDeniedException} and does not count: it is no broker outage.</li>
 *   <li>Redaction (spec section 6.6): the topic's codec redacts the payload fields marked {@code x-onex-redact}
 *       (the message and context of {@code onex.infra.error.detected.v1}, the error messages of
 *       {@code registration_failed} and {@code workflow.failed}); {@code internalEnvironment} only decides
 *       whether hostnames and IPs stay.</li>
 *   <li>Close: {@link #close(Duration)} flushes within the timeout and returns a {@link CloseReport}
 *       of every accepted event that was not acknowledged.</li>
 * </ul>
 *
 * <p>Rejections and failures are always delivered through the returned future (the contract of
 * {@link EventBus#publish}); they are also counted in the metrics (see {@link BusMetrics}).
 *
 * <p>{@code publish} does not wait for the broker, with one exception inherited from Kafka's
 * producer: while it has no metadata for the topic (first use, or after losing the broker) it
 * waits up to {@code maxBlock} (5 s by default) for it, and then fails the event.
 */
public final class KafkaEventBus implements EventBus {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaEventBus.class);
    private static final long WARNING_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final KafkaEventBusConfig config;
    private final Redactor redactor;
    private final Producer<String, byte[]> producer;
    private final TopicNames names;
    private final Semaphore slots;
    private final CircuitBreaker breaker;
    private final BusMetrics metrics;
    private final ExecutorService callbacks;
    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, Long> lastSizeWarning = new ConcurrentHashMap<>();
    private final Map<String, Long> lastDenialWarning = new ConcurrentHashMap<>();
    private final Optional<String> principal;
    /** Publishes between their closed check and their send; close waits for them to finish. */
    private final AtomicInteger publishing = new AtomicInteger();
    private final List<UnsentEvent> unsentAtClose = new ArrayList<>();
    private volatile boolean closed;
    private CloseReport closeReport;

    /** Creates the bus and its Kafka producer. */
    public static KafkaEventBus create(KafkaEventBusConfig config) {
        return new KafkaEventBus(config, new KafkaProducer<>(producerProperties(config), new StringSerializer(),
                new ByteArraySerializer()));
    }

    /** With a given producer (a {@code MockProducer} in unit tests); the bus closes it. */
    KafkaEventBus(KafkaEventBusConfig config, Producer<String, byte[]> producer) {
        this.config = Objects.requireNonNull(config);
        this.redactor = Redactor.forEnvironment(config.internalEnvironment());
        this.producer = Objects.requireNonNull(producer);
        this.names = new TopicNames(config.topicMode(), config.tenant());
        this.principal = AccessDenial.principal(config.clientProperties());
        this.slots = new Semaphore(config.maxInFlightEvents());
        this.breaker = new CircuitBreaker(config.source(), config.failureThreshold(), config.resetTimeout(), config.clock());
        this.callbacks = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "onex-bus-callbacks-" + config.source());
            t.setDaemon(true);
            return t;
        });
        this.metrics = new BusMetrics(config.meterRegistry(), config.source(), this::queueDepth,
                () -> breaker.state() == CircuitState.CLOSED ? 0 : 1);
        breaker.addListener(t -> LOG.warn("circuit breaker {}: {} -> {} after {} consecutive failed publishes "
                + "(reset timeout {} s)", t.serviceName(), t.previousState(), t.newState(), t.failureCount(),
                t.resetTimeout().toSeconds()));
        LOG.debug("event bus created: {}", config);
    }

    static Map<String, Object> producerProperties(KafkaEventBusConfig config) {
        Map<String, Object> p = new HashMap<>(config.clientProperties());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, (int) config.linger().toMillis());
        p.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, config.compression());
        p.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, config.maxBlock().toMillis());
        int delivery = (int) config.deliveryTimeout().toMillis();
        p.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, delivery);
        // Kafka requires delivery.timeout.ms >= linger.ms + request.timeout.ms.
        p.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                Math.max(1, Math.min(30_000, delivery - (int) config.linger().toMillis() - 1)));
        return p;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Refused before anything is sent (the future fails, {@code publish_rejected{reason="invalid"}}): a topic that
     * is not a constant of {@code io.onex.events.OnexTopics} ({@link io.onex.sdk.NonCatalogTopicException}), a missing
     * or blank key, an envelope that breaks its schema ({@link io.onex.sdk.OnexValidationException}).
     */
    @Override
    public <P> CompletableFuture<PublishResult> publish(OnexTopic<P> topic, EventEnvelope<P> event) {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(event, "event");
        try {
            OnexTopic.requireCatalogTopic(topic);
        } catch (NonCatalogTopicException e) {
            metrics.rejected(String.valueOf(e.topic()), "invalid");
            return CompletableFuture.failedFuture(e);
        }
        String canonical = topic.topicName();
        String key;
        byte[] value;
        try {
            topic.codec().requireWritable(event);
            key = topic.requireKey(event);
            value = topic.codec().encode(event, redactor);
        } catch (RuntimeException e) {
            metrics.rejected(canonical, "invalid");
            return CompletableFuture.failedFuture(e);
        }
        checkSize(canonical, value.length);
        RecordHeaders wireHeaders = new RecordHeaders();
        try {
            value = config.wireFormat().toWire(topic, wireHeaders, value);
        } catch (WireFormatUnavailableException e) {
            metrics.rejected(canonical, "registry_unavailable");
            return CompletableFuture.failedFuture(e);
        } catch (RuntimeException e) {
            metrics.rejected(canonical, "invalid");
            return CompletableFuture.failedFuture(e);
        }

        publishing.incrementAndGet();
        try {
            if (closed) {
                metrics.rejected(canonical, "closed");
                return CompletableFuture.failedFuture(new BusClosedException(canonical));
            }
            if (!slots.tryAcquire()) {
                metrics.rejected(canonical, "back_pressure");
                return CompletableFuture.failedFuture(new BackPressureException(canonical, config.maxInFlightEvents()));
            }
            CircuitBreaker.Permit permit = null;
            if (!config.breakerExemptTopics().contains(canonical)) {
                Optional<CircuitBreaker.Permit> granted = breaker.tryAcquire();
                if (granted.isEmpty()) {
                    slots.release();
                    metrics.rejected(canonical, "circuit_open");
                    return CompletableFuture.failedFuture(
                            new CircuitBreakerOpenException(canonical, breaker.state(), breaker.name()));
                }
                permit = granted.get();
            }
            List<String> targets = names.publishNames(topic);
            Pending p = new Pending(ids.incrementAndGet(), canonical, event.eventId(), key, targets.size(), permit);
            pending.put(p.id, p);
            RecordHeaders headers = new RecordHeaders(List.of(
                    header(OnexHeaders.EVENT_TYPE, event.eventType()),
                    header(OnexHeaders.CORRELATION_ID, event.correlationId().toString()),
                    header(OnexHeaders.SCHEMA_VERSION, Integer.toString(topic.schemaVersion()))));
            wireHeaders.forEach(headers::add);
            long timestamp = event.timestamp().toEpochMilli();
            for (int i = 0; i < targets.size(); i++) {
                String name = targets.get(i);
                boolean primary = i == 0;
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(name, null, timestamp, key, value,
                        new RecordHeaders(headers.toArray()));
                try {
                    producer.send(record, (metadata, error) -> p.written(name, primary, metadata, error));
                } catch (RuntimeException e) {
                    p.written(name, primary, null, e);
                }
            }
            return p.future;
        } finally {
            publishing.decrementAndGet();
        }
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private void checkSize(String topic, int bytes) {
        boolean exceeded = bytes > config.payloadWarnBytes();
        metrics.payloadSize(topic, bytes, exceeded);
        if (exceeded) {
            long now = System.nanoTime();
            Long last = lastSizeWarning.get(topic);
            if (last == null || now - last > WARNING_INTERVAL_NANOS) {
                lastSizeWarning.put(topic, now);
                LOG.warn("{} envelope of {} bytes exceeds the {} byte warning size (spec section 14: payload bloat); "
                        + "further warnings for this topic within a minute are counted in payload_size_exceeded only",
                        topic, bytes, config.payloadWarnBytes());
            }
        }
    }

    /** A denial is a deployment error worth a WARN, but not one per event: at most one a minute per topic. */
    private void warnDenied(String topic, PublishDeniedException e) {
        long now = System.nanoTime();
        Long last = lastDenialWarning.get(topic);
        if (last == null || now - last > WARNING_INTERVAL_NANOS) {
            lastDenialWarning.put(topic, now);
            LOG.warn("{} (further denials on {} within a minute are only counted in publish_failure)", e.getMessage(), topic);
        }
    }

    /** Events accepted and not yet acknowledged or failed ({@code event_queue_depth}). */
    public int queueDepth() {
        return pending.size();
    }

    /** The breaker around publishing (read its state; register listeners with {@link #addCircuitBreakerListener}). */
    public CircuitBreaker circuitBreaker() {
        return breaker;
    }

    /**
     * Tells the listener about every breaker transition, in order, on the bus's callback thread
     * (so it may publish, e.g. {@code onex.infra.circuit_breaker.state_changed.v1}).
     */
    public void addCircuitBreakerListener(CircuitBreakerListener listener) {
        Objects.requireNonNull(listener);
        breaker.addListener(t -> runOnCallbackThread(() -> {
            try {
                listener.onTransition(t);
            } catch (RuntimeException e) {
                LOG.warn("circuit breaker listener failed on {} -> {}", t.previousState(), t.newState(), e);
            }
        }));
    }

    public TopicNames topicNames() {
        return names;
    }

    public KafkaEventBusConfig config() {
        return config;
    }

    /** Closes with the configured timeout; a report that is not clean is logged at WARN. */
    @Override
    public void close() {
        close(config.closeTimeout());
    }

    /**
     * Stops accepting events, waits up to {@code timeout} for every pending event to be
     * acknowledged, and reports those that were not. Later calls return the same report.
     */
    public synchronized CloseReport close(Duration timeout) {
        if (closeReport != null) {
            return closeReport;
        }
        closed = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            // Waits for acknowledgements up to the timeout, then aborts what is left; a publish
            // blocked on metadata is released with an exception. Either way every callback runs.
            producer.close(timeout);
        } catch (RuntimeException e) {
            LOG.warn("closing the Kafka producer of {} failed", config.source(), e);
        }
        long drainDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (publishing.get() > 0 && System.nanoTime() < drainDeadline) {
            Thread.onSpinWait();
        }
        for (Pending p : new ArrayList<>(pending.values())) {
            p.written(null, false, null, new IllegalStateException("no acknowledgement before the bus closed"));
        }
        callbacks.shutdown();
        try {
            callbacks.awaitTermination(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        metrics.close();
        try {
            config.wireFormat().close();
        } catch (RuntimeException e) {
            LOG.warn("closing the wire format of {} failed", config.source(), e);
        }
        synchronized (unsentAtClose) {
            closeReport = new CloseReport(unsentAtClose, unsentAtClose.isEmpty());
            if (!closeReport.isClean()) {
                LOG.warn("event bus {} closed with {} unacknowledged events: {}", config.source(),
                        closeReport.unsent().size(), summarize(closeReport.unsent()));
            }
            return closeReport;
        }
    }

    private static String summarize(List<UnsentEvent> unsent) {
        StringBuilder b = new StringBuilder();
        int shown = Math.min(20, unsent.size());
        for (int i = 0; i < shown; i++) {
            UnsentEvent u = unsent.get(i);
            b.append(i == 0 ? "" : ", ").append(u.topic()).append('/').append(u.eventId()).append(" (").append(u.reason()).append(')');
        }
        if (unsent.size() > shown) {
            b.append(", and ").append(unsent.size() - shown).append(" more");
        }
        return b.toString();
    }

    private void runOnCallbackThread(Runnable task) {
        try {
            callbacks.execute(task);
        } catch (RejectedExecutionException e) {
            task.run();
        }
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** One accepted event: one or two Kafka records (DUAL), one future, one buffer slot. */
    private final class Pending {
        final long id;
        final String topic;
        final UUID eventId;
        final String key;
        final CircuitBreaker.Permit permit;
        final long startNanos = System.nanoTime();
        final CompletableFuture<PublishResult> future = new CompletableFuture<>();
        private int remaining;
        private RecordMetadata primary;
        private String failedName;
        private Throwable failure;
        private boolean finished;

        Pending(long id, String topic, UUID eventId, String key, int records, CircuitBreaker.Permit permit) {
            this.id = id;
            this.topic = topic;
            this.eventId = eventId;
            this.key = key;
            this.remaining = records;
            this.permit = permit;
        }

        void written(String name, boolean isPrimary, RecordMetadata metadata, Throwable error) {
            synchronized (this) {
                if (finished) {
                    return;
                }
                if (error != null) {
                    if (failure == null) {
                        failure = error;
                        failedName = name;
                    }
                } else if (isPrimary) {
                    primary = metadata;
                }
                if (name != null && --remaining > 0) {
                    return;
                }
                finished = true;
            }
            finish();
        }

        private void finish() {
            pending.remove(id);
            slots.release();
            long elapsed = System.nanoTime() - startNanos;
            if (failure == null) {
                metrics.acknowledged(topic, elapsed);
                if (permit != null) {
                    permit.success();
                }
                PublishResult result = new PublishResult(primary.topic(), primary.partition(), primary.offset(), key);
                runOnCallbackThread(() -> future.complete(result));
            } else {
                metrics.failed(topic, elapsed);
                String written = failedName != null ? failedName : topic;
                Optional<RuntimeException> denial = AccessDenial.of(failure);
                PublishFailedException e;
                if (denial.isPresent()) {
                    // Not a broker outage: retrying or failing fast changes nothing until the ACLs do.
                    if (permit != null) {
                        permit.release();
                    }
                    PublishDeniedException denied = new PublishDeniedException(written, eventId, principal, denial.get());
                    warnDenied(written, denied);
                    e = denied;
                } else {
                    if (permit != null) {
                        permit.failure();
                    }
                    e = new PublishFailedException(written, eventId, failure);
                }
                if (closed) {
                    synchronized (unsentAtClose) {
                        unsentAtClose.add(new UnsentEvent(topic, eventId, key, describe(failure)));
                    }
                }
                LOG.debug("event {} on {} not acknowledged", eventId, topic, failure);
                runOnCallbackThread(() -> future.completeExceptionally(e));
            }
        }
    }
}
