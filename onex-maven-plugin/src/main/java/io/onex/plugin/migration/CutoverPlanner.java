package io.onex.plugin.migration;

import io.onex.plugin.migration.RecordScanner.Scanned;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Translates one legacy partition's committed position to the position on its ONEX twin partition, in the spirit of
 * MirrorMaker 2's offset translation but exact: dual publishing writes each envelope, with its {@code event_id} and
 * key, to both names, so the same event is found on the twin by id. Plain logic over records already read.
 *
 * <p>The anchor is the last record the legacy group processed (committed offset - 1): the new group's position is just
 * after its twin. When that record is gone from the log, or was written before dual publishing began and so has no
 * twin, the anchor is the first record the group has not processed, and the position is at its twin. It is then
 * checked against every record read near it: no event the legacy group processed may lie after the position (it
 * would be processed again), no event it has not processed may lie before it (it would be skipped), and every event
 * it has not processed must be on the twin (else it would be lost). Any of these refuses the partition.
 */
public final class CutoverPlanner {

    private CutoverPlanner() {
    }

    /** Which record anchors the translation. */
    public enum AnchorKind {
        /** The last record the legacy group processed; the new group starts after its twin. */
        LAST_PROCESSED("the last one it processed"),
        /** The first record the legacy group has not processed; the new group starts at its twin. */
        FIRST_UNPROCESSED("the first one it has not processed");

        private final String meaning;

        AnchorKind(String meaning) {
            this.meaning = meaning;
        }
    }

    /**
     * The legacy record a translation starts from.
     *
     * @param kind which record it is
     * @param offset its offset on the legacy partition
     * @param eventId its envelope's {@code event_id}
     * @param timestamp its timestamp, epoch milliseconds
     */
    public record Anchor(AnchorKind kind, long offset, String eventId, long timestamp) {
        public Anchor {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(eventId, "eventId");
        }
    }

    /**
     * A legacy partition and its twin.
     *
     * @param legacyTopic the legacy topic
     * @param canonicalTopic the canonical twin
     * @param partition the partition number, the same on both
     */
    public record PartitionPair(String legacyTopic, String canonicalTopic, int partition) {
        /** {@code node.heartbeat-0} */
        public String legacy() {
            return legacyTopic + "-" + partition;
        }

        /** {@code onex.node.heartbeat.published.v1-0} */
        public String canonical() {
            return canonicalTopic + "-" + partition;
        }
    }

    /** The outcome for one partition. */
    public sealed interface Translation permits Seed, Refusal {
    }

    /**
     * The position to commit for the new group on one ONEX partition.
     *
     * @param pair the partitions
     * @param legacyPosition the legacy group's committed offset
     * @param legacyRemaining events after it on the legacy partition
     * @param anchor the record the position is translated from; empty when the legacy partition holds no record
     * @param twinOffset the anchor's offset on the ONEX partition; empty without an anchor
     * @param offset the offset to commit
     * @param remaining events the new group will read on the ONEX partition from there
     * @param notes what the operator should know, e.g. events on the ONEX partition only
     */
    public record Seed(PartitionPair pair, long legacyPosition, long legacyRemaining, Optional<Anchor> anchor,
            Optional<Long> twinOffset, long offset, long remaining, List<String> notes) implements Translation {
        public Seed {
            notes = List.copyOf(notes);
        }
    }

    /**
     * Why one partition cannot be translated.
     *
     * @param message what is wrong and what would help
     */
    public record Refusal(String message) implements Translation {
    }

    /**
     * Translates a position by the first of its candidate anchors that has a twin.
     *
     * @param legacyGroup the group, for messages
     * @param position the legacy group's committed offset
     * @param legacyEnd the legacy partition's end offset
     * @param candidates the last processed record and the first unprocessed one, those that exist, in that order
     * @param legacy the legacy records from a margin before the anchors to the end, in offset order
     * @param canonical the ONEX records from a margin before the anchors' time to the end, in offset order
     * @param canonicalFrom the first ONEX offset read
     * @param canonicalEnd the ONEX partition's end offset
     */
    static Translation translate(String legacyGroup, PartitionPair pair, long position, long legacyEnd,
            List<Anchor> candidates, List<Scanned> legacy, List<Scanned> canonical, long canonicalFrom,
            long canonicalEnd, Duration margin) {
        Optional<Anchor> found = Optional.empty();
        Optional<Scanned> twin = Optional.empty();
        for (Anchor candidate : candidates) {
            twin = canonical.stream().filter(r -> r.eventId().filter(candidate.eventId()::equals).isPresent())
                    .findFirst();
            if (twin.isPresent()) {
                found = Optional.of(candidate);
                break;
            }
        }
        if (found.isEmpty()) {
            return new Refusal(pair.legacy() + ": " + candidates.stream().map(a -> "event " + a.eventId()
                    + " at offset " + a.offset() + " (" + a.kind().meaning + ")").collect(
                            java.util.stream.Collectors.joining(" and ")) + " of " + legacyGroup + (candidates.size()
                    == 1 ? " is" : " are") + " not on " + pair.canonical() + " between offsets " + canonicalFrom
                    + " and " + canonicalEnd + ": dual publishing missed " + (candidates.size() == 1 ? "it" : "them")
                    + " or had not begun, or the ONEX copy was written more than " + margin + " before (raise"
                    + " -Donex.migration.margin)");
        }
        Anchor anchor = found.get();
        long offset = anchor.kind() == AnchorKind.LAST_PROCESSED ? twin.get().offset() + 1 : twin.get().offset();
        Set<String> processed = new HashSet<>();
        Set<String> unprocessed = new LinkedHashSet<>();
        Set<String> onLegacy = new HashSet<>();
        for (Scanned record : legacy) {
            record.eventId().ifPresent(id -> {
                onLegacy.add(id);
                (record.offset() < position ? processed : unprocessed).add(id);
            });
        }
        Set<String> before = new HashSet<>();
        Set<String> after = new LinkedHashSet<>();
        for (Scanned record : canonical) {
            record.eventId().ifPresent(id -> (record.offset() < offset ? before : after).add(id));
        }
        List<String> problems = new ArrayList<>();
        List<String> skipped = unprocessed.stream().filter(before::contains).sorted().toList();
        if (!skipped.isEmpty()) {
            problems.add(StatusAssessor.count(skipped.size(), "event") + " " + legacyGroup + " has not processed"
                    + " lie before that position on " + pair.canonical() + ", so the new group would skip them ("
                    + StatusAssessor.shown(skipped) + ")");
        }
        List<String> again = processed.stream().filter(after::contains).sorted().toList();
        if (!again.isEmpty()) {
            problems.add(StatusAssessor.count(again.size(), "event") + " " + legacyGroup + " already processed lie"
                    + " after that position on " + pair.canonical() + ", so the new group would process them again ("
                    + StatusAssessor.shown(again) + ")");
        }
        List<String> lost = unprocessed.stream().filter(id -> !before.contains(id) && !after.contains(id)).sorted()
                .toList();
        if (!lost.isEmpty()) {
            problems.add(StatusAssessor.count(lost.size(), "event") + " " + legacyGroup + " has not processed are"
                    + " not on " + pair.canonical() + ", so the new group would never see them; dual publishing"
                    + " missed them (" + StatusAssessor.shown(lost) + ")");
        }
        if (!problems.isEmpty()) {
            return new Refusal(pair.legacy() + ": translated to offset " + offset + " on " + pair.canonical()
                    + " (" + (anchor.kind() == AnchorKind.LAST_PROCESSED ? "after" : "at") + " event "
                    + anchor.eventId() + "), but " + String.join("; and ", problems));
        }
        List<String> notes = new ArrayList<>();
        long onlyHere = after.stream().filter(id -> !onLegacy.contains(id)).count();
        if (onlyHere > 0) {
            notes.add(pair.canonical() + ": " + StatusAssessor.count(onlyHere, "event") + " after the position are not"
                    + " on " + pair.legacy() + "; the new group processes them, the legacy group never saw them");
        }
        return new Seed(pair, position, legacyEnd - position, Optional.of(anchor), Optional.of(twin.get().offset()),
                offset, canonicalEnd - offset, notes);
    }

    /**
     * The position when the legacy partition holds no record after the group's position and none it processed is
     * left either: the end of the ONEX partition. Exact when that partition is empty too; otherwise it may skip events
     * written to the ONEX name only, so the caller asks for {@code force}.
     */
    static Seed atEnd(PartitionPair pair, long position, long canonicalEnd, String note) {
        return new Seed(pair, position, 0, Optional.empty(), Optional.empty(), canonicalEnd, 0, List.of(note));
    }
}
