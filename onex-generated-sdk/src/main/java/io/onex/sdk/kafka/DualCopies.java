package io.onex.sdk.kafka;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.codec.Json;
import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The second copies of dual-published events (spec section 9, phase 2): in DUAL mode a publisher writes one envelope
 * with one {@code event_id} to the legacy and to the canonical name, and a DUAL-mode consumer reads both names. The
 * first copy to arrive is dispatched, the other is recognised by its {@code event_id} and skipped.
 *
 * <p>The ids of the last {@code capacity} dual-published events are remembered. Both copies are written at the same
 * moment, with the same key, to partitions of the same number (twins have equal partition counts), which the range
 * assignor gives to the same group member; so the second copy arrives within a few records of the first, far inside
 * the window. Only records of the twinned topics are looked at; a record whose {@code event_id} cannot be read is
 * dispatched as it is (the dispatcher's decoding reports it).
 */
final class DualCopies {

    private final Set<String> twinned;
    private final int capacity;
    private final Map<String, String> dispatched;

    /**
     * @param topics the subscribed catalog topics
     * @param capacity how many recent event ids are remembered
     */
    DualCopies(Collection<? extends OnexTopic<?>> topics, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the dual-copy window must hold at least one event id: " + capacity);
        }
        Set<String> names = new HashSet<>();
        for (OnexTopic<?> topic : topics) {
            topic.legacyTopicName().ifPresent(legacy -> {
                names.add(legacy);
                names.add(topic.topicName());
            });
        }
        this.twinned = Set.copyOf(names);
        this.capacity = capacity;
        this.dispatched = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > DualCopies.this.capacity;
            }
        };
    }

    /**
     * The event id of a record of a twinned topic, by which its copies are recognised; empty for other topics and
     * unreadable envelopes.
     *
     * @param topic the catalog name (canonical or legacy) the record was read from
     * @param value the envelope as written
     */
    Optional<String> idOf(String topic, byte[] value) {
        return value == null || !twinned.contains(topic) ? Optional.empty() : eventId(value);
    }

    /**
     * Whether an event with this id was dispatched from the twin of {@code topic}: then this record is its second
     * copy. The same record read again from the same name (a redelivery) is no second copy: at least once stays.
     */
    boolean isSecondCopy(String topic, String eventId) {
        String first = dispatched.get(eventId);
        return first != null && !first.equals(topic);
    }

    /** Remembers that the event was dispatched from {@code topic}. */
    void dispatched(String topic, String eventId) {
        dispatched.putIfAbsent(eventId, topic);
    }

    /** The envelope's top-level {@code event_id}, read without decoding the rest. */
    static Optional<String> eventId(byte[] envelope) {
        try (JsonParser parser = Json.FACTORY.createParser(envelope)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("event_id")) {
                    return value == JsonToken.VALUE_STRING ? Optional.of(parser.getText()) : Optional.empty();
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
