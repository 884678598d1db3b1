package io.onex.plugin.migration;

import io.onex.plugin.migration.Observation.Committed;
import io.onex.plugin.migration.Observation.Event;
import io.onex.plugin.migration.Observation.GroupFacts;
import io.onex.plugin.migration.Observation.PairFacts;
import io.onex.plugin.migration.Observation.Sample;
import io.onex.plugin.migration.Observation.TopicFacts;
import io.onex.plugin.provision.ClusterAccessException;
import io.onex.plugin.provision.KafkaCalls;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Takes one {@link Observation} of a cluster: topics and end offsets and consumer groups through the Admin API, the
 * events of the window through a group-less consumer. Both sides' end offsets are taken in one call, so the two
 * samples end at the same moment.
 */
final class StatusReader {

    private final Admin admin;
    private final RecordScanner scanner;
    private final Duration timeout;
    private final Clock clock;

    StatusReader(Admin admin, RecordScanner scanner, Duration timeout, Clock clock) {
        this.admin = admin;
        this.scanner = scanner;
        this.timeout = timeout;
        this.clock = clock;
    }

    Observation read(List<TopicPair> pairs, Duration window, Duration grace) throws ClusterAccessException {
        Instant now = clock.instant();
        Instant windowStart = now.minus(window);
        Set<String> wanted = new LinkedHashSet<>();
        pairs.forEach(p -> {
            wanted.add(p.legacy());
            wanted.add(p.canonical());
        });
        Set<String> names = await(admin.listTopics(new ListTopicsOptions().listInternal(false)).names(),
                "listing topics");
        List<String> existing = wanted.stream().filter(names::contains).toList();
        Map<String, Integer> partitions = new HashMap<>();
        if (!existing.isEmpty()) {
            Map<String, TopicDescription> described = await(admin.describeTopics(existing).allTopicNames(),
                    "describing topics");
            described.forEach((name, d) -> partitions.put(name, d.partitions().size()));
        }
        Map<TopicPartition, Long> ends = endOffsets(partitions);
        Map<String, TopicFacts> facts = new HashMap<>();
        long sampleFrom = windowStart.minus(grace).toEpochMilli();
        for (String topic : wanted) {
            if (!partitions.containsKey(topic)) {
                facts.put(topic, TopicFacts.missing(topic));
                continue;
            }
            Map<Integer, Long> topicEnds = new TreeMap<>();
            List<Event> events = new ArrayList<>();
            int unreadable = 0;
            for (int p = 0; p < partitions.get(topic); p++) {
                TopicPartition tp = new TopicPartition(topic, p);
                long end = ends.getOrDefault(tp, 0L);
                topicEnds.put(p, end);
                Optional<Long> from = scanner.offsetForTime(tp, sampleFrom);
                if (from.isEmpty()) {
                    continue;
                }
                for (RecordScanner.Scanned record : scanner.read(tp, from.get(), end)) {
                    if (record.timestamp() < sampleFrom) {
                        continue; // timestamps need not grow with offsets; only the window's records count
                    }
                    if (record.eventId().isPresent()) {
                        events.add(new Event(record.eventId().get(), record.timestamp()));
                    } else {
                        unreadable++;
                    }
                }
            }
            facts.put(topic, new TopicFacts(topic, true, partitions.get(topic), topicEnds,
                    new Sample(events, unreadable)));
        }
        List<PairFacts> pairFacts = pairs.stream()
                .map(p -> new PairFacts(facts.get(p.legacy()), facts.get(p.canonical()))).toList();
        return new Observation(windowStart, now.minus(grace), window, pairFacts, groups(partitions));
    }

    private Map<TopicPartition, Long> endOffsets(Map<String, Integer> partitions) throws ClusterAccessException {
        Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
        partitions.forEach((topic, count) -> {
            for (int p = 0; p < count; p++) {
                specs.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
        });
        Map<TopicPartition, Long> ends = new HashMap<>();
        if (!specs.isEmpty()) {
            Map<TopicPartition, ListOffsetsResultInfo> listed = await(admin.listOffsets(specs).all(),
                    "listing end offsets");
            listed.forEach((tp, info) -> ends.put(tp, info.offset()));
        }
        return ends;
    }

    /** Every consumer group with a committed offset on, or a member assigned to, a topic of a pair. */
    private List<GroupFacts> groups(Map<String, Integer> partitions) throws ClusterAccessException {
        if (partitions.isEmpty()) {
            return List.of();
        }
        Collection<GroupListing> listed = await(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all(),
                "listing consumer groups");
        List<String> ids = listed.stream().map(GroupListing::groupId).sorted().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<TopicPartition> ours = new ArrayList<>();
        partitions.forEach((topic, count) -> {
            for (int p = 0; p < count; p++) {
                ours.add(new TopicPartition(topic, p));
            }
        });
        Map<String, ListConsumerGroupOffsetsSpec> specs = new HashMap<>();
        ids.forEach(id -> specs.put(id, new ListConsumerGroupOffsetsSpec().topicPartitions(ours)));
        Map<String, Map<TopicPartition, OffsetAndMetadata>> offsets = await(
                admin.listConsumerGroupOffsets(specs).all(), "listing the consumer groups' committed offsets");
        Map<String, ConsumerGroupDescription> descriptions = await(admin.describeConsumerGroups(ids).all(),
                "describing consumer groups");
        List<GroupFacts> groups = new ArrayList<>();
        for (String id : ids) {
            Map<String, Map<Integer, Committed>> committed = new HashMap<>();
            offsets.getOrDefault(id, Map.of()).forEach((tp, position) -> {
                if (position != null && position.offset() >= 0 && partitions.containsKey(tp.topic())) {
                    committed.computeIfAbsent(tp.topic(), t -> new HashMap<>())
                            .put(tp.partition(), new Committed(position.offset(), position.metadata()));
                }
            });
            ConsumerGroupDescription description = descriptions.get(id);
            Collection<MemberDescription> members = description == null ? List.of() : description.members();
            Map<String, Integer> assigned = new HashMap<>();
            for (MemberDescription member : members) {
                member.assignment().topicPartitions().stream().map(TopicPartition::topic)
                        .filter(partitions::containsKey).distinct()
                        .forEach(topic -> assigned.merge(topic, 1, Integer::sum));
            }
            GroupFacts group = new GroupFacts(id, members.size(), assigned, committed);
            if (partitions.keySet().stream().anyMatch(group::touches)) {
                groups.add(group);
            }
        }
        return groups;
    }

    private <T> T await(org.apache.kafka.common.KafkaFuture<T> future, String action) throws ClusterAccessException {
        return KafkaCalls.await(future, timeout, action, RecordScanner.READ_HINT);
    }
}
