package io.onex.plugin.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.plugin.migration.MigrationStatus.DualPublishing;
import io.onex.plugin.migration.MigrationStatus.Verdict;
import io.onex.plugin.migration.Observation.Committed;
import io.onex.plugin.migration.Observation.Event;
import io.onex.plugin.migration.Observation.GroupFacts;
import io.onex.plugin.migration.Observation.PairFacts;
import io.onex.plugin.migration.Observation.Sample;
import io.onex.plugin.migration.Observation.TopicFacts;
import io.onex.plugin.write.OutputWriter;
import io.onex.rules.MigrationPhase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The judgement of fixed observations, without a cluster: the verdicts on dual publishing, the phase, and the report
 * as reviewed files under {@code src/test/resources/migration} (rewrite with {@code -Donex.updateGolden=true} after a
 * deliberate change, and review the diff).
 */
class StatusAssessorTest {

    private static final Path GOLDEN = Path.of("src/test/resources/migration");
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant JUDGED_UNTIL = Instant.parse("2026-01-01T00:09:50Z");
    private static final Invocation INVOCATION = new Invocation("io.onex:onex-maven-plugin:1.1.0",
            List.of("-Donex.bootstrapServers=broker:9092"));

    /** Event {@code n} of a fixture: a fixed id, written {@code n} seconds after the window starts. */
    private static Event event(int n) {
        return new Event(String.format("00000000-0000-4000-8000-%012d", n), START.plusSeconds(n).toEpochMilli());
    }

    private static List<Event> events(int from, int to) {
        List<Event> events = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            events.add(event(n));
        }
        return events;
    }

    private static TopicFacts topic(String name, List<Event> events, long end) {
        return new TopicFacts(name, true, 3, Map.of(0, end, 1, 0L, 2, 0L), new Sample(events, 0));
    }

    private static DualPublishing compare(List<Event> legacy, List<Event> canonical) {
        return StatusAssessor.compare(topic("node.heartbeat", legacy, legacy.size()),
                topic("onex.node.heartbeat.published.v1", canonical, canonical.size()), START.toEpochMilli(),
                JUDGED_UNTIL.toEpochMilli());
    }

    private static List<Event> concat(List<Event> a, List<Event> b) {
        List<Event> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    @DisplayName("the same events on both sides are complete, whatever their order and duplicates")
    void complete() {
        List<Event> legacy = concat(events(1, 20), List.of(event(3)));
        List<Event> canonical = new ArrayList<>(events(1, 20));
        java.util.Collections.reverse(canonical);
        assertThat(compare(legacy, canonical).verdict()).isEqualTo(Verdict.COMPLETE);
    }

    @Test
    @DisplayName("events younger than the grace, or older than the window, are not judged")
    void graceAndWindow() {
        List<Event> legacy = concat(events(1, 10), List.of(event(595), event(-30)));
        assertThat(compare(legacy, events(1, 10)).verdict()).isEqualTo(Verdict.COMPLETE);
    }

    @Test
    @DisplayName("events on one side only in the middle are a gap, naming each missing id")
    void gap() {
        List<Event> legacy = concat(events(1, 10), events(12, 20));
        List<Event> canonical = concat(events(1, 4), events(6, 20));
        DualPublishing dual = compare(legacy, canonical);
        assertThat(dual.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(dual.missingOnCanonical()).containsExactly(event(5).eventId());
        assertThat(dual.missingOnLegacy()).containsExactly(event(11).eventId());
    }

    @Test
    @DisplayName("dual publishing that began or ended within the window is told apart from a gap")
    void startedAndStopped() {
        assertThat(compare(events(1, 20), events(8, 20)).verdict()).isEqualTo(Verdict.STARTED);
        assertThat(compare(events(1, 12), events(1, 20)).verdict()).isEqualTo(Verdict.STOPPED);
        // legacy only, then both, then ONEX only: the whole migration of the producers within one window
        assertThat(compare(events(1, 12), events(5, 20)).verdict()).isEqualTo(Verdict.STOPPED);
        assertThat(compare(events(1, 20), List.of()).verdict()).isEqualTo(Verdict.LEGACY_ONLY);
        assertThat(compare(List.of(), events(1, 20)).verdict()).isEqualTo(Verdict.ONEX_ONLY);
        assertThat(compare(List.of(), List.of()).verdict()).isEqualTo(Verdict.IDLE);
        // a legacy-only event after the ONEX events began is a gap, not a start
        assertThat(compare(concat(events(1, 20), List.of(event(30))), events(8, 20)).verdict())
                .isEqualTo(Verdict.INCOMPLETE);
    }

    @Test
    @DisplayName("the phase is the lowest the producers of any pair show; no legacy topic left is deprecated")
    void phase() {
        Observation mixed = observation(List.of(
                pair("node.introspection", events(1, 3), "onex.node.introspection.published.v1", List.of()),
                pair("node.heartbeat", events(10, 20), "onex.node.heartbeat.published.v1", events(10, 20))),
                List.of());
        MigrationStatus status = StatusAssessor.assess(mixed, Optional.empty(), INVOCATION, Optional.empty());
        assertThat(status.phase()).contains(MigrationPhase.LEGACY);
        assertThat(status.phaseReason()).isEqualTo("producers write the legacy names (node.introspection: 3 events on"
                + " the legacy topic only; node.heartbeat: the same 11 events on both topics)");

        Observation deprecated = observation(List.of(new PairFacts(TopicFacts.missing("node.heartbeat"),
                topic("onex.node.heartbeat.published.v1", events(1, 3), 3))), List.of());
        assertThat(StatusAssessor.assess(deprecated, Optional.empty(), INVOCATION, Optional.empty()).phase())
                .contains(MigrationPhase.DEPRECATED);
    }

    @Test
    @DisplayName("a cutover marker names where a legacy group went, even under another service name, once that group"
            + " has positions on the ONEX topic")
    void marker() {
        GroupFacts legacyGroup = new GroupFacts("registry-introspection", 0, Map.of(), Map.of("node.heartbeat",
                Map.of(0, new Committed(11, CutoverMarker.to("registry-onex-v1")))));
        GroupFacts newGroup = new GroupFacts("registry-onex-v1", 0, Map.of(), Map.of(
                "onex.node.heartbeat.published.v1", Map.of(0, new Committed(11, CutoverMarker.from(
                        "registry-introspection")))));
        PairFacts pair = pair("node.heartbeat", events(1, 20), "onex.node.heartbeat.published.v1", events(1, 20));

        MigrationStatus moved = StatusAssessor.assess(observation(List.of(pair), List.of(legacyGroup, newGroup)),
                Optional.empty(), INVOCATION, Optional.of(MigrationStep.STOP_DUAL));
        assertThat(moved.pairs().get(0).legacyGroups()).singleElement()
                .satisfies(g -> assertThat(g.movedTo()).contains("registry-onex-v1"));
        assertThat(moved.check().orElseThrow().safe()).isTrue();

        MigrationStatus notYet = StatusAssessor.assess(observation(List.of(pair), List.of(legacyGroup)),
                Optional.empty(), INVOCATION, Optional.of(MigrationStep.STOP_DUAL));
        assertThat(notYet.pairs().get(0).legacyGroups()).singleElement()
                .satisfies(g -> assertThat(g.movedTo()).isEmpty());
        assertThat(notYet.check().orElseThrow().safe()).isFalse();
    }

    private static PairFacts pair(String legacy, List<Event> onLegacy, String canonical, List<Event> onCanonical) {
        return new PairFacts(topic(legacy, onLegacy, onLegacy.size()), topic(canonical, onCanonical,
                onCanonical.size()));
    }

    private static Observation observation(List<PairFacts> pairs, List<GroupFacts> groups) {
        return new Observation(START, JUDGED_UNTIL, Duration.ofMinutes(10), pairs, groups);
    }

    /** Dual publishing with a gap on the heartbeats, a legacy group behind and one that moved. */
    private static MigrationStatus fixture() {
        List<Event> legacyHeartbeats = concat(events(1, 10), events(12, 14));
        List<Event> canonicalHeartbeats = concat(events(1, 4), events(6, 14));
        List<GroupFacts> groups = List.of(
                new GroupFacts("registry-introspection", 0, Map.of(), Map.of("node.heartbeat",
                        Map.of(0, new Committed(9, "")), "node.introspection", Map.of(0, new Committed(2, "")))),
                new GroupFacts("audit", 1, Map.of("node.heartbeat", 1), Map.of("node.heartbeat",
                        Map.of(0, new Committed(13, "")))),
                new GroupFacts("audit-onex-v1", 0, Map.of(), Map.of("onex.node.introspection.published.v1",
                        Map.of(0, new Committed(2, "")))),
                new GroupFacts("dashboards", 2, Map.of("onex.node.heartbeat.published.v1", 2),
                        Map.of("onex.node.heartbeat.published.v1", Map.of(0, new Committed(12, "")))));
        Observation observation = observation(List.of(
                pair("node.introspection", events(101, 102), "onex.node.introspection.published.v1",
                        events(101, 102)),
                pair("node.heartbeat", legacyHeartbeats, "onex.node.heartbeat.published.v1", canonicalHeartbeats),
                pair("node.request_introspection", List.of(), "onex.registry.introspection.requested.v1",
                        List.of())), groups);
        return StatusAssessor.assess(observation, Optional.empty(), INVOCATION, Optional.of(MigrationStep.STOP_DUAL));
    }

    @Test
    @DisplayName("the JSON report and the log table of a fixed observation equal the reviewed files")
    void golden() throws Exception {
        MigrationStatus status = fixture();
        Map<String, String> rendered = Map.of("status.json", StatusReport.json(status),
                "status.txt", String.join("\n", StatusReport.lines(status)) + "\n");
        if (Boolean.getBoolean("onex.updateGolden")) {
            OutputWriter.put(GOLDEN, rendered);
        }
        for (Map.Entry<String, String> file : rendered.entrySet()) {
            assertThat(file.getValue()).as("%s (rewrite with -Donex.updateGolden=true after review)", file.getKey())
                    .isEqualTo(Files.readString(GOLDEN.resolve(file.getKey()), StandardCharsets.UTF_8));
        }
        assertThat(StatusReport.json(fixture())).isEqualTo(rendered.get("status.json"));
    }
}
