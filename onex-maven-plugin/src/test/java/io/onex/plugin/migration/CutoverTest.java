package io.onex.plugin.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.plugin.core.CatalogSource;
import io.onex.plugin.core.GoalResult;
import io.onex.plugin.migration.CutoverPlanner.Seed;
import io.onex.testkit.KafkaBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cutover on a real broker, one tenant per test: a consumer moved to its -onex-v1 group processes every event
 * exactly once across the switch (counted by event id), and every case that cannot be translated exactly is refused
 * with nothing committed.
 */
class CutoverTest {

    @RegisterExtension
    static final KafkaBroker kafka = KafkaBroker.plaintext();
    private static Traffic traffic;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        traffic = new Traffic(kafka);
    }

    @AfterAll
    static void close() {
        traffic.close();
    }

    private static String legacy(String tenant) {
        return tenant + ".node.heartbeat";
    }

    private static String canonical(String tenant) {
        return tenant + ".onex.node.heartbeat.published.v1";
    }

    private static List<String> both(String tenant) {
        return List.of(canonical(tenant), legacy(tenant));
    }

    private static Instant minutesAgo(int minutes) {
        return Instant.now().minus(Duration.ofMinutes(minutes));
    }

    private GoalResult cutover(String tenant, String legacyGroup, String mode, boolean force) throws Exception {
        Invocation invocation = new Invocation("io.onex:onex-maven-plugin:1.1.0",
                List.of("-Donex.bootstrapServers=broker:9092"));
        return new MigrationCutoverGoal().run(CatalogSource.canonical(), dir, new CutoverSettings(
                MigrationConnection.plain(kafka.bootstrapServers(), tenant, invocation), legacyGroup,
                Optional.empty(), mode, force, "PT1M"));
    }

    private MigrationCutoverGoal.Output output(String tenant, String legacyGroup, String mode, boolean force)
            throws Exception {
        GoalResult result = cutover(tenant, legacyGroup, mode, force);
        assertThat(result).isInstanceOf(MigrationCutoverGoal.Output.class);
        return (MigrationCutoverGoal.Output) result;
    }

    @Test
    @DisplayName("after the cutover the consumer, now in <group>-onex-v1 on the ONEX topic, processes exactly the"
            + " events after the last one it processed: none lost, none twice, with events flowing throughout")
    void exactlyOnceAcrossTheSwitch() throws Exception {
        traffic.topics(legacy("once"), canonical("once"));
        List<String> published = new ArrayList<>(traffic.heartbeats(30, minutesAgo(5), both("once")));
        List<String> before = traffic.process("once.registry-introspection", List.of(legacy("once")), 11);
        published.addAll(traffic.heartbeats(5, minutesAgo(4), both("once")));

        MigrationCutoverGoal.Output plan = output("once", "once.registry-introspection", "plan", false);
        assertThat(plan.refusals()).isEmpty();
        assertThat(plan.newGroup()).isEqualTo("once.registry-introspection-onex-v1");
        assertThat(plan.seeds()).hasSize(3);
        assertThat(plan.seeds()).extracting(Seed::remaining).containsExactlyElementsOf(
                plan.seeds().stream().map(Seed::legacyRemaining).toList());
        assertThat(plan.summary()).startsWith("ONEX migration-cutover plan: 3 positions of"
                + " once.registry-introspection-onex-v1 from once.registry-introspection; nothing was committed");
        assertThat(plan.details()).first().asString().startsWith("would commit once.registry-introspection-onex-v1 "
                + canonical("once") + "-0@");
        assertThat(traffic.committed("once.registry-introspection-onex-v1", canonical("once"))).isEmpty();

        MigrationCutoverGoal.Output applied = output("once", "once.registry-introspection", "apply", false);
        assertThat(applied.seeds()).isEqualTo(plan.seeds());
        assertThat(traffic.committed("once.registry-introspection-onex-v1", canonical("once")))
                .containsOnlyKeys(0, 1, 2);
        assertThat(traffic.metadata("once.registry-introspection", legacy("once")))
                .containsOnly("onex-cutover to once.registry-introspection-onex-v1");

        published.addAll(traffic.heartbeats(7, minutesAgo(3), both("once")));
        List<String> after = traffic.drain("once.registry-introspection-onex-v1", List.of(canonical("once")));

        assertThat(after).doesNotHaveDuplicates().doesNotContainAnyElementsOf(before);
        Set<String> processed = new HashSet<>(before);
        processed.addAll(after);
        assertThat(processed).containsExactlyInAnyOrderElementsOf(published);
        assertThat(before.size() + after.size()).isEqualTo(published.size());
    }

    @Test
    @DisplayName("refused, nothing committed: a group without positions, an active legacy group (unless forced), a new"
            + " group with members or with positions already")
    void groupsRefused() throws Exception {
        traffic.topics(legacy("groups"), canonical("groups"));
        traffic.heartbeats(6, minutesAgo(3), both("groups"));
        traffic.process("groups.registry", List.of(legacy("groups")), 3);

        assertThat(output("groups", "groups.nobody", "apply", false).refusals()).containsExactly("groups.nobody has"
                + " no committed offsets on the legacy topics (groups.node.introspection, groups.node.heartbeat,"
                + " groups.node.request_introspection); name the group whose consumers read them (migration-status"
                + " lists them)");

        try (KafkaConsumer<String, String> active = traffic.consumer("groups.registry", List.of(legacy("groups")))) {
            while (active.assignment().isEmpty()) {
                active.poll(Duration.ofMillis(100));
            }
            MigrationCutoverGoal.Output refused = output("groups", "groups.registry", "apply", false);
            assertThat(refused.refusals()).singleElement().asString().startsWith("groups.registry is active (1"
                    + " member): stop its consumers first");
            assertThat(refused.findingsFail()).isTrue();
            assertThat(refused.summary()).isEqualTo("ONEX migration-cutover apply: refused to move groups.registry to"
                    + " groups.registry-onex-v1 (1 problem); nothing was committed");
            MigrationCutoverGoal.Output forced = output("groups", "groups.registry", "plan", true);
            assertThat(forced.refusals()).isEmpty();
            assertThat(forced.notes()).anySatisfy(n -> assertThat(n).startsWith("groups.registry is active (1"
                    + " member): its positions as committed now are translated"));
        }
        try (KafkaConsumer<String, String> busy = traffic.consumer("groups.registry-onex-v1",
                List.of(canonical("groups")))) {
            while (busy.assignment().isEmpty()) {
                busy.poll(Duration.ofMillis(100));
            }
            assertThat(output("groups", "groups.registry", "apply", false).refusals()).singleElement().asString()
                    .startsWith("groups.registry-onex-v1 has 1 member: a cutover seeds a group nobody consumes with"
                            + " yet");
        }
        traffic.commit("groups.registry-onex-v1", Map.of(new TopicPartition(canonical("groups"), 1), 0L));
        assertThat(output("groups", "groups.registry", "apply", false).refusals()).singleElement().asString()
                .startsWith("groups.registry-onex-v1 already has committed offsets on " + canonical("groups") + "-1:");
        assertThat(traffic.committed("groups.registry-onex-v1", canonical("groups"))).containsOnlyKeys(1);
    }

    @Test
    @DisplayName("refused: neither the last processed event nor the first unprocessed one is on the ONEX topic, or"
            + " events still to process are not")
    void eventsMissingRefused() throws Exception {
        traffic.topics(legacy("missing"), canonical("missing"));
        Instant at = minutesAgo(3);
        String first = Traffic.id();
        String legacyOnlyA = Traffic.id();
        String legacyOnlyB = Traffic.id();
        String later = Traffic.id();
        String lostLater = Traffic.id();
        for (String id : List.of(first, legacyOnlyA, legacyOnlyB, later, lostLater)) {
            traffic.send(legacy("missing"), 0, "node-1", Traffic.heartbeat(id, "node-1", at), at);
            if (id.equals(first) || id.equals(later)) {
                traffic.send(canonical("missing"), 0, "node-1", Traffic.heartbeat(id, "node-1", at), at);
            }
        }

        traffic.commit("missing.audit", Map.of(new TopicPartition(legacy("missing"), 0), 2L));
        assertThat(output("missing", "missing.audit", "apply", false).refusals()).containsExactly(legacy("missing")
                + "-0: event " + legacyOnlyA + " at offset 1 (the last one it processed) and event " + legacyOnlyB
                + " at offset 2 (the first one it has not processed) of missing.audit are not on " + canonical("missing")
                + "-0 between offsets 0 and 2: dual publishing missed them or had not begun, or the ONEX copy was"
                + " written more than PT1M before (raise -Donex.migration.margin)");

        traffic.commit("missing.audit", Map.of(new TopicPartition(legacy("missing"), 0), 1L));
        assertThat(output("missing", "missing.audit", "apply", false).refusals()).containsExactly(legacy("missing")
                + "-0: translated to offset 1 on " + canonical("missing") + "-0 (after event " + first + "), but 3"
                + " events missing.audit has not processed are not on " + canonical("missing") + "-0, so the new group"
                + " would never see them; dual publishing missed them (" + String.join(", ",
                        java.util.stream.Stream.of(legacyOnlyA, legacyOnlyB, lostLater).sorted().toList()) + ")");
        assertThat(traffic.committed("missing.audit-onex-v1", canonical("missing"))).isEmpty();
    }

    @Test
    @DisplayName("a group that stopped just as dual publishing began moves from the first event it has not processed")
    void stoppedAtTheStartOfDualPublishing() throws Exception {
        traffic.topics(legacy("start"), canonical("start"));
        Instant at = minutesAgo(3);
        String before = Traffic.id();
        traffic.send(legacy("start"), 0, "node-1", Traffic.heartbeat(before, "node-1", at), at);
        List<String> dual = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = Traffic.id();
            dual.add(id);
            traffic.send(legacy("start"), 0, "node-1", Traffic.heartbeat(id, "node-1", at), at);
            traffic.send(canonical("start"), 0, "node-1", Traffic.heartbeat(id, "node-1", at), at);
        }
        traffic.commit("start.audit", Map.of(new TopicPartition(legacy("start"), 0), 1L));

        MigrationCutoverGoal.Output applied = output("start", "start.audit", "apply", false);
        assertThat(applied.seeds()).singleElement().satisfies(seed -> {
            assertThat(seed.anchor().orElseThrow().kind()).isEqualTo(CutoverPlanner.AnchorKind.FIRST_UNPROCESSED);
            assertThat(seed.offset()).isZero();
        });
        assertThat(traffic.drain("start.audit-onex-v1", List.of(canonical("start")))).isEqualTo(dual);
    }

    @Test
    @DisplayName("refused: the ONEX topic orders events around the position differently, so one would be skipped")
    void reorderedRefused() throws Exception {
        traffic.topics(legacy("order"), canonical("order"));
        Instant at = minutesAgo(3);
        String a = Traffic.id();
        String b = Traffic.id();
        traffic.send(legacy("order"), 0, "node-1", Traffic.heartbeat(a, "node-1", at), at);
        traffic.send(legacy("order"), 0, "node-2", Traffic.heartbeat(b, "node-2", at), at);
        traffic.send(canonical("order"), 0, "node-2", Traffic.heartbeat(b, "node-2", at), at);
        traffic.send(canonical("order"), 0, "node-1", Traffic.heartbeat(a, "node-1", at), at);
        traffic.commit("order.audit", Map.of(new TopicPartition(legacy("order"), 0), 1L));

        assertThat(output("order", "order.audit", "apply", false).refusals()).containsExactly(legacy("order")
                + "-0: translated to offset 2 on " + canonical("order") + "-0 (after event " + a + "), but 1 event"
                + " order.audit has not processed lie before that position on " + canonical("order") + "-0, so the"
                + " new group would skip them (" + b + ")");
    }

    @Test
    @DisplayName("a legacy partition with nothing left to anchor on: exact when the ONEX partition is empty too,"
            + " else refused unless forced")
    void nothingToAnchorOn() throws Exception {
        traffic.topics(legacy("empty"), canonical("empty"));
        traffic.commit("empty.audit", Map.of(new TopicPartition(legacy("empty"), 0), 0L));
        MigrationCutoverGoal.Output exact = output("empty", "empty.audit", "plan", false);
        assertThat(exact.seeds()).singleElement().satisfies(s -> assertThat(s.offset()).isZero());

        Instant at = minutesAgo(2);
        traffic.send(canonical("empty"), 0, "node-1", Traffic.heartbeat(Traffic.id(), "node-1", at), at);
        assertThat(output("empty", "empty.audit", "plan", false).refusals()).singleElement().asString()
                .isEqualTo(legacy("empty") + "-0 holds no record to translate empty.audit's position from (all"
                        + " processed and removed by retention), but " + canonical("empty") + "-0 holds 1 record: pass"
                        + " -Donex.migration.force=true to start empty.audit-onex-v1 at its end (skipping any event"
                        + " written to the ONEX name only)");
        assertThat(output("empty", "empty.audit", "plan", true).seeds()).singleElement()
                .satisfies(s -> assertThat(s.offset()).isEqualTo(1));
    }

    @Test
    @DisplayName("settings that cannot work are diagnostics of the rule migration-settings")
    void settingsRefused() throws Exception {
        GoalResult result = cutover("settings", " ", "destroy", false);
        assertThat(result).isInstanceOf(MigrationCutoverGoal.Refused.class);
        assertThat(result.diagnostics()).extracting(d -> d.format()).containsExactly("plugin parameters: error:"
                + " unknown cutover mode 'destroy' (onex.migration.mode); use one of plan, apply"
                + " [migration-settings]");
    }
}
