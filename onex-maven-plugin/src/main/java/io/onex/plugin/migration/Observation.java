package io.onex.plugin.migration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one look at a cluster found about the topic pairs of section 9, before any judgement: which topics exist,
 * the events of the sampled window on each side, and the consumer groups with committed offsets on, or members
 * assigned to, any of the topics.
 *
 * @param windowStart the oldest event time the sample judges ({@code now - window})
 * @param judgedUntil the newest event time the sample judges ({@code now - grace}); younger events may still be in
 *     flight to the other side
 * @param window the window as asked for, e.g. {@code PT10M}
 * @param pairs the catalog's pairs, in catalog order
 * @param groups every consumer group that touches a topic of a pair, in any order
 */
public record Observation(Instant windowStart, Instant judgedUntil, Duration window, List<PairFacts> pairs,
        List<GroupFacts> groups) {

    public Observation {
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(judgedUntil, "judgedUntil");
        Objects.requireNonNull(window, "window");
        pairs = List.copyOf(pairs);
        groups = List.copyOf(groups);
    }

    /**
     * One topic of a pair.
     *
     * @param name the physical name
     * @param exists whether the cluster has it
     * @param partitions its partition count; 0 when it does not exist
     * @param endOffsets the end offset of each partition when the sample was taken
     * @param sample its events from shortly before the window on (empty when it does not exist)
     */
    public record TopicFacts(String name, boolean exists, int partitions, Map<Integer, Long> endOffsets,
            Sample sample) {
        public TopicFacts {
            Objects.requireNonNull(name, "name");
            endOffsets = Map.copyOf(endOffsets);
            Objects.requireNonNull(sample, "sample");
        }

        /** A topic the cluster does not have. */
        public static TopicFacts missing(String name) {
            return new TopicFacts(name, false, 0, Map.of(), Sample.EMPTY);
        }
    }

    /**
     * The records of one topic read from a little before the window (by the grace) to the end.
     *
     * @param events the envelopes read, in any order; an event written twice appears twice
     * @param unreadable records whose value has no envelope {@code event_id}
     */
    public record Sample(List<Event> events, int unreadable) {
        public static final Sample EMPTY = new Sample(List.of(), 0);

        public Sample {
            events = List.copyOf(events);
        }
    }

    /**
     * One envelope on one side.
     *
     * @param eventId the envelope's {@code event_id}
     * @param timestamp the record's timestamp, epoch milliseconds
     */
    public record Event(String eventId, long timestamp) {
        public Event {
            Objects.requireNonNull(eventId, "eventId");
        }
    }

    /**
     * The legacy and canonical topic of one pair.
     *
     * @param legacy the legacy topic
     * @param canonical the canonical topic
     */
    public record PairFacts(TopicFacts legacy, TopicFacts canonical) {
        public PairFacts {
            Objects.requireNonNull(legacy, "legacy");
            Objects.requireNonNull(canonical, "canonical");
        }
    }

    /**
     * One consumer group.
     *
     * @param group its id
     * @param members its members now
     * @param assignedMembers per topic, how many members have a partition of it assigned
     * @param committed per topic, the committed offset of each partition that has one
     */
    public record GroupFacts(String group, int members, Map<String, Integer> assignedMembers,
            Map<String, Map<Integer, Committed>> committed) {
        public GroupFacts {
            Objects.requireNonNull(group, "group");
            assignedMembers = Map.copyOf(assignedMembers);
            committed = Map.copyOf(committed);
        }

        /** Whether the group has committed an offset on, or has a member reading, the topic. */
        public boolean touches(String topic) {
            return committed.containsKey(topic) || assignedMembers.getOrDefault(topic, 0) > 0;
        }
    }

    /**
     * A committed offset.
     *
     * @param offset the next offset the group reads
     * @param metadata the commit's metadata; {@link CutoverMarker} uses it to say where a group moved
     */
    public record Committed(long offset, String metadata) {
        public Committed {
            metadata = metadata == null ? "" : metadata;
        }

        /** The group this position's group moved to, when a cutover left its marker here. */
        public Optional<String> movedTo() {
            return CutoverMarker.target(metadata);
        }
    }
}
