package io.onex.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.sdk.EventEnvelope;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated records survive serializer -> bytes -> deserializer, and the bytes satisfy the real schema. */
class RecordRoundTripPropertiesTest {

    private static Arbitrary<String> text(int min, int max) {
        return Arbitraries.strings().alpha().numeric().withChars('-', '_', ' ', '"', '\\', '/', 'é', 'ü', '中', '\n')
                .ofMinLength(min).ofMaxLength(max);
    }

    private static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0L, 4_102_444_800L).flatMap(s -> Arbitraries.integers().between(0, 999_999)
                .map(micros -> Instant.ofEpochSecond(s, micros * 1_000L)));
    }

    private static Arbitrary<String> semver() {
        return Combinators.combine(Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 999)).as((a, b, c) -> a + "." + b + "." + c);
    }

    @Provide
    Arbitrary<EventEnvelope<NodeHeartbeatPayload>> heartbeats() {
        Arbitrary<NodeHeartbeatPayload> payload = Combinators.combine(
                text(1, 64), Arbitraries.of(NodeType.class), semver().injectNull(0.3),
                Arbitraries.longs().between(0, Long.MAX_VALUE), Arbitraries.longs().between(0, 10_000).injectNull(0.3),
                Arbitraries.doubles().between(0, 1e9).injectNull(0.3), Arbitraries.doubles().between(0, 100).injectNull(0.3))
                .as(NodeHeartbeatPayload::new);
        return envelopes(payload, "onex.node.heartbeat.published");
    }

    @Provide
    Arbitrary<EventEnvelope<NodeIntrospectionPayload>> introspections() {
        Arbitrary<Map<String, Boolean>> capabilities = Arbitraries.maps(text(1, 12), Arbitraries.of(true, false)).ofMaxSize(4);
        Arbitrary<Map<String, String>> endpoints = Arbitraries.maps(text(1, 12),
                text(1, 12).map(s -> "http://host-" + Math.abs(s.hashCode()) + ":8080/health")).ofMaxSize(3);
        Arbitrary<PerformanceMetrics> metrics = Combinators.combine(Arbitraries.doubles().between(0, 100).injectNull(0.2),
                Arbitraries.doubles().between(0, 65536).injectNull(0.2), Arbitraries.longs().between(0, 1_000_000).injectNull(0.2),
                Arbitraries.longs().between(0, 500).injectNull(0.2)).as(PerformanceMetrics::new);
        Arbitrary<NodeIntrospectionPayload> payload = Combinators.combine(text(1, 40), Arbitraries.of(NodeType.class),
                capabilities.injectNull(0.2), endpoints.injectNull(0.2), metrics.injectNull(0.3),
                Arbitraries.longs().between(0, 1000).injectNull(0.3))
                .as((id, type, caps, eps, perf, epoch) -> NodeIntrospectionPayload.builder()
                        .nodeId(id).nodeType(type).capabilities(caps).endpoints(eps).performanceMetrics(perf).epoch(epoch)
                        .metadata(Map.of("environment", "production")).build());
        return envelopes(payload, "onex.node.introspection.published");
    }

    @Provide
    Arbitrary<EventEnvelope<IntrospectionRequestPayload>> requests() {
        Arbitrary<List<String>> ids = text(1, 20).list().ofMinSize(1).ofMaxSize(4).uniqueElements();
        Arbitrary<List<NodeType>> types = Arbitraries.of(NodeType.class).list().ofMinSize(1).ofMaxSize(4).uniqueElements();
        Arbitrary<IntrospectionRequestPayload> payload = Combinators.combine(text(1, 30).injectNull(0.3), ids.injectNull(0.5),
                types.injectNull(0.5), Arbitraries.of("registry_startup", "manual_refresh"))
                .as(IntrospectionRequestPayload::new);
        return envelopes(payload, "onex.registry.introspection.requested");
    }

    private static <P> Arbitrary<EventEnvelope<P>> envelopes(Arbitrary<P> payloads, String eventType) {
        return Combinators.combine(payloads, instants(), text(1, 30))
                .as((p, at, source) -> new EventEnvelope<>(UUID.randomUUID(), eventType, source, UUID.randomUUID(), at, p));
    }

    @Property(tries = 300)
    @Label("heartbeat envelopes round-trip and validate against the schema")
    void heartbeat(@ForAll("heartbeats") EventEnvelope<NodeHeartbeatPayload> event) {
        roundTrip(EnumONEXTopic.NODE_HEARTBEAT_PUBLISHED_V1, OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, event);
    }

    @Property(tries = 300)
    @Label("introspection envelopes round-trip and validate against the schema")
    void introspection(@ForAll("introspections") EventEnvelope<NodeIntrospectionPayload> event) {
        roundTrip(EnumONEXTopic.NODE_INTROSPECTION_PUBLISHED_V1, OnexTopics.NODE_INTROSPECTION_PUBLISHED_V1, event);
    }

    @Property(tries = 300)
    @Label("introspection requests with null targets round-trip and validate against the schema")
    void request(@ForAll("requests") EventEnvelope<IntrospectionRequestPayload> event) {
        roundTrip(EnumONEXTopic.REGISTRY_INTROSPECTION_REQUESTED_V1, OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1, event);
    }

    private static <P> void roundTrip(EnumONEXTopic constant, io.onex.sdk.OnexTopic<P> topic, EventEnvelope<P> event) {
        byte[] bytes = topic.codec().encode(event);
        assertThat(topic.codec().decode(bytes)).isEqualTo(event);
        assertThat(SchemaSupport.validateEnvelope(constant, bytes)).isEmpty();
    }
}
