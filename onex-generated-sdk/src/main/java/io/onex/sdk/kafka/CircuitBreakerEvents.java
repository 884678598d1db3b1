package io.onex.sdk.kafka;

import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.resilience.CircuitBreakerListener;
import io.onex.sdk.resilience.CircuitState;
import io.onex.sdk.resilience.CircuitTransition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes every transition of a bus's circuit breaker as an event (the catalog's
 * {@code onex.infra.circuit_breaker.state_changed.v1}) through that same bus.
 *
 * <p>The bus lets this topic bypass its breaker, but while the broker is down the OPEN event
 * itself may not be acknowledged. Such events are kept (at most {@value #MAX_KEPT}, oldest dropped
 * with a warning) and sent again, in order and with their original {@code event_id}, at the next
 * transition, which is the CLOSED one once the broker is back.
 *
 * @param <P> the payload type of the state topic
 */
public final class CircuitBreakerEvents<P> implements CircuitBreakerListener {

    private static final Logger LOG = LoggerFactory.getLogger(CircuitBreakerEvents.class);
    static final int MAX_KEPT = 100;

    private final KafkaEventBus bus;
    private final OnexTopic<P> topic;
    private final String source;
    private final Function<CircuitTransition, P> payloadFactory;
    private final Map<UUID, EventEnvelope<P>> unacknowledged = new LinkedHashMap<>();
    private final Map<UUID, Boolean> inFlight = new LinkedHashMap<>();

    private CircuitBreakerEvents(KafkaEventBus bus, OnexTopic<P> topic, String source,
            Function<CircuitTransition, P> payloadFactory) {
        this.bus = Objects.requireNonNull(bus);
        this.topic = Objects.requireNonNull(topic);
        this.source = Objects.requireNonNull(source);
        this.payloadFactory = Objects.requireNonNull(payloadFactory);
    }

    /**
     * Starts publishing the bus's breaker transitions.
     *
     * @param bus the bus whose breaker is watched and which publishes the events
     * @param topic the state-change topic, a catalog constant (its name must be in the bus's breaker-exempt topics)
     * @param payloadFactory builds the payload from a transition
     */
    public static <P> CircuitBreakerEvents<P> attach(KafkaEventBus bus, OnexTopic<P> topic,
            Function<CircuitTransition, P> payloadFactory) {
        OnexTopic.requireCatalogTopic(topic);
        if (!bus.config().breakerExemptTopics().contains(topic.topicName())) {
            throw new IllegalArgumentException(topic.topicName() + " must be exempt from the bus's circuit breaker, "
                    + "or its OPEN event could never be sent; add it to breakerExemptTopics");
        }
        CircuitBreakerEvents<P> events = new CircuitBreakerEvents<>(bus, topic, bus.config().source(), payloadFactory);
        bus.addCircuitBreakerListener(events);
        return events;
    }

    @Override
    public void onTransition(CircuitTransition transition) {
        EventEnvelope<P> event = EventEnvelope.create(topic.eventType(), source, payloadFactory.apply(transition));
        List<EventEnvelope<P>> toSend;
        synchronized (this) {
            unacknowledged.put(event.eventId(), event);
            while (unacknowledged.size() > MAX_KEPT) {
                UUID oldest = unacknowledged.keySet().iterator().next();
                unacknowledged.remove(oldest);
                LOG.warn("circuit breaker {}: dropping unacknowledged state event {} (more than {} kept)",
                        source, oldest, MAX_KEPT);
            }
            toSend = new ArrayList<>();
            for (EventEnvelope<P> e : unacknowledged.values()) {
                if (inFlight.putIfAbsent(e.eventId(), Boolean.TRUE) == null) {
                    toSend.add(e);
                }
            }
        }
        if (transition.newState() == CircuitState.CLOSED || toSend.size() > 1) {
            LOG.debug("circuit breaker {}: publishing {} state events", source, toSend.size());
        }
        for (EventEnvelope<P> e : toSend) {
            bus.publish(topic, e).whenComplete((result, error) -> {
                synchronized (this) {
                    inFlight.remove(e.eventId());
                    if (error == null) {
                        unacknowledged.remove(e.eventId());
                    }
                }
                if (error != null) {
                    LOG.debug("circuit breaker {}: state event {} not acknowledged yet; kept for the next transition",
                            source, e.eventId(), error);
                }
            });
        }
    }

    /** State events not acknowledged so far (oldest first). */
    public synchronized List<EventEnvelope<P>> unacknowledged() {
        return List.copyOf(unacknowledged.values());
    }
}
