package io.onex.plugin.migration;

import io.onex.plugin.core.CatalogSource;
import io.onex.plugin.core.GoalResult;
import io.onex.plugin.migration.CutoverPlanner.Anchor;
import io.onex.plugin.migration.CutoverPlanner.AnchorKind;
import io.onex.plugin.migration.CutoverPlanner.PartitionPair;
import io.onex.plugin.migration.CutoverPlanner.Refusal;
import io.onex.plugin.migration.CutoverPlanner.Seed;
import io.onex.plugin.migration.CutoverPlanner.Translation;
import io.onex.plugin.migration.RecordScanner.Scanned;
import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.provision.ClientSettings;
import io.onex.plugin.provision.ClusterAccessException;
import io.onex.plugin.provision.KafkaCalls;
import io.onex.rules.ConsumerGroups;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * What the {@code migration-cutover} goal does, without Maven: moves one consumer group from the legacy topics to its
 * section 9 group {@code [<tenant>.]<service>-onex-v1} on the ONEX topics by seeding the new group's committed offsets
 * from the legacy group's, partition by partition, by event id ({@link CutoverPlanner}). {@code plan} prints the
 * positions, {@code apply} commits them and marks the legacy group's positions as moved ({@link CutoverMarker}).
 *
 * <p>Nothing is committed when anything is refused: a legacy group without positions or still active (unless
 * forced), a new group with members or with positions on the ONEX topics already, a missing twin topic or one with
 * another partition count, or a partition whose position cannot be translated exactly.
 */
public final class MigrationCutoverGoal {

    /**
     * What a run found and did.
     *
     * @param mode plan or apply
     * @param legacyGroup the group moved from
     * @param newGroup the group seeded
     * @param seeds the position per ONEX partition, in pair and partition order
     * @param refusals why nothing is committed; empty when the move can go ahead
     * @param notes what the operator should know besides
     * @param clientProperties the client properties used, secrets hidden
     */
    public record Output(CutoverMode mode, String legacyGroup, String newGroup, List<Seed> seeds,
            List<String> refusals, List<String> notes, Map<String, String> clientProperties) implements GoalResult {

        public Output {
            seeds = List.copyOf(seeds);
            refusals = List.copyOf(refusals);
            notes = List.copyOf(notes);
        }

        @Override
        public List<Diagnostic> diagnostics() {
            return List.of();
        }

        @Override
        public boolean findingsFail() {
            return !refusals.isEmpty();
        }

        @Override
        public List<String> details() {
            List<String> lines = new ArrayList<>();
            if (!refusals.isEmpty()) {
                refusals.forEach(r -> lines.add("refused: " + r));
                return lines;
            }
            String verb = mode == CutoverMode.APPLY ? "committed" : "would commit";
            for (Seed seed : seeds) {
                PartitionPair pair = seed.pair();
                String from = seed.anchor().map(a -> " (" + (a.kind() == AnchorKind.LAST_PROCESSED ? "after" : "at")
                        + " event " + a.eventId() + ", " + pair.legacy() + "@" + a.offset() + " -> "
                        + pair.canonical() + "@" + seed.twinOffset().orElseThrow() + ")").orElse("");
                lines.add(verb + " " + newGroup + " " + pair.canonical() + "@" + seed.offset() + from + ": "
                        + seed.remaining() + " to read; " + legacyGroup + " had " + seed.legacyRemaining()
                        + " left at " + pair.legacy() + "@" + seed.legacyPosition());
            }
            notes.forEach(n -> lines.add("note: " + n));
            return lines;
        }

        @Override
        public List<String> debugDetails() {
            return List.of("Kafka client properties: " + clientProperties);
        }

        @Override
        public String summary() {
            String positions = StatusAssessor.count(seeds.size(), "position");
            if (!refusals.isEmpty()) {
                return "ONEX migration-cutover " + mode.label() + ": refused to move " + legacyGroup + " to "
                        + newGroup + " (" + StatusAssessor.count(refusals.size(), "problem")
                        + "); nothing was committed";
            }
            return mode == CutoverMode.APPLY
                    ? "ONEX migration-cutover apply: committed " + positions + " of " + newGroup + " from "
                            + legacyGroup + "; start its consumers with group " + newGroup + " on the ONEX topics"
                    : "ONEX migration-cutover plan: " + positions + " of " + newGroup + " from " + legacyGroup
                            + "; nothing was committed, run with -Donex.migration.mode=apply to commit them";
        }
    }

    /**
     * The goal's failure before it reached the cluster.
     *
     * @param diagnostics what is wrong
     */
    public record Refused(List<Diagnostic> diagnostics) implements GoalResult {
        @Override
        public String summary() {
            return "ONEX migration-cutover: nothing done";
        }
    }

    /**
     * Plans or applies the move.
     *
     * @throws ClusterAccessException when the cluster cannot be reached or refuses the goal's requests
     */
    public GoalResult run(CatalogSource catalog, Path displayBase, CutoverSettings settings)
            throws ClusterAccessException {
        ClusterSession.Prepared prepared = ClusterSession.prepare(catalog, displayBase, settings.connection());
        List<Diagnostic> problems = new ArrayList<>(prepared.diagnostics());
        CutoverMode mode = null;
        Duration margin = null;
        String legacyGroup = settings.legacyGroup() == null ? "" : settings.legacyGroup().trim();
        try {
            mode = CutoverMode.parse(settings.mode());
            margin = ClusterSession.duration(settings.margin(), "onex.migration.margin", false);
            if (legacyGroup.isEmpty()) {
                throw new InvalidMigrationSettingsException("the legacy consumer group is required: set"
                        + " -Donex.migration.legacyGroup=<group> (the group whose consumers read the legacy topics)");
            }
        } catch (InvalidMigrationSettingsException e) {
            problems.add(ClusterSession.error(e.getMessage()));
        }
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        ClusterSession session = prepared.session().orElseThrow();
        String newGroup;
        try {
            newGroup = settings.service().map(s -> ConsumerGroups.groupId(s, session.tenant()))
                    .orElseGet(() -> StatusAssessor.successor(settings.legacyGroup().trim(), session.tenant()));
        } catch (IllegalArgumentException e) {
            return new Refused(List.of(ClusterSession.error(e.getMessage() + " (onex.migration.service)")));
        }
        try (Admin admin = session.openAdmin(); RecordScanner scanner = session.openScanner()) {
            return new Move(admin, scanner, session, legacyGroup, newGroup, mode, margin, settings.force()).run();
        }
    }

    /** One move, with its reads and its refusals. */
    private static final class Move {
        private final Admin admin;
        private final RecordScanner scanner;
        private final ClusterSession session;
        private final String legacyGroup;
        private final String newGroup;
        private final CutoverMode mode;
        private final Duration margin;
        private final boolean force;
        private final List<String> refusals = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        Move(Admin admin, RecordScanner scanner, ClusterSession session, String legacyGroup, String newGroup,
                CutoverMode mode, Duration margin, boolean force) {
            this.admin = admin;
            this.scanner = scanner;
            this.session = session;
            this.legacyGroup = legacyGroup;
            this.newGroup = newGroup;
            this.mode = mode;
            this.margin = margin;
            this.force = force;
        }

        Output run() throws ClusterAccessException {
            Map<String, Integer> partitions = partitions();
            List<TopicPartition> legacyPartitions = new ArrayList<>();
            List<TopicPartition> canonicalPartitions = new ArrayList<>();
            for (TopicPair pair : session.pairs()) {
                legacyPartitions.addAll(partitionsOf(pair.legacy(), partitions));
                canonicalPartitions.addAll(partitionsOf(pair.canonical(), partitions));
            }
            Map<TopicPartition, OffsetAndMetadata> legacyPositions = positions(legacyGroup, legacyPartitions);
            // Only the twins of the legacy topics the group reads are seeded; the new group may read other topics.
            Set<String> seeded = session.pairs().stream().filter(p -> legacyPositions.keySet().stream()
                    .anyMatch(tp -> tp.topic().equals(p.legacy()))).map(TopicPair::canonical)
                    .collect(java.util.stream.Collectors.toSet());
            Map<TopicPartition, OffsetAndMetadata> taken = positions(newGroup, canonicalPartitions.stream()
                    .filter(tp -> seeded.contains(tp.topic())).toList());
            int legacyMembers = members(legacyGroup);
            int newMembers = legacyGroup.equals(newGroup) ? legacyMembers : members(newGroup);
            if (legacyPositions.isEmpty()) {
                refusals.add(legacyGroup + " has no committed offsets on the legacy topics ("
                        + String.join(", ", session.pairs().stream().map(TopicPair::legacy).toList())
                        + "); name the group whose consumers read them (migration-status lists them)");
            }
            boolean sameGroup = legacyGroup.equals(newGroup);
            if (sameGroup && legacyMembers > 0) {
                refusals.add(newGroup + " is the legacy group itself and has " + StatusAssessor.count(legacyMembers,
                        "member") + ": its offsets cannot be committed while it consumes; stop its consumers first");
            } else if (legacyMembers > 0 && force) {
                notes.add(legacyGroup + " is active (" + StatusAssessor.count(legacyMembers, "member") + "): its"
                        + " positions as committed now are translated, and what it processes from here on is"
                        + " processed again by " + newGroup + " (forced)");
            } else if (legacyMembers > 0) {
                refusals.add(legacyGroup + " is active (" + StatusAssessor.count(legacyMembers, "member") + "):"
                        + " stop its consumers first so its position stays put, or pass"
                        + " -Donex.migration.force=true to accept that events it processes meanwhile are"
                        + " processed again");
            }
            if (!sameGroup && newMembers > 0) {
                refusals.add(newGroup + " has " + StatusAssessor.count(newMembers, "member") + ": a cutover seeds a"
                        + " group nobody consumes with yet; stop them, or pick another service name"
                        + " (-Donex.migration.service)");
            }
            if (!taken.isEmpty()) {
                refusals.add(newGroup + " already has committed offsets on " + String.join(", ", taken.keySet()
                        .stream().map(TopicPartition::toString).sorted().toList()) + ": a cutover only seeds a group"
                        + " that has no position on the ONEX topics yet (delete stale ones with kafka-consumer-groups"
                        + " --delete-offsets, or pick another service name)");
            }
            List<Seed> seeds = new ArrayList<>();
            Map<TopicPartition, OffsetAndMetadata> marked = new LinkedHashMap<>();
            if (refusals.isEmpty()) {
                for (TopicPair pair : session.pairs()) {
                    translate(pair, partitions, legacyPositions, seeds, marked);
                }
            }
            if (refusals.isEmpty() && mode == CutoverMode.APPLY) {
                commit(seeds, marked, legacyMembers == 0);
            }
            return new Output(mode, legacyGroup, newGroup, seeds, refusals, notes,
                    ClientSettings.masked(session.clientProperties()));
        }

        private void translate(TopicPair pair, Map<String, Integer> partitions,
                Map<TopicPartition, OffsetAndMetadata> legacyPositions, List<Seed> seeds,
                Map<TopicPartition, OffsetAndMetadata> marked) throws ClusterAccessException {
            List<TopicPartition> positioned = legacyPositions.keySet().stream()
                    .filter(tp -> tp.topic().equals(pair.legacy())).toList();
            if (positioned.isEmpty()) {
                return;
            }
            Integer legacyCount = partitions.get(pair.legacy());
            Integer canonicalCount = partitions.get(pair.canonical());
            if (canonicalCount == null) {
                refusals.add(pair.canonical() + " does not exist; create it with provision before moving "
                        + legacyGroup);
                return;
            }
            if (!canonicalCount.equals(legacyCount)) {
                refusals.add(pair.legacy() + " has " + legacyCount + " partitions but " + pair.canonical() + " has "
                        + canonicalCount + ": one key lands on different partitions, so positions cannot be carried"
                        + " over");
                return;
            }
            for (int p = 0; p < legacyCount; p++) {
                TopicPartition legacy = new TopicPartition(pair.legacy(), p);
                OffsetAndMetadata position = legacyPositions.get(legacy);
                PartitionPair partition = new PartitionPair(pair.legacy(), pair.canonical(), p);
                if (position == null) {
                    notes.add(legacyGroup + " has no position on " + partition.legacy() + ", so " + newGroup
                            + " gets none on " + partition.canonical() + " and starts there by its"
                            + " auto.offset.reset, as " + legacyGroup + " would have");
                    continue;
                }
                Translation translation = translate(partition, position.offset());
                if (translation instanceof Seed seed) {
                    seeds.add(seed);
                    seed.notes().forEach(notes::add);
                    marked.put(legacy, new OffsetAndMetadata(position.offset(), position.leaderEpoch(),
                            CutoverMarker.to(newGroup)));
                } else {
                    refusals.add(((Refusal) translation).message());
                }
            }
        }

        private Translation translate(PartitionPair pair, long position) throws ClusterAccessException {
            TopicPartition legacy = new TopicPartition(pair.legacyTopic(), pair.partition());
            TopicPartition canonical = new TopicPartition(pair.canonicalTopic(), pair.partition());
            long legacyStart = scanner.beginning(legacy);
            long legacyEnd = scanner.end(legacy);
            long canonicalStart = scanner.beginning(canonical);
            long canonicalEnd = scanner.end(canonical);
            if (position > legacyEnd) {
                return new Refusal(pair.legacy() + ": " + legacyGroup + "'s position " + position + " is beyond the"
                        + " end of the partition (" + legacyEnd + "); was the topic recreated?");
            }
            List<Anchor> candidates = new ArrayList<>();
            long firstUnprocessed = Math.max(position, legacyStart);
            if (position - 1 >= legacyStart || firstUnprocessed < legacyEnd) {
                long from = position - 1 >= legacyStart ? position - 1 : firstUnprocessed;
                for (Scanned record : scanner.read(legacy, from, Math.min(firstUnprocessed + 1, legacyEnd))) {
                    if (record.eventId().isEmpty()) {
                        return new Refusal(pair.legacy() + "@" + record.offset() + " has no envelope event_id to"
                                + " find on " + pair.canonical() + "; only ONEX envelopes can be matched");
                    }
                    candidates.add(new Anchor(record.offset() < position ? AnchorKind.LAST_PROCESSED
                            : AnchorKind.FIRST_UNPROCESSED, record.offset(), record.eventId().get(),
                            record.timestamp()));
                }
            }
            if (candidates.isEmpty()) {
                if (canonicalStart == canonicalEnd) {
                    return CutoverPlanner.atEnd(pair, position, canonicalEnd, pair.legacy() + " and "
                            + pair.canonical() + " hold no records: " + newGroup + " starts at the end, "
                            + canonicalEnd);
                }
                if (force) {
                    return CutoverPlanner.atEnd(pair, position, canonicalEnd, pair.legacy() + " holds no record to"
                            + " translate from; " + newGroup + " starts at the end of " + pair.canonical() + ", "
                            + canonicalEnd + " (forced)");
                }
                return new Refusal(pair.legacy() + " holds no record to translate " + legacyGroup + "'s position"
                        + " from (all processed and removed by retention), but " + pair.canonical() + " holds "
                        + StatusAssessor.count(canonicalEnd - canonicalStart, "record") + ": pass"
                        + " -Donex.migration.force=true to start " + newGroup + " at its end (skipping any event"
                        + " written to the ONEX name only)");
            }
            long earliest = candidates.stream().mapToLong(Anchor::timestamp).min().orElseThrow()
                    - margin.toMillis();
            long firstAnchor = candidates.get(0).offset();
            long legacyFrom = Math.min(scanner.offsetForTime(legacy, earliest).orElse(firstAnchor), firstAnchor);
            long canonicalFrom = scanner.offsetForTime(canonical, earliest).orElse(canonicalEnd);
            return CutoverPlanner.translate(legacyGroup, pair, position, legacyEnd, candidates,
                    scanner.read(legacy, legacyFrom, legacyEnd), scanner.read(canonical, canonicalFrom, canonicalEnd),
                    canonicalFrom, canonicalEnd, margin);
        }

        private void commit(List<Seed> seeds, Map<TopicPartition, OffsetAndMetadata> marked, boolean markLegacy)
                throws ClusterAccessException {
            Map<TopicPartition, OffsetAndMetadata> offsets = new LinkedHashMap<>();
            for (Seed seed : seeds) {
                offsets.put(new TopicPartition(seed.pair().canonicalTopic(), seed.pair().partition()),
                        new OffsetAndMetadata(seed.offset(), CutoverMarker.from(legacyGroup)));
            }
            if (markLegacy && legacyGroup.equals(newGroup)) {
                offsets.putAll(marked);
            }
            if (!offsets.isEmpty()) {
                await(admin.alterConsumerGroupOffsets(newGroup, offsets).all(), "committing " + newGroup
                        + "'s offsets");
            }
            if (markLegacy && !legacyGroup.equals(newGroup) && !marked.isEmpty()) {
                await(admin.alterConsumerGroupOffsets(legacyGroup, marked).all(), "marking " + legacyGroup
                        + "'s positions as moved");
            } else if (!markLegacy) {
                String successor = StatusAssessor.successor(legacyGroup, session.tenant());
                notes.add(legacyGroup + "'s positions are not marked as moved, as it still has members; "
                        + (newGroup.equals(successor) ? "migration-status counts it as moved once they have stopped"
                                : "migration-status cannot tell that it moved to " + newGroup + " (its successor by"
                                        + " name is " + successor + ")"));
            }
        }

        private Map<String, Integer> partitions() throws ClusterAccessException {
            Set<String> names = await(admin.listTopics(new ListTopicsOptions().listInternal(false)).names(),
                    "listing topics");
            List<String> wanted = session.pairs().stream()
                    .flatMap(p -> java.util.stream.Stream.of(p.legacy(), p.canonical())).filter(names::contains)
                    .toList();
            Map<String, Integer> partitions = new HashMap<>();
            if (!wanted.isEmpty()) {
                Map<String, TopicDescription> described = await(admin.describeTopics(wanted).allTopicNames(),
                        "describing topics");
                described.forEach((name, d) -> partitions.put(name, d.partitions().size()));
            }
            return partitions;
        }

        private static List<TopicPartition> partitionsOf(String topic, Map<String, Integer> partitions) {
            List<TopicPartition> result = new ArrayList<>();
            for (int p = 0; p < partitions.getOrDefault(topic, 0); p++) {
                result.add(new TopicPartition(topic, p));
            }
            return result;
        }

        private Map<TopicPartition, OffsetAndMetadata> positions(String group, List<TopicPartition> partitions)
                throws ClusterAccessException {
            if (partitions.isEmpty()) {
                return Map.of();
            }
            Map<TopicPartition, OffsetAndMetadata> listed = await(admin.listConsumerGroupOffsets(Map.of(group,
                    new ListConsumerGroupOffsetsSpec().topicPartitions(partitions))).partitionsToOffsetAndMetadata(
                    group), "listing " + group + "'s committed offsets");
            Map<TopicPartition, OffsetAndMetadata> positions = new LinkedHashMap<>();
            listed.forEach((tp, position) -> {
                if (position != null && position.offset() >= 0) {
                    positions.put(tp, position);
                }
            });
            return positions;
        }

        private int members(String group) throws ClusterAccessException {
            Map<String, ConsumerGroupDescription> described;
            try {
                described = await(admin.describeConsumerGroups(List.of(group)).all(), "describing " + group);
            } catch (ClusterAccessException e) {
                if (e.getCause() instanceof org.apache.kafka.common.errors.GroupIdNotFoundException) {
                    return 0; // a group that does not exist yet has no members
                }
                throw e;
            }
            ConsumerGroupDescription description = described.get(group);
            return description == null ? 0 : description.members().size();
        }

        private <T> T await(KafkaFuture<T> future, String action) throws ClusterAccessException {
            return KafkaCalls.await(future, session.timeout(), action, RecordScanner.READ_HINT);
        }
    }
}
