package io.onex.sdk.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.onex.rules.Tenant;
import io.onex.rules.TopicMode;
import io.onex.sdk.redact.Redactor;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Settings of a {@link KafkaEventBus}. Build with {@link #builder(String, String)}.
 *
 * @param clientProperties Kafka producer properties: {@code bootstrap.servers} plus anything else
 *     (SASL, TLS, client id); the bus fixes {@code acks=all}, idempotence and the serializers
 * @param source the node or service publishing, e.g. {@code node/postgres-adapter}: the name of
 *     the circuit breaker and a tag on every metric
 * @param topicMode LEGACY, DUAL or ONEX names
 * @param tenant the tenant whose prefix every topic name carries, if any
 * @param maxInFlightEvents bound of the local buffer of unacknowledged events
 * @param deliveryTimeout how long Kafka may try to deliver one event before it fails
 * @param maxBlock how long {@code publish} may wait for topic metadata
 * @param linger batching delay
 * @param compression Kafka {@code compression.type}
 * @param failureThreshold consecutive failed events that open the circuit breaker
 * @param resetTimeout time the breaker stays open before a trial event
 * @param clock time source of the circuit breaker
 * @param breakerExemptTopics canonical topics that bypass the breaker (its own state events)
 * @param meterRegistry where metrics go
 * @param internalEnvironment whether the environment is internal: redaction (spec section 6.6, applied by every
 *     payload codec to the fields marked {@code x-onex-redact}) then keeps hostnames and IPs; secrets always go
 * @param payloadWarnBytes payload size above which a warning is logged (spec section 14)
 * @param closeTimeout flush timeout of {@link KafkaEventBus#close()}
 * @param wireFormat how envelopes go on the wire: {@link WireFormat#plainJson()} (default) or the
 *     schema registry's format ({@code io.onex.sdk.registry.ApicurioWireFormat}); the bus closes it
 */
public record KafkaEventBusConfig(Map<String, Object> clientProperties, String source, TopicMode topicMode,
        Optional<Tenant> tenant, int maxInFlightEvents, Duration deliveryTimeout, Duration maxBlock, Duration linger,
        String compression, int failureThreshold, Duration resetTimeout, Clock clock, Set<String> breakerExemptTopics,
        MeterRegistry meterRegistry, boolean internalEnvironment, int payloadWarnBytes,
        Duration closeTimeout, WireFormat wireFormat) {

    /** The infrastructure error topic, whose payloads must redact secrets (spec section 6.6). */
    public static final String ERROR_TOPIC = "onex.infra.error.detected.v1";
    /** The topic of the breaker's own state events, exempt from the breaker by default. */
    public static final String CIRCUIT_BREAKER_TOPIC = "onex.infra.circuit_breaker.state_changed.v1";

    public KafkaEventBusConfig {
        clientProperties = Map.copyOf(clientProperties);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(topicMode, "topicMode");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(meterRegistry, "meterRegistry");
        Objects.requireNonNull(wireFormat, "wireFormat");
        breakerExemptTopics = Set.copyOf(breakerExemptTopics);
        if (source.isBlank()) {
            throw new IllegalArgumentException("source must name the publishing node, e.g. node/postgres-adapter");
        }
        clientProperties = Map.copyOf(ClientSettings.clientProperties(clientProperties));
        if (maxInFlightEvents < 1) {
            throw new IllegalArgumentException("maxInFlightEvents must be at least 1, was " + maxInFlightEvents);
        }
        checkFixed(clientProperties, ProducerConfig.ACKS_CONFIG, Set.of("all", "-1"),
                "the bus always uses acks=all so that an acknowledged event is on every in-sync replica");
        checkFixed(clientProperties, ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, Set.of("true"),
                "the bus always uses the idempotent producer so that retries never duplicate an event");
        for (String owned : Set.of(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG)) {
            if (clientProperties.containsKey(owned)) {
                throw new IllegalArgumentException(owned + " must not be set: the bus serializes keys and envelopes itself");
            }
        }
    }

    private static void checkFixed(Map<String, Object> props, String key, Set<String> allowed, String why) {
        Object value = props.get(key);
        if (value != null && !allowed.contains(String.valueOf(value).toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(key + "=" + value + " is not supported: " + why);
        }
    }

    /** A builder with the defaults described on each setter. */
    public static Builder builder(String bootstrapServers, String source) {
        return new Builder().clientProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers).source(source);
    }

    /** A builder from complete client properties (which must hold {@code bootstrap.servers}). */
    public static Builder builder(Map<String, ?> clientProperties, String source) {
        Builder b = new Builder().source(source);
        clientProperties.forEach(b::clientProperty);
        return b;
    }

    /** Never prints secret values (SASL JAAS config, passwords, tokens). */
    @Override
    public String toString() {
        Map<String, Object> shown = new TreeMap<>();
        Redactor redactor = Redactor.strict();
        clientProperties.forEach((k, v) -> shown.put(k, redactor.isSecretKey(k) ? Redactor.REDACTED : v));
        return "KafkaEventBusConfig[source=" + source + ", topicMode=" + topicMode + ", tenant=" + tenant.map(Tenant::id).orElse("-")
                + ", maxInFlightEvents=" + maxInFlightEvents + ", failureThreshold=" + failureThreshold
                + ", resetTimeout=" + resetTimeout + ", internalEnvironment=" + internalEnvironment + ", wireFormat="
                + wireFormat + ", clientProperties=" + shown + "]";
    }

    /** Builder of {@link KafkaEventBusConfig}. */
    public static final class Builder {
        private final Map<String, Object> clientProperties = new LinkedHashMap<>();
        private String source;
        private TopicMode topicMode;
        private Optional<Tenant> tenant = Optional.empty();
        private int maxInFlightEvents = 1000;
        private Duration deliveryTimeout = Duration.ofSeconds(30);
        private Duration maxBlock = Duration.ofSeconds(5);
        private Duration linger = Duration.ofMillis(5);
        private String compression = "lz4";
        private int failureThreshold = 5;
        private Duration resetTimeout = Duration.ofSeconds(60);
        private Clock clock = Clock.systemUTC();
        private Set<String> breakerExemptTopics = Set.of(CIRCUIT_BREAKER_TOPIC);
        private MeterRegistry meterRegistry = Metrics.globalRegistry;
        private boolean internalEnvironment;
        private int payloadWarnBytes = 10 * 1024;
        private Duration closeTimeout = Duration.ofSeconds(30);
        private WireFormat wireFormat = WireFormat.plainJson();

        private Builder() {
        }

        /** Any Kafka producer property (SASL, TLS, client.id...). */
        public Builder clientProperty(String key, Object value) {
            clientProperties.put(key, value);
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /** Topic names to use; default {@link TopicMode#fromEnvironment()} (LEGACY unless USE_ONEX_TOPICS=true). */
        public Builder topicMode(TopicMode mode) {
            this.topicMode = mode;
            return this;
        }

        /**
         * Prefixes every topic name with {@code <tenant>.}; none by default (null or blank).
         *
         * @throws IllegalArgumentException when the id breaks the tenant syntax ({@link Tenant})
         */
        public Builder tenant(String tenant) {
            this.tenant = ClientSettings.tenant(tenant);
            return this;
        }

        /** Bound of unacknowledged events (default 1000, the spec's alert threshold for event_queue_depth). */
        public Builder maxInFlightEvents(int max) {
            this.maxInFlightEvents = max;
            return this;
        }

        /** Default 30 s. Kafka's request timeout is derived from it. */
        public Builder deliveryTimeout(Duration timeout) {
            this.deliveryTimeout = timeout;
            return this;
        }

        /** Default 5 s: the longest {@code publish} blocks when topic metadata is unknown. */
        public Builder maxBlock(Duration maxBlock) {
            this.maxBlock = maxBlock;
            return this;
        }

        /** Default 5 ms. */
        public Builder linger(Duration linger) {
            this.linger = linger;
            return this;
        }

        /** Default {@code lz4}. */
        public Builder compression(String compression) {
            this.compression = compression;
            return this;
        }

        /** Default 5 consecutive failed events. */
        public Builder failureThreshold(int threshold) {
            this.failureThreshold = threshold;
            return this;
        }

        /** Default 60 s. */
        public Builder resetTimeout(Duration timeout) {
            this.resetTimeout = timeout;
            return this;
        }

        /** The breaker's clock; default the system UTC clock. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Canonical topics that bypass the breaker; default only the breaker's own state topic. */
        public Builder breakerExemptTopics(Set<String> topics) {
            this.breakerExemptTopics = topics;
            return this;
        }

        /** Default {@link Metrics#globalRegistry}. */
        public Builder meterRegistry(MeterRegistry registry) {
            this.meterRegistry = registry;
            return this;
        }

        /**
         * Marks the environment internal: the redacted fields (schema keyword {@code x-onex-redact}, such as
         * the message and context of {@code onex.infra.error.detected.v1}) then keep hostnames and IPs, which
         * spec section 6.6 allows only in internal environments. Secrets are redacted either way; redaction
         * itself cannot be switched off. Default false (strict).
         */
        public Builder internalEnvironment(boolean internal) {
            this.internalEnvironment = internal;
            return this;
        }

        /** Default 10 KB. */
        public Builder payloadWarnBytes(int bytes) {
            this.payloadWarnBytes = bytes;
            return this;
        }

        /** Default 30 s. */
        public Builder closeTimeout(Duration timeout) {
            this.closeTimeout = timeout;
            return this;
        }

        /**
         * How envelopes go on the wire; default {@link WireFormat#plainJson()}, which needs no
         * registry. {@code ApicurioWireFormat.create(...)} switches to the registry's format.
         */
        public Builder wireFormat(WireFormat format) {
            this.wireFormat = format;
            return this;
        }

        public KafkaEventBusConfig build() {
            return new KafkaEventBusConfig(clientProperties, source, topicMode != null ? topicMode : TopicMode.fromEnvironment(),
                    tenant, maxInFlightEvents, deliveryTimeout, maxBlock, linger, compression, failureThreshold,
                    resetTimeout, clock, breakerExemptTopics, meterRegistry, internalEnvironment, payloadWarnBytes,
                    closeTimeout, wireFormat);
        }

        /** Builds the config and the bus. */
        public KafkaEventBus buildBus() {
            return KafkaEventBus.create(build());
        }
    }
}
