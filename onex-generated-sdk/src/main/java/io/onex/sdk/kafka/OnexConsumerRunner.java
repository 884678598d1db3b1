package io.onex.sdk.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Tags;
import io.onex.rules.ConsumerGroups;
import io.onex.rules.Tenant;
import io.onex.rules.TopicMode;
import io.onex.sdk.BusRecord;
import io.onex.sdk.OnexDeserializationException;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.RecordDispatcher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link RecordDispatcher} (generated per node contract) on a Kafka consumer, on its own
 * thread, between {@link #start()} and {@link #close()}.
 *
 * <ul>
 *   <li>Group: {@code [<tenant>.]<service>-onex-v1} (spec sections 9 and 12) unless a group id is given.</li>
 *   <li>Subscription: the dispatcher's topics under the {@link TopicMode} and tenant prefix; the
 *       prefix is stripped before dispatch. DUAL reads both names and dispatches each event once: the copy
 *       that arrives second, from the other name with the same {@code event_id}, is skipped and counted in
 *       {@code dual_copies_skipped} (the ids of the last {@code dualCopyWindow} events, default 100,000, are
 *       remembered; the range assignor, pinned in DUAL mode, gives both copies' partitions to one member).
 *       A redelivery of the same record from the same name is dispatched again.</li>
 *   <li>At least once: offsets are committed only after the handler returned (or the failure was
 *       handled), once per polled batch. A crash or rebalance may deliver a record again; handlers
 *       are idempotent or tolerate that (spec section 2).</li>
 *   <li>Bad input never stops the runner: an undecodable record or a throwing handler is logged
 *       with topic, partition and offset, counted in {@code consume_errors}, copied to the
 *       dead-letter topic if one is configured, and passed to the {@link ConsumerErrorHandler}.
 *       If that chain fails (dead-letter topic unavailable, handler throws) the record is retried
 *       after a back-off instead of being skipped.</li>
 *   <li>A refusal by the cluster stops it: when no ACL lets its principal use its group, read its
 *       topics or write its dead-letter topic, or its credentials are refused, the runner logs a
 *       {@link ConsumeDeniedException} naming the group or topics and the principal at ERROR, stops
 *       (no poll loop: nothing changes until the ACLs do), and reports it through
 *       {@link #failure()}, {@link #awaitAssignment} and {@link ConsumerErrorHandler#runnerStopped}.</li>
 *   <li>Metrics: {@code consumer_lag} per topic (records behind the end of the log, summed over the
 *       assigned partitions), {@code consumed_records} and {@code consume_errors}.</li>
 * </ul>
 *
 * <p>There is deliberately no request/response API (spec section 11): a runner only reacts.
 */
public final class OnexConsumerRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OnexConsumerRunner.class);
    /** The group name suffix of spec section 9. */
    public static final String GROUP_SUFFIX = ConsumerGroups.SUFFIX;

    private static final ThreadLocal<BusRecord> CURRENT = new ThreadLocal<>();

    private final Map<String, Object> consumerProperties;
    private final Map<String, Object> clientProperties;
    private final RecordDispatcher dispatcher;
    private final String groupId;
    private final TopicNames names;
    private final List<String> subscription;
    private final Optional<String> deadLetterTopic;
    private final ConsumerErrorHandler errorHandler;
    private final Duration pollTimeout;
    private final Duration retryBackoff;
    private final MeterRegistry registry;
    private final WireFormat wireFormat;
    private final Tags tags;
    private final Map<String, AtomicLong> lagByTopic = new ConcurrentHashMap<>();
    private final List<Meter> gauges = new CopyOnWriteArrayList<>();
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch assigned = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Optional<String> principal;
    private final DualCopies dualCopies;
    private volatile RuntimeException failure;
    private volatile boolean stopping;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private KafkaProducer<byte[], byte[]> deadLetterProducer;
    private Thread thread;

    private OnexConsumerRunner(Builder b) {
        this.dispatcher = b.dispatcher;
        this.groupId = b.groupId != null ? b.groupId : ConsumerGroups.groupId(b.service, b.tenant);
        this.names = new TopicNames(b.topicMode != null ? b.topicMode : TopicMode.fromEnvironment(), b.tenant);
        this.subscription = names.subscribeNames(dispatcher.topics());
        this.dualCopies = names.mode() == TopicMode.DUAL ? new DualCopies(dispatcher.topics(), b.dualCopyWindow) : null;
        this.deadLetterTopic = b.deadLetterTopic;
        this.errorHandler = b.errorHandler;
        this.pollTimeout = b.pollTimeout;
        this.retryBackoff = b.retryBackoff;
        this.registry = b.registry;
        this.wireFormat = b.wireFormat;
        this.tags = Tags.of("group", groupId);
        this.clientProperties = Map.copyOf(b.clientProperties);
        this.principal = AccessDenial.principal(b.clientProperties);
        Map<String, Object> c = new HashMap<>(b.clientProperties);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, b.autoOffsetReset);
        if (dualCopies != null) {
            // twins' partitions of one number to one member, so both copies of an event meet in one runner
            c.putIfAbsent(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, RangeAssignor.class.getName());
        }
        c.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        c.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        this.consumerProperties = Map.copyOf(c);
    }

    /**
     * The record being dispatched on the calling thread, for handlers that want its key,
     * partition or offset (generated subscriber methods receive only the typed envelope).
     *
     * @return the record, or empty outside a dispatch
     */
    public static Optional<BusRecord> currentRecord() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** {@code <service>-onex-v1} without a tenant ({@link ConsumerGroups}); a name that already ends so is kept. */
    public static String groupIdFor(String service) {
        return ConsumerGroups.groupId(service, Optional.empty());
    }

    /**
     * @param clientProperties Kafka consumer properties, at least {@code bootstrap.servers} (plus SASL etc.)
     * @param dispatcher the generated dispatcher of the node's subscriptions
     * @throws io.onex.sdk.NonCatalogTopicException when one of the dispatcher's topics is not a constant of
     *     {@code io.onex.events.OnexTopics}: the runner subscribes to catalog topics only
     */
    public static Builder builder(Map<String, ?> clientProperties, RecordDispatcher dispatcher) {
        return new Builder(clientProperties, dispatcher);
    }

    public String groupId() {
        return groupId;
    }

    /** The physical topic names subscribed to. */
    public List<String> subscription() {
        return subscription;
    }

    /** Records dispatched without error so far. */
    public long processedCount() {
        return processed.get();
    }

    /** Records that went to the error path so far. */
    public long failureCount() {
        return failures.get();
    }

    /** Starts the consumer thread. */
    public synchronized OnexConsumerRunner start() {
        if (thread != null) {
            throw new IllegalStateException("consumer runner " + groupId + " was already started");
        }
        if (deadLetterTopic.isPresent()) {
            Map<String, Object> p = new HashMap<>(clientProperties);
            p.keySet().removeIf(k -> k.startsWith("group.") || k.startsWith("auto.") || k.startsWith("enable.auto")
                    || k.equals(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG) || k.equals(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG));
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            deadLetterProducer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
        }
        thread = new Thread(this::run, "onex-consumer-" + groupId);
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /**
     * Waits until the group assigned this runner at least one partition and its starting offsets are known: a record
     * published after this returns true is consumed, even with {@code auto.offset.reset=latest}.
     *
     * @return true once assigned, false when the timeout passed first
     * @throws RuntimeException the runner's {@link #failure()} (e.g. a {@link ConsumeDeniedException}) when it stopped
     *     on its own before an assignment
     */
    public boolean awaitAssignment(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (assigned.getCount() == 0) {
                return true;
            }
            RuntimeException stoppedBy = failure;
            if (stoppedBy != null) {
                throw stoppedBy;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            // Looks again every 50 ms whether the runner stopped meanwhile.
            if (assigned.await(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS)) {
                return true;
            }
            if (ended.getCount() == 0 && failure == null) {
                return false;
            }
        }
    }

    public boolean isRunning() {
        Thread t = thread;
        return t != null && t.isAlive();
    }

    /**
     * Why the runner stopped on its own, if it did: a {@link ConsumeDeniedException} when the cluster refused its
     * group, its topics, its dead-letter topic or its credentials, or the unexpected error that ended its thread.
     * Empty while it runs, and when it was stopped by {@link #close()}.
     */
    public Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }

    /** Stops polling, commits what was processed, leaves the group and waits for the thread (30 s at most). */
    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

    public synchronized void close(Duration timeout) {
        stopping = true;
        stopped.countDown();
        KafkaConsumer<byte[], byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(timeout.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                LOG.warn("consumer runner {} did not stop within {}", groupId, timeout);
            }
        }
        if (deadLetterProducer != null) {
            deadLetterProducer.close(timeout);
        }
        try {
            wireFormat.close();
        } catch (RuntimeException e) {
            LOG.warn("consumer runner {}: closing the wire format failed", groupId, e);
        }
        gauges.forEach(registry::remove);
    }

    private void run() {
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(consumerProperties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer = c;
            if (stopping) {
                return;
            }
            c.subscribe(subscription, new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    // offsets are committed after every batch, so nothing processed is pending here
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    if (!partitions.isEmpty()) {
                        // Resolves the starting offsets now (committed, or by auto.offset.reset), so a record
                        // published once awaitAssignment returned is consumed even with "latest".
                        partitions.forEach(c::position);
                        assigned.countDown();
                    }
                }
            });
            LOG.debug("consumer runner {} subscribed to {}", groupId, subscription);
            while (!stopping) {
                pollOnce(c);
            }
        } catch (ConsumeDeniedException e) {
            stoppedBy(e);
            LOG.error(e.getMessage());
            LOG.debug("consumer runner {} denied", groupId, e);
        } catch (RuntimeException e) {
            stoppedBy(e);
            LOG.error("consumer runner {} stopped by an unexpected error", groupId, e);
        } finally {
            consumer = null;
            ended.countDown();
        }
        RuntimeException stoppedBy = failure;
        if (stoppedBy != null) {
            try {
                errorHandler.runnerStopped(stoppedBy);
            } catch (RuntimeException e) {
                LOG.warn("consumer runner {}: the error handler failed on the runner's stop", groupId, e);
            }
        }
    }

    private void stoppedBy(RuntimeException e) {
        failure = e;
        stopping = true;
    }

    private void pollOnce(KafkaConsumer<byte[], byte[]> c) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        boolean backOff = false;
        try {
            ConsumerRecords<byte[], byte[]> records;
            try {
                records = c.poll(pollTimeout);
            } catch (RecordDeserializationException e) {
                // cannot happen with byte-array deserializers, but a corrupt record must not stop us
                TopicPartition tp = e.topicPartition();
                failure(new ConsumeFailure(tp.topic(), tp.partition(), e.offset(), null, null, Map.of(),
                        ConsumeFailure.Kind.DESERIALIZATION, String.valueOf(e.getMessage()), e), null, false);
                c.seek(tp, e.offset() + 1);
                return;
            }
            for (TopicPartition tp : records.partitions()) {
                for (ConsumerRecord<byte[], byte[]> r : records.records(tp)) {
                    if (stopping) {
                        break;
                    }
                    if (!process(r)) {
                        c.seek(tp, r.offset());
                        backOff = true;
                        break;
                    }
                    done.put(tp, new OffsetAndMetadata(r.offset() + 1));
                }
            }
            commit(c, done);
            done.clear();
            updateLag(c);
        } catch (WakeupException e) {
            if (!done.isEmpty()) {
                commit(c, done);
            }
            return;
        } catch (InterruptException e) {
            stopping = true;
            return;
        } catch (AuthorizationException | AuthenticationException e) {
            throw ConsumeDeniedException.polling(groupId, principal, e);
        } catch (ConsumeDeniedException e) {
            try {
                commit(c, done); // what was handled before the refused record stays handled
            } catch (RuntimeException commitFailure) {
                e.addSuppressed(commitFailure);
            }
            throw e;
        } catch (KafkaException e) {
            LOG.warn("consumer runner {}: poll failed, retrying after {}", groupId, retryBackoff, e);
            backOff = true;
        }
        if (backOff) {
            try {
                stopped.await(retryBackoff.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            }
        }
    }

    private void commit(KafkaConsumer<byte[], byte[]> c, Map<TopicPartition, OffsetAndMetadata> offsets) {
        if (offsets.isEmpty()) {
            return;
        }
        try {
            c.commitSync(offsets);
        } catch (CommitFailedException e) {
            LOG.warn("consumer runner {}: commit failed after a rebalance; {} partitions will be redelivered",
                    groupId, offsets.size());
        }
    }

    /** @return false when the record must be retried */
    private boolean process(ConsumerRecord<byte[], byte[]> r) {
        Map<String, String> headers = headers(r.headers());
        String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
        Optional<String> logical = names.stripPrefix(r.topic());
        try {
            String topic = logical.orElseThrow(() -> new IllegalStateException(
                    "topic " + r.topic() + " lacks the tenant prefix " + names.prefix()));
            byte[] value = r.value() == null ? null : wireFormat.fromWire(topic, r.headers(), r.value());
            Optional<String> copyOf = dualCopies == null ? Optional.empty() : dualCopies.idOf(topic, value);
            if (copyOf.isPresent() && dualCopies.isSecondCopy(topic, copyOf.get())) {
                Counter.builder("dual_copies_skipped").description("Second copies of dual-published events, not"
                        + " dispatched").tags(tags).tag("topic", topic).register(registry).increment();
                return true;
            }
            BusRecord record = new BusRecord(topic, r.partition(), r.offset(), key, value, headers);
            CURRENT.set(record);
            try {
                dispatcher.dispatch(record);
            } finally {
                CURRENT.remove();
            }
            copyOf.ifPresent(id -> dualCopies.dispatched(topic, id));
            processed.incrementAndGet();
            Counter.builder("consumed_records").tags(tags).tag("topic", logical.get()).register(registry).increment();
            return true;
        } catch (WireFormatUnavailableException e) {
            LOG.warn("consumer runner {}: {}-{}@{} cannot be read now ({}); retrying after {}", groupId, r.topic(),
                    r.partition(), r.offset(), e.getMessage(), retryBackoff);
            return false;
        } catch (OnexDeserializationException e) {
            String reason = (e.pointer().isEmpty() ? "/" : e.pointer()) + ": " + e.reason();
            return failure(new ConsumeFailure(r.topic(), r.partition(), r.offset(), key, r.value(), headers,
                    ConsumeFailure.Kind.DESERIALIZATION, reason, e), r.headers(), true);
        } catch (RuntimeException e) {
            return failure(new ConsumeFailure(r.topic(), r.partition(), r.offset(), key, r.value(), headers,
                    ConsumeFailure.Kind.HANDLER, e.getClass().getSimpleName() + ": " + e.getMessage(), e), r.headers(), true);
        }
    }

    /** @param rawHeaders the record's headers as they came, copied byte for byte to the dead-letter topic; null if unknown */
    private boolean failure(ConsumeFailure f, Headers rawHeaders, boolean retryable) {
        failures.incrementAndGet();
        LOG.warn("consumer runner {}: {} failed ({}): {}", groupId, f.position(), f.kind(), f.reason());
        Counter.builder("consume_errors").description("Records that could not be processed").tags(tags)
                .tag("topic", f.topic()).tag("kind", f.kind().name()).register(registry).increment();
        try {
            if (deadLetterProducer != null) {
                try {
                    sendToDeadLetterTopic(f, rawHeaders);
                } catch (Exception e) {
                    Optional<RuntimeException> denial = AccessDenial.of(e);
                    if (denial.isPresent()) {
                        // retrying the record would only be refused again
                        throw ConsumeDeniedException.deadLetter(groupId, deadLetterTopic.get(), principal, denial.get());
                    }
                    throw e;
                }
            }
            errorHandler.handle(f);
            return true;
        } catch (ConsumeDeniedException e) {
            throw e;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (!retryable) {
                LOG.error("consumer runner {}: error handling for {} failed; the record is skipped", groupId, f.position(), e);
                return true;
            }
            LOG.warn("consumer runner {}: error handling for {} failed ({}); retrying the record after {}", groupId,
                    f.position(), e.toString(), retryBackoff);
            LOG.debug("error handling failure", e);
            return false;
        }
    }

    private void sendToDeadLetterTopic(ConsumeFailure f, Headers rawHeaders) throws Exception {
        RecordHeaders headers = new RecordHeaders();
        if (rawHeaders != null) {
            // binary headers (e.g. the registry's schema id) survive only as bytes, not as UTF-8 text
            rawHeaders.forEach(h -> headers.add(h.key(), h.value()));
        } else {
            f.headers().forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        }
        headers.add(DeadLetterHeaders.ORIGINAL_TOPIC, utf8(f.topic()));
        headers.add(DeadLetterHeaders.ORIGINAL_PARTITION, utf8(Integer.toString(f.partition())));
        headers.add(DeadLetterHeaders.ORIGINAL_OFFSET, utf8(Long.toString(f.offset())));
        headers.add(DeadLetterHeaders.ERROR_KIND, utf8(f.kind().name()));
        headers.add(DeadLetterHeaders.REASON, utf8(f.reason()));
        headers.add(DeadLetterHeaders.EXCEPTION, utf8(f.error().getClass().getName()));
        headers.add(DeadLetterHeaders.GROUP, utf8(groupId));
        byte[] key = f.key() == null ? null : utf8(f.key());
        deadLetterProducer.send(new ProducerRecord<>(deadLetterTopic.get(), null, key, f.value(), headers))
                .get(30, TimeUnit.SECONDS);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> headers(Iterable<Header> headers) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Header h : headers) {
            map.put(h.key(), h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8));
        }
        return map;
    }

    private void updateLag(KafkaConsumer<byte[], byte[]> c) {
        Map<String, Long> sums = new HashMap<>();
        Set<TopicPartition> assignment = c.assignment();
        for (TopicPartition tp : assignment) {
            String topic = names.stripPrefix(tp.topic()).orElse(tp.topic());
            long lag = c.currentLag(tp).orElse(0L);
            sums.merge(topic, lag, Long::sum);
        }
        lagByTopic.forEach((topic, value) -> {
            if (!sums.containsKey(topic)) {
                value.set(0);
            }
        });
        sums.forEach((topic, lag) -> lagByTopic.computeIfAbsent(topic, t -> {
            AtomicLong holder = new AtomicLong();
            gauges.add(Gauge.builder("consumer_lag", holder, AtomicLong::get)
                    .description("Records behind the end of the log, summed over assigned partitions")
                    .baseUnit("records").tags(tags).tag("topic", t).register(registry));
            return holder;
        }).set(lag));
    }

    /** The lag last measured for a catalog topic name; empty before the first poll with an assignment. */
    public OptionalLong lag(String topic) {
        AtomicLong v = lagByTopic.get(topic);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v.get());
    }

    /** Options of an {@link OnexConsumerRunner}. */
    public static final class Builder {
        private final Map<String, Object> clientProperties = new LinkedHashMap<>();
        private final RecordDispatcher dispatcher;
        private String service;
        private String groupId;
        private TopicMode topicMode;
        private int dualCopyWindow = 100_000;
        private Optional<Tenant> tenant = Optional.empty();
        private Optional<String> deadLetterTopic = Optional.empty();
        private ConsumerErrorHandler errorHandler = ConsumerErrorHandler.none();
        private Duration pollTimeout = Duration.ofMillis(200);
        private Duration retryBackoff = Duration.ofSeconds(1);
        private String autoOffsetReset = "earliest";
        private MeterRegistry registry = Metrics.globalRegistry;
        private WireFormat wireFormat = WireFormat.plainJson();

        private Builder(Map<String, ?> clientProperties, RecordDispatcher dispatcher) {
            this.clientProperties.putAll(ClientSettings.clientProperties(clientProperties));
            this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
            dispatcher.topics().forEach(OnexTopic::requireCatalogTopic);
        }

        /** The consuming service; the group becomes {@code [<tenant>.]<service>-onex-v1} ({@link ConsumerGroups}). */
        public Builder service(String service) {
            this.service = service;
            return this;
        }

        /** An explicit group id instead of {@code <service>-onex-v1}. */
        public Builder groupId(String groupId) {
            this.groupId = groupId;
            return this;
        }

        /** Default {@link TopicMode#fromEnvironment()}. */
        public Builder topicMode(TopicMode mode) {
            this.topicMode = mode;
            return this;
        }

        /** In DUAL mode, how many recent event ids are remembered to skip second copies; default 100,000. */
        public Builder dualCopyWindow(int events) {
            if (events < 1) {
                throw new IllegalArgumentException("dualCopyWindow must be at least 1: " + events);
            }
            this.dualCopyWindow = events;
            return this;
        }

        /**
         * The tenant whose topics are read and whose prefix the service's group carries; none by default (null or
         * blank). An explicit {@link #groupId} is used as given.
         *
         * @throws IllegalArgumentException when the id breaks the tenant syntax ({@link Tenant})
         */
        public Builder tenant(String tenant) {
            this.tenant = ClientSettings.tenant(tenant);
            return this;
        }

        /** Copies every record that cannot be processed to this topic (full name, no tenant prefix added). */
        public Builder deadLetterTopic(String topic) {
            this.deadLetterTopic = Optional.ofNullable(topic);
            return this;
        }

        public Builder errorHandler(ConsumerErrorHandler handler) {
            this.errorHandler = Objects.requireNonNull(handler);
            return this;
        }

        /** Default 200 ms. */
        public Builder pollTimeout(Duration timeout) {
            this.pollTimeout = timeout;
            return this;
        }

        /** Wait before retrying a record whose error handling failed; default 1 s. */
        public Builder retryBackoff(Duration backoff) {
            this.retryBackoff = backoff;
            return this;
        }

        /** Where a new group starts: {@code earliest} (default) or {@code latest}. */
        public Builder autoOffsetReset(String reset) {
            this.autoOffsetReset = reset;
            return this;
        }

        /** Default {@link Metrics#globalRegistry}. */
        public Builder meterRegistry(MeterRegistry registry) {
            this.registry = registry;
            return this;
        }

        /**
         * How record values carry envelopes; default {@link WireFormat#plainJson()}. Use the same
         * format as the publishers ({@code io.onex.sdk.registry.ApicurioWireFormat} reads plain JSON
         * records too). The runner closes it.
         */
        public Builder wireFormat(WireFormat format) {
            this.wireFormat = Objects.requireNonNull(format, "wireFormat");
            return this;
        }

        public OnexConsumerRunner build() {
            if (service == null && groupId == null) {
                throw new IllegalStateException("set service(...) (group <service>-onex-v1) or groupId(...)");
            }
            return new OnexConsumerRunner(this);
        }
    }
}
