package io.onex.plugin.migration;

import io.onex.plugin.migration.MigrationStatus.CanonicalGroup;
import io.onex.plugin.migration.MigrationStatus.DualPublishing;
import io.onex.plugin.migration.MigrationStatus.LegacyGroup;
import io.onex.plugin.migration.MigrationStatus.NextStep;
import io.onex.plugin.migration.MigrationStatus.PairStatus;
import io.onex.plugin.migration.MigrationStatus.Side;
import io.onex.plugin.migration.MigrationStatus.StepCheck;
import io.onex.plugin.migration.MigrationStatus.Verdict;
import io.onex.plugin.migration.Observation.Committed;
import io.onex.plugin.migration.Observation.Event;
import io.onex.plugin.migration.Observation.GroupFacts;
import io.onex.plugin.migration.Observation.PairFacts;
import io.onex.plugin.migration.Observation.TopicFacts;
import io.onex.rules.ConsumerGroups;
import io.onex.rules.MigrationPhase;
import io.onex.rules.Tenant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Judges an {@link Observation}: plain logic, no cluster. The phase is what the producers are seen to write, the
 * lowest over the pairs with events (a pair still written under its legacy name only keeps the cluster in
 * {@code legacy}); with no legacy topic left it is {@code deprecated}. Consumer groups decide the next step within a
 * phase: while a group still needs a legacy topic, it is moved before dual publishing stops.
 */
final class StatusAssessor {

    /** How many event ids a line of text names before it says how many more there are. */
    static final int IDS_SHOWN = 10;

    private StatusAssessor() {
    }

    static MigrationStatus assess(Observation observation, Optional<Tenant> tenant, Invocation invocation,
            Optional<MigrationStep> asked) {
        Map<String, GroupFacts> groups = new TreeMap<>();
        observation.groups().forEach(g -> groups.put(g.group(), g));
        List<PairStatus> pairs = observation.pairs().stream()
                .map(p -> pairStatus(p, observation, groups, tenant)).toList();
        Optional<MigrationPhase> phase = phase(pairs);
        String reason = phaseReason(phase, pairs, observation);
        NextStep next = next(phase, pairs, invocation, observation);
        Optional<StepCheck> check = asked.map(step -> new StepCheck(step, reasons(step, phase, pairs, invocation)));
        return new MigrationStatus(observation.window(), pairs, phase, reason, next, check);
    }

    // --- one pair -------------------------------------------------------------------------------------------------

    private static PairStatus pairStatus(PairFacts facts, Observation observation, Map<String, GroupFacts> groups,
            Optional<Tenant> tenant) {
        long start = observation.windowStart().toEpochMilli();
        Side legacy = side(facts.legacy(), start);
        Side canonical = side(facts.canonical(), start);
        DualPublishing dual = compare(facts.legacy(), facts.canonical(), start,
                observation.judgedUntil().toEpochMilli());
        List<LegacyGroup> legacyGroups = new ArrayList<>();
        List<CanonicalGroup> canonicalGroups = new ArrayList<>();
        for (GroupFacts group : groups.values()) {
            if (facts.legacy().exists() && group.touches(facts.legacy().name())) {
                legacyGroups.add(new LegacyGroup(group.group(), readers(group, facts.legacy().name()),
                        lag(group, facts.legacy()), movedTo(group, facts, groups, tenant)));
            }
            if (facts.canonical().exists() && group.touches(facts.canonical().name())) {
                canonicalGroups.add(new CanonicalGroup(group.group(), readers(group, facts.canonical().name()),
                        lag(group, facts.canonical()), followsNaming(group.group(), tenant)));
            }
        }
        return new PairStatus(legacy, canonical, dual, legacyGroups, canonicalGroups);
    }

    private static Side side(TopicFacts topic, long windowStart) {
        long events = topic.sample().events().stream().filter(e -> e.timestamp() >= windowStart)
                .map(Event::eventId).distinct().count();
        return new Side(topic.name(), topic.exists(), topic.partitions(), (int) events);
    }

    /** Compares the two sides by event id; only events old enough to have reached both sides are judged. */
    static DualPublishing compare(TopicFacts legacy, TopicFacts canonical, long windowStart, long judgedUntil) {
        int unreadable = legacy.sample().unreadable() + canonical.sample().unreadable();
        if (!legacy.exists() || !canonical.exists()) {
            return new DualPublishing(Verdict.TOPIC_MISSING, List.of(), List.of(), unreadable);
        }
        Map<String, Long> onLegacy = earliest(legacy.sample().events());
        Map<String, Long> onCanonical = earliest(canonical.sample().events());
        boolean legacyInWindow = onLegacy.values().stream().anyMatch(t -> t >= windowStart);
        boolean canonicalInWindow = onCanonical.values().stream().anyMatch(t -> t >= windowStart);
        if (!legacyInWindow && !canonicalInWindow) {
            return new DualPublishing(Verdict.IDLE, List.of(), List.of(), unreadable);
        }
        if (!canonicalInWindow) {
            return new DualPublishing(Verdict.LEGACY_ONLY, List.of(), List.of(), unreadable);
        }
        if (!legacyInWindow) {
            return new DualPublishing(Verdict.ONEX_ONLY, List.of(), List.of(), unreadable);
        }
        List<String> missingOnCanonical = missing(onLegacy, onCanonical, windowStart, judgedUntil);
        List<String> missingOnLegacy = missing(onCanonical, onLegacy, windowStart, judgedUntil);
        // Events on one side only are no gap when they all precede the first ONEX event (dual publishing began) or
        // all follow the last legacy event (legacy writes ended); a window can hold both transitions.
        boolean beganInWindow = newest(missingOnCanonical, onLegacy) < oldest(onCanonical);
        boolean endedInWindow = oldest(missingOnLegacy, onCanonical) > newest(onLegacy);
        Verdict verdict;
        if (missingOnCanonical.isEmpty() && missingOnLegacy.isEmpty()) {
            verdict = Verdict.COMPLETE;
        } else if (!missingOnLegacy.isEmpty() && endedInWindow && beganInWindow) {
            verdict = Verdict.STOPPED;
        } else if (missingOnLegacy.isEmpty() && beganInWindow) {
            verdict = Verdict.STARTED;
        } else {
            verdict = Verdict.INCOMPLETE;
        }
        return new DualPublishing(verdict, missingOnCanonical, missingOnLegacy, unreadable);
    }

    private static Map<String, Long> earliest(List<Event> events) {
        Map<String, Long> earliest = new HashMap<>();
        events.forEach(e -> earliest.merge(e.eventId(), e.timestamp(), Math::min));
        return earliest;
    }

    private static List<String> missing(Map<String, Long> side, Map<String, Long> other, long from, long until) {
        return side.entrySet().stream().filter(e -> e.getValue() >= from && e.getValue() <= until)
                .map(Map.Entry::getKey).filter(id -> !other.containsKey(id)).sorted().toList();
    }

    private static long newest(List<String> ids, Map<String, Long> times) {
        return ids.stream().mapToLong(times::get).max().orElse(Long.MIN_VALUE);
    }

    private static long oldest(List<String> ids, Map<String, Long> times) {
        return ids.stream().mapToLong(times::get).min().orElse(Long.MAX_VALUE);
    }

    private static long newest(Map<String, Long> times) {
        return times.values().stream().mapToLong(Long::longValue).max().orElse(Long.MIN_VALUE);
    }

    private static long oldest(Map<String, Long> times) {
        return times.values().stream().mapToLong(Long::longValue).min().orElse(Long.MAX_VALUE);
    }

    private static int readers(GroupFacts group, String topic) {
        return group.assignedMembers().getOrDefault(topic, 0);
    }

    private static long lag(GroupFacts group, TopicFacts topic) {
        long lag = 0;
        for (Map.Entry<Integer, Committed> e : group.committed().getOrDefault(topic.name(), Map.of()).entrySet()) {
            lag += Math.max(0, topic.endOffsets().getOrDefault(e.getKey(), 0L) - e.getValue().offset());
        }
        return lag;
    }

    /**
     * Where a group on a legacy topic moved: the group its cutover marker names, or its section 9 successor
     * {@code [<tenant>.]<group>-onex-v1}, once that has offsets on the canonical twin. A group that still has members
     * on the legacy topic has not moved, unless it is its own successor (one group reading both names).
     */
    private static Optional<String> movedTo(GroupFacts group, PairFacts pair, Map<String, GroupFacts> groups,
            Optional<Tenant> tenant) {
        boolean reading = readers(group, pair.legacy().name()) > 0;
        Map<Integer, Committed> positions = group.committed().getOrDefault(pair.legacy().name(), Map.of());
        Set<Optional<String>> markers = positions.values().stream().map(Committed::movedTo)
                .collect(Collectors.toSet());
        if (markers.size() == 1 && markers.iterator().next().isPresent()) {
            String target = markers.iterator().next().get();
            if (hasPositions(groups.get(target), pair) && (!reading || target.equals(group.group()))) {
                return Optional.of(target);
            }
        }
        String successor = successor(group.group(), tenant);
        if (hasPositions(groups.get(successor), pair) && (!reading || successor.equals(group.group()))) {
            return Optional.of(successor);
        }
        return Optional.empty();
    }

    private static boolean hasPositions(GroupFacts group, PairFacts pair) {
        return group != null && group.committed().containsKey(pair.canonical().name());
    }

    /** The group section 9 names for a legacy group's service: {@code [<tenant>.]<legacy group>-onex-v1}. */
    static String successor(String legacyGroup, Optional<Tenant> tenant) {
        String prefix = Tenant.prefixOf(tenant);
        String service = !prefix.isEmpty() && legacyGroup.startsWith(prefix) && legacyGroup.length() > prefix.length()
                ? legacyGroup.substring(prefix.length()) : legacyGroup;
        return ConsumerGroups.groupId(service, tenant);
    }

    private static boolean followsNaming(String group, Optional<Tenant> tenant) {
        String prefix = Tenant.prefixOf(tenant);
        return group.startsWith(prefix) && group.endsWith(ConsumerGroups.SUFFIX)
                && group.length() > prefix.length() + ConsumerGroups.SUFFIX.length();
    }

    // --- the phase ------------------------------------------------------------------------------------------------

    private static Optional<MigrationPhase> phase(List<PairStatus> pairs) {
        if (pairs.stream().noneMatch(p -> p.legacy().exists())) {
            return Optional.of(MigrationPhase.DEPRECATED);
        }
        return pairs.stream().map(StatusAssessor::producerPhase).flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }

    /** What the producers of one pair are seen to write, as the phase that means. */
    private static Optional<MigrationPhase> producerPhase(PairStatus pair) {
        if (!pair.canonical().exists()) {
            return pair.legacy().exists() ? Optional.of(MigrationPhase.LEGACY) : Optional.empty();
        }
        if (!pair.legacy().exists()) {
            return pair.canonical().events() > 0 ? Optional.of(MigrationPhase.ONEX) : Optional.empty();
        }
        return switch (pair.dual().verdict()) {
            case LEGACY_ONLY -> Optional.of(MigrationPhase.LEGACY);
            case STARTED, COMPLETE, INCOMPLETE -> Optional.of(MigrationPhase.DUAL);
            case STOPPED, ONEX_ONLY -> Optional.of(MigrationPhase.ONEX);
            case IDLE, TOPIC_MISSING -> Optional.empty();
        };
    }

    private static String phaseReason(Optional<MigrationPhase> phase, List<PairStatus> pairs, Observation o) {
        if (phase.isEmpty()) {
            return "no event on any legacy or ONEX topic in the last " + o.window()
                    + ", so what the producers write cannot be seen";
        }
        String summary = switch (phase.get()) {
            case LEGACY -> "producers write the legacy names";
            case DUAL -> "producers write both names";
            case ONEX -> "producers write the ONEX names only; the legacy topics remain";
            case DEPRECATED -> "the legacy topics are gone";
        };
        return summary + " (" + pairs.stream().map(StatusAssessor::describe).collect(Collectors.joining("; ")) + ")";
    }

    /** One pair in a few words, named by its legacy topic. */
    static String describe(PairStatus pair) {
        Side legacy = pair.legacy();
        Side canonical = pair.canonical();
        DualPublishing dual = pair.dual();
        String what = switch (dual.verdict()) {
            case TOPIC_MISSING -> !legacy.exists() && !canonical.exists() ? "neither topic exists"
                    : !canonical.exists() ? canonical.topic() + " does not exist"
                    : "deleted" + (canonical.events() > 0 ? ", " + count(canonical.events(), "event") + " on "
                            + canonical.topic() : "");
            case IDLE -> "no events in the window";
            case LEGACY_ONLY -> count(legacy.events(), "event") + " on the legacy topic only";
            case STARTED -> "dual publishing began within the window: "
                    + count(dual.missingOnCanonical().size(), "earlier event") + " on the legacy topic only, "
                    + count(canonical.events(), "event") + " since on both";
            case COMPLETE -> "the same " + count(legacy.events(), "event") + " on both topics";
            case INCOMPLETE -> "dual publishing incomplete: " + dual.missingOnCanonical().size() + " missing on "
                    + canonical.topic() + ", " + dual.missingOnLegacy().size() + " missing on " + legacy.topic();
            case STOPPED -> "legacy writes ended within the window: the last "
                    + count(dual.missingOnLegacy().size(), "event") + " on " + canonical.topic() + " only";
            case ONEX_ONLY -> count(canonical.events(), "event") + " on " + canonical.topic() + " only";
        };
        return legacy.topic() + ": " + what;
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    // --- the next step --------------------------------------------------------------------------------------------

    private static NextStep next(Optional<MigrationPhase> phase, List<PairStatus> pairs, Invocation invocation,
            Observation o) {
        String status = invocation.command("migration-status");
        if (phase.isEmpty()) {
            return new NextStep(Optional.empty(), "no events in the last " + o.window() + ": check that the producers"
                    + " run, or look further back", List.of(invocation.command("migration-status",
                    "-Donex.migration.window=" + o.window().multipliedBy(6))));
        }
        List<String> stragglers = stragglers(pairs);
        return switch (phase.get()) {
            case DEPRECATED -> new NextStep(Optional.empty(), "none: the migration is complete"
                    + misnamed(pairs).map(m -> "; " + m).orElse(""), List.of());
            case LEGACY -> pairs.stream().anyMatch(p -> !p.canonical().exists())
                    ? new NextStep(Optional.of(MigrationStep.DUAL), "create the ONEX topics, then switch the"
                            + " producers to topic mode DUAL and rerun migration-status until dual publishing is"
                            + " complete", List.of(invocation.command("provision", "-Donex.migration.phase=dual",
                                    "-Donex.provision.mode=apply"),
                            invocation.command("migration-status", "-Donex.migration.step=dual")))
                    : new NextStep(Optional.of(MigrationStep.DUAL), "switch the producers to topic mode DUAL (SDK:"
                            + " KafkaEventBusConfig topicMode(TopicMode.DUAL)) and rerun migration-status until dual"
                            + " publishing is complete", List.of(
                            invocation.command("migration-status", "-Donex.migration.step=dual")));
            case DUAL -> {
                List<String> broken = pairs.stream().filter(p -> p.dual().verdict() == Verdict.INCOMPLETE)
                        .map(p -> p.legacy().topic()).toList();
                if (!broken.isEmpty()) {
                    yield new NextStep(Optional.empty(), "repair dual publishing on " + String.join(", ", broken)
                            + ": every producer writes each event to both names (the missing ids are listed); then"
                            + " rerun migration-status", List.of(status));
                }
                if (!stragglers.isEmpty()) {
                    yield cutover(stragglers, invocation, "move each consumer group off the legacy topics: stop its"
                            + " consumers, seed its -onex-v1 group with migration-cutover, then start them on the ONEX"
                            + " topics (topic mode ONEX) with that group");
                }
                yield new NextStep(Optional.of(MigrationStep.STOP_DUAL), "every consumer group reads the ONEX topics:"
                        + " switch the producers to topic mode ONEX (USE_ONEX_TOPICS=true)",
                        List.of(invocation.command("migration-status", "-Donex.migration.step=stop-dual")));
            }
            case ONEX -> !stragglers.isEmpty()
                    ? cutover(stragglers, invocation, "the legacy topics receive no more events, but "
                            + String.join(", ", stragglers) + " still need them: move each group with migration-cutover")
                    : new NextStep(Optional.of(MigrationStep.DEPRECATE), "remove the legacy topics' ACLs (verify then"
                            + " lists the legacy topics left); once their retention has passed, delete them by name with"
                            + " provision's -Donex.provision.deleteTopics", List.of(
                            invocation.command("migration-status", "-Donex.migration.step=deprecate"),
                            invocation.command("provision", "-Donex.migration.phase=deprecated",
                                    "-Donex.provision.mode=apply"),
                            invocation.command("provision", "-Donex.migration.phase=deprecated",
                                    "-Donex.provision.mode=verify")));
        };
    }

    private static NextStep cutover(List<String> groups, Invocation invocation, String description) {
        List<String> commands = new ArrayList<>();
        commands.add(invocation.command("migration-status", "-Donex.migration.step=cutover"));
        for (String group : groups) {
            commands.add(invocation.command("migration-cutover", "-Donex.migration.legacyGroup=" + group));
            commands.add(invocation.command("migration-cutover", "-Donex.migration.legacyGroup=" + group,
                    "-Donex.migration.mode=apply"));
        }
        return new NextStep(Optional.of(MigrationStep.CUTOVER), description, commands);
    }

    /** The groups that still need a legacy topic, sorted. */
    private static List<String> stragglers(List<PairStatus> pairs) {
        Set<String> groups = new TreeSet<>();
        pairs.forEach(p -> p.legacyGroups().stream().filter(LegacyGroup::stillOnLegacy)
                .forEach(g -> groups.add(g.group())));
        return List.copyOf(groups);
    }

    private static Optional<String> misnamed(List<PairStatus> pairs) {
        Set<String> groups = new TreeSet<>();
        pairs.forEach(p -> p.canonicalGroups().stream().filter(g -> !g.followsNaming())
                .forEach(g -> groups.add(g.group())));
        return groups.isEmpty() ? Optional.empty() : Optional.of("consumer groups not named <service>-onex-v1 as"
                + " section 9 asks: " + String.join(", ", groups));
    }

    // --- is a step safe? ------------------------------------------------------------------------------------------

    private static List<String> reasons(MigrationStep step, Optional<MigrationPhase> phase, List<PairStatus> pairs,
            Invocation invocation) {
        List<String> reasons = new ArrayList<>();
        switch (step) {
            case DUAL -> topicsReady(pairs, invocation, reasons);
            case CUTOVER -> {
                topicsReady(pairs, invocation, reasons);
                dualPublishingSound(pairs, reasons);
            }
            case STOP_DUAL -> {
                dualPublishingSound(pairs, reasons);
                consumersMoved(pairs, reasons);
            }
            case DEPRECATE -> {
                if (phase.equals(Optional.of(MigrationPhase.DEPRECATED))) {
                    break;
                }
                for (PairStatus pair : pairs) {
                    if (pair.legacy().exists() && pair.legacy().events() > 0
                            && pair.dual().verdict() != Verdict.STOPPED) {
                        reasons.add("producers still write " + pair.legacy().topic() + ": "
                                + count(pair.legacy().events(), "event") + " in the window");
                    }
                }
                if (phase.isEmpty()) {
                    reasons.add("no events in the window: whether producers still write the legacy topics cannot"
                            + " be seen");
                }
                consumersMoved(pairs, reasons);
            }
        }
        return reasons;
    }

    /** Both topics of every pair exist with one partition count, so dual publishing puts a key on the same partition. */
    private static void topicsReady(List<PairStatus> pairs, Invocation invocation, List<String> reasons) {
        String provision = invocation.command("provision", "-Donex.migration.phase=dual", "-Donex.provision.mode=apply");
        for (PairStatus pair : pairs) {
            for (Side side : List.of(pair.legacy(), pair.canonical())) {
                if (!side.exists()) {
                    reasons.add(side.topic() + " does not exist; create it with: " + provision);
                }
            }
            if (pair.legacy().exists() && pair.canonical().exists()
                    && pair.legacy().partitions() != pair.canonical().partitions()) {
                reasons.add(pair.legacy().topic() + " has " + pair.legacy().partitions() + " partitions but "
                        + pair.canonical().topic() + " has " + pair.canonical().partitions()
                        + ": one key would land on different partitions, so positions cannot be carried over");
            }
        }
    }

    /**
     * No producer writes only the legacy name, and no event is on one side only, except before dual publishing began
     * or after it ended within the window (each moved consumer checks its own events again).
     */
    private static void dualPublishingSound(List<PairStatus> pairs, List<String> reasons) {
        boolean seen = false;
        for (PairStatus pair : pairs) {
            DualPublishing dual = pair.dual();
            switch (dual.verdict()) {
                case LEGACY_ONLY -> reasons.add("producers do not write " + pair.canonical().topic() + " yet: "
                        + count(pair.legacy().events(), "event") + " on " + pair.legacy().topic() + " only");
                case INCOMPLETE -> reasons.add("dual publishing on " + pair.legacy().topic() + " is incomplete: "
                        + java.util.stream.Stream.of(missingText(dual.missingOnCanonical(), pair.canonical().topic()),
                                missingText(dual.missingOnLegacy(), pair.legacy().topic()))
                                .filter(text -> !text.isEmpty()).collect(Collectors.joining("; ")));
                default -> {
                }
            }
            seen |= dual.verdict() != Verdict.IDLE && dual.verdict() != Verdict.TOPIC_MISSING;
        }
        if (!seen) {
            reasons.add("no events in the window on any pair: dual publishing cannot be seen");
        }
    }

    private static String missingText(List<String> ids, String topic) {
        return ids.isEmpty() ? "" : ids.size() + " missing on " + topic + " (" + shown(ids) + ")";
    }

    /** Up to {@link #IDS_SHOWN} ids, then how many more. */
    static String shown(List<String> ids) {
        String head = String.join(", ", ids.subList(0, Math.min(ids.size(), IDS_SHOWN)));
        return ids.size() > IDS_SHOWN ? head + " and " + (ids.size() - IDS_SHOWN) + " more" : head;
    }

    private static void consumersMoved(List<PairStatus> pairs, List<String> reasons) {
        for (PairStatus pair : pairs) {
            for (LegacyGroup group : pair.legacyGroups()) {
                if (!group.stillOnLegacy()) {
                    continue;
                }
                String where = switch (group.state()) {
                    case "reading" -> "reads " + pair.legacy().topic() + " (" + count(group.readers(), "member")
                            + ", lag " + group.lag() + ")";
                    case "behind" -> "lags on " + pair.legacy().topic() + " (lag " + group.lag() + ")";
                    default -> "has positions on " + pair.legacy().topic() + " (no members, nothing left)";
                };
                reasons.add("consumer group " + group.group() + " still " + where + " and has not moved to the ONEX"
                        + " topic; move it with migration-cutover"
                        + (group.state().equals("idle") ? ", or delete the group if no service uses it any more" : ""));
            }
        }
    }
}
