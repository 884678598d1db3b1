package io.onex.sdk.registry;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.onex.events.NodeHeartbeatPayload;
import io.onex.events.NodeType;
import io.onex.events.OnexTopics;
import io.onex.rules.TopicMode;
import io.onex.sdk.BusRecord;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.RecordDispatcher;
import io.onex.sdk.kafka.KafkaEventBus;
import io.onex.sdk.kafka.KafkaEventBusConfig;
import io.onex.sdk.kafka.OnexConsumerRunner;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The default plain-JSON path end to end short of a broker: build a bus and a runner, publish one
 * event (which fails for want of a broker, after encoding). Run by {@link OptionalRegistryDependencyTest}
 * in a class loader without Apicurio, jackson-databind or networknt.
 */
public final class PlainJsonScenario implements Supplier<String> {

    @Override
    public String get() {
        KafkaEventBus bus = KafkaEventBusConfig.builder("127.0.0.1:9", "node/plain").topicMode(TopicMode.ONEX)
                .maxBlock(Duration.ofMillis(100)).meterRegistry(new SimpleMeterRegistry()).buildBus();
        String outcome;
        try {
            bus.publish(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, EventEnvelope.create(
                    OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1.eventType(), "node/plain",
                    new NodeHeartbeatPayload("n1", NodeType.EFFECT, null, 1, null, null, null))).get();
            outcome = "published";
        } catch (ExecutionException e) {
            outcome = e.getCause().getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = "interrupted";
        } finally {
            bus.close(Duration.ZERO);
        }
        RecordDispatcher nothing = new RecordDispatcher() {
            @Override
            public List<OnexTopic<?>> topics() {
                return List.of(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1);
            }

            @Override
            public void dispatch(BusRecord record) {
            }
        };
        OnexConsumerRunner.builder(Map.of("bootstrap.servers", "127.0.0.1:9"), nothing).service("plain").build().close();
        return outcome;
    }
}
