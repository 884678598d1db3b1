package io.onex.plugin.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.plugin.core.CatalogSource;
import io.onex.plugin.core.GoalResult;
import io.onex.plugin.migration.MigrationStatus.PairStatus;
import io.onex.plugin.migration.MigrationStatus.Verdict;
import io.onex.rules.MigrationPhase;
import io.onex.testkit.KafkaBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The status report on a real broker, one tenant per test: each phase of section 9 named from what producers and
 * consumer groups do, dual publishing compared by event id, and the step checks.
 */
class MigrationStatusTest {

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

    /** The six topics of the three pairs, as provision creates them before deprecation. */
    private static void allTopics(String tenant) {
        traffic.topics(tenant + ".node.introspection", tenant + ".onex.node.introspection.published.v1",
                legacy(tenant), canonical(tenant), tenant + ".node.request_introspection",
                tenant + ".onex.registry.introspection.requested.v1");
    }

    private static Instant minutesAgo(int minutes) {
        return Instant.now().minus(Duration.ofMinutes(minutes));
    }

    private MigrationStatusGoal.Output status(String tenant, String step) throws Exception {
        Invocation invocation = new Invocation("io.onex:onex-maven-plugin:1.1.0",
                List.of("-Donex.bootstrapServers=broker:9092", "-Donex.tenantPrefix=" + tenant));
        GoalResult result = new MigrationStatusGoal().run(CatalogSource.canonical(), dir, new StatusSettings(
                MigrationConnection.plain(kafka.bootstrapServers(), tenant, invocation), "PT10M", "PT10S",
                Optional.ofNullable(step), dir.resolve("status.json")));
        assertThat(result).isInstanceOf(MigrationStatusGoal.Output.class);
        return (MigrationStatusGoal.Output) result;
    }

    private static PairStatus heartbeat(MigrationStatusGoal.Output output) {
        return output.status().pairs().get(1);
    }

    @Test
    @DisplayName("legacy: producers write the legacy names only; dual is the next step, safe once the ONEX topics exist")
    void legacyPhase() throws Exception {
        traffic.topics(legacy("legacy"));
        traffic.heartbeats(6, minutesAgo(3), List.of(legacy("legacy")));

        MigrationStatusGoal.Output before = status("legacy", "dual");
        assertThat(before.status().phase()).contains(MigrationPhase.LEGACY);
        assertThat(before.status().next().step()).contains(MigrationStep.DUAL);
        assertThat(before.status().next().commands()).first().asString().isEqualTo("mvn"
                + " io.onex:onex-maven-plugin:1.1.0:provision -Donex.bootstrapServers=broker:9092"
                + " -Donex.tenantPrefix=legacy -Donex.migration.phase=dual -Donex.provision.mode=apply");
        assertThat(before.findingsFail()).isTrue();
        assertThat(before.status().check().orElseThrow().reasons())
                .contains("legacy.onex.node.heartbeat.published.v1 does not exist; create it with: mvn"
                        + " io.onex:onex-maven-plugin:1.1.0:provision -Donex.bootstrapServers=broker:9092"
                        + " -Donex.tenantPrefix=legacy -Donex.migration.phase=dual -Donex.provision.mode=apply");

        allTopics("legacy");
        MigrationStatusGoal.Output after = status("legacy", "dual");
        assertThat(after.status().phase()).contains(MigrationPhase.LEGACY);
        assertThat(heartbeat(after).dual().verdict()).isEqualTo(Verdict.LEGACY_ONLY);
        assertThat(after.status().check().orElseThrow().safe()).isTrue();
        assertThat(after.summary()).startsWith("ONEX migration-status: phase legacy; next step: dual; report ")
                .endsWith("; step dual is safe");

        MigrationStatusGoal.Output cutover = status("legacy", "cutover");
        assertThat(cutover.status().check().orElseThrow().reasons()).containsExactly("producers do not write"
                + " legacy.onex.node.heartbeat.published.v1 yet: 6 events on legacy.node.heartbeat only");
    }

    @Test
    @DisplayName("dual: the same events on both topics is complete; a consumer group still on the legacy topic"
            + " makes cutover the next step and stop-dual unsafe")
    void dualPhase() throws Exception {
        allTopics("dual");
        traffic.heartbeats(10, minutesAgo(4), List.of(canonical("dual"), legacy("dual")));
        traffic.process("dual.registry-introspection", List.of(legacy("dual")), 4);

        MigrationStatusGoal.Output output = status("dual", "stop-dual");
        MigrationStatus status = output.status();
        assertThat(status.phase()).contains(MigrationPhase.DUAL);
        assertThat(heartbeat(output).dual().verdict()).isEqualTo(Verdict.COMPLETE);
        assertThat(heartbeat(output).legacy().events()).isEqualTo(10);
        assertThat(heartbeat(output).legacyGroups()).singleElement().satisfies(g -> {
            assertThat(g.group()).isEqualTo("dual.registry-introspection");
            assertThat(g.lag()).isEqualTo(6);
            assertThat(g.state()).isEqualTo("behind");
        });
        assertThat(status.next().step()).contains(MigrationStep.CUTOVER);
        assertThat(status.next().commands()).contains("mvn io.onex:onex-maven-plugin:1.1.0:migration-cutover"
                + " -Donex.bootstrapServers=broker:9092 -Donex.tenantPrefix=dual"
                + " -Donex.migration.legacyGroup=dual.registry-introspection -Donex.migration.mode=apply");
        assertThat(status.check().orElseThrow().reasons()).containsExactly("consumer group"
                + " dual.registry-introspection still lags on dual.node.heartbeat (lag 6) and has not moved to the"
                + " ONEX topic; move it with migration-cutover");
        assertThat(output.findingsFail()).isTrue();
        assertThat(output.summary()).contains("; step stop-dual is not safe: consumer group dual.registry-introspection");

        assertThat(status("dual", "cutover").status().check().orElseThrow().safe()).isTrue();
    }

    @Test
    @DisplayName("dual with a gap: events written to one side only are named by id, and cutover and stop-dual are"
            + " unsafe")
    void dualWithGap() throws Exception {
        allTopics("gap");
        traffic.heartbeats(5, minutesAgo(5), List.of(canonical("gap"), legacy("gap")));
        List<String> legacyOnly = traffic.heartbeats(2, minutesAgo(4), List.of(legacy("gap")));
        traffic.heartbeats(5, minutesAgo(3), List.of(canonical("gap"), legacy("gap")));
        List<String> canonicalOnly = traffic.heartbeats(1, minutesAgo(2), List.of(canonical("gap")));
        traffic.heartbeats(3, minutesAgo(1), List.of(canonical("gap"), legacy("gap")));

        MigrationStatusGoal.Output output = status("gap", "cutover");
        MigrationStatus.DualPublishing dual = heartbeat(output).dual();
        assertThat(dual.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(dual.missingOnCanonical()).containsExactlyElementsOf(legacyOnly.stream().sorted().toList());
        assertThat(dual.missingOnLegacy()).containsExactlyElementsOf(canonicalOnly);
        assertThat(output.status().phase()).contains(MigrationPhase.DUAL);
        assertThat(output.status().next().step()).isEmpty();
        assertThat(output.status().next().description()).startsWith("repair dual publishing on gap.node.heartbeat");
        assertThat(output.details()).contains("missing on gap.onex.node.heartbeat.published.v1: "
                + String.join(", ", legacyOnly.stream().sorted().toList()),
                "missing on gap.node.heartbeat: " + canonicalOnly.get(0));
        assertThat(output.status().check().orElseThrow().reasons()).singleElement().asString()
                .startsWith("dual publishing on gap.node.heartbeat is incomplete: 2 missing on"
                        + " gap.onex.node.heartbeat.published.v1 (")
                .contains(legacyOnly.get(0), legacyOnly.get(1), canonicalOnly.get(0));
        assertThat(status("gap", "stop-dual").findingsFail()).isTrue();
        assertThat(Files.readString(dir.resolve("status.json")))
                .contains("\"verdict\": \"incomplete\"", "\"" + legacyOnly.get(0) + "\"", canonicalOnly.get(0));
    }

    @Test
    @DisplayName("dual publishing that began within the window is not a gap: the earlier events are on the legacy"
            + " topic only")
    void dualStarted() throws Exception {
        allTopics("started");
        traffic.heartbeats(4, minutesAgo(6), List.of(legacy("started")));
        traffic.heartbeats(4, minutesAgo(3), List.of(canonical("started"), legacy("started")));

        MigrationStatusGoal.Output output = status("started", "cutover");
        assertThat(heartbeat(output).dual().verdict()).isEqualTo(Verdict.STARTED);
        assertThat(output.status().phase()).contains(MigrationPhase.DUAL);
        assertThat(output.status().check().orElseThrow().safe()).isTrue();
    }

    @Test
    @DisplayName("consumers moved: a stopped legacy group whose <group>-onex-v1 has positions on the ONEX topic has"
            + " moved, so stop-dual is next and safe; a legacy consumer still reading makes it unsafe")
    void consumersMoved() throws Exception {
        allTopics("moved");
        traffic.heartbeats(6, minutesAgo(3), List.of(canonical("moved"), legacy("moved")));
        traffic.process("moved.registry-introspection", List.of(legacy("moved")), 6);
        traffic.process("moved.registry-introspection-onex-v1", List.of(canonical("moved")), 6);
        traffic.heartbeats(2, minutesAgo(2), List.of(canonical("moved"), legacy("moved")));

        MigrationStatusGoal.Output output = status("moved", "stop-dual");
        assertThat(heartbeat(output).legacyGroups()).singleElement().satisfies(g -> {
            assertThat(g.movedTo()).contains("moved.registry-introspection-onex-v1");
            assertThat(g.lag()).isEqualTo(2);
        });
        assertThat(heartbeat(output).canonicalGroups()).singleElement().satisfies(g -> {
            assertThat(g.followsNaming()).isTrue();
            assertThat(g.lag()).isEqualTo(2);
        });
        assertThat(output.status().phase()).contains(MigrationPhase.DUAL);
        assertThat(output.status().next().step()).contains(MigrationStep.STOP_DUAL);
        assertThat(output.status().check().orElseThrow().safe()).isTrue();

        try (KafkaConsumer<String, String> straggler = traffic.consumer("moved.audit", List.of(legacy("moved")))) {
            while (straggler.assignment().isEmpty()) {
                straggler.poll(Duration.ofMillis(100));
            }
            Map<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> start = new java.util.HashMap<>();
            straggler.assignment().forEach(p -> start.put(p, new org.apache.kafka.clients.consumer.OffsetAndMetadata(0)));
            straggler.commitSync(start);
            MigrationStatusGoal.Output reading = status("moved", "stop-dual");
            assertThat(reading.status().check().orElseThrow().reasons()).containsExactly("consumer group moved.audit"
                    + " still reads moved.node.heartbeat (1 member, lag 8) and has not moved to the ONEX topic; move"
                    + " it with migration-cutover");
        }
    }

    @Test
    @DisplayName("onex: events on the ONEX topics only; deprecate is next and safe; a group that stopped on the"
            + " legacy topic with events left blocks it")
    void onexPhase() throws Exception {
        allTopics("onex");
        traffic.heartbeats(3, minutesAgo(30), List.of(canonical("onex"), legacy("onex")));
        traffic.heartbeats(5, minutesAgo(3), List.of(canonical("onex")));

        MigrationStatusGoal.Output output = status("onex", "deprecate");
        assertThat(output.status().phase()).contains(MigrationPhase.ONEX);
        assertThat(heartbeat(output).dual().verdict()).isEqualTo(Verdict.ONEX_ONLY);
        assertThat(output.status().next().step()).contains(MigrationStep.DEPRECATE);
        assertThat(output.status().check().orElseThrow().safe()).isTrue();

        traffic.commit("onex.dashboard", Map.of(new TopicPartition(legacy("onex"), 0), 0L));
        MigrationStatusGoal.Output blocked = status("onex", "deprecate");
        assertThat(blocked.status().next().step()).contains(MigrationStep.CUTOVER);
        assertThat(blocked.status().check().orElseThrow().reasons()).singleElement().asString()
                .startsWith("consumer group onex.dashboard still lags on onex.node.heartbeat (lag ");
    }

    @Test
    @DisplayName("deprecated: no legacy topic left; ONEX groups not named <service>-onex-v1 are pointed out")
    void deprecatedPhase() throws Exception {
        traffic.topics("gone.onex.node.introspection.published.v1", canonical("gone"),
                "gone.onex.registry.introspection.requested.v1");
        traffic.heartbeats(3, minutesAgo(2), List.of(canonical("gone")));
        traffic.process("gone.registry", List.of(canonical("gone")), 3);

        MigrationStatusGoal.Output output = status("gone", "deprecate");
        assertThat(output.status().phase()).contains(MigrationPhase.DEPRECATED);
        assertThat(output.status().next().step()).isEmpty();
        assertThat(output.status().next().description()).isEqualTo("none: the migration is complete; consumer groups"
                + " not named <service>-onex-v1 as section 9 asks: gone.registry");
        assertThat(output.status().check().orElseThrow().safe()).isTrue();
    }

    @Test
    @DisplayName("events older than the window do not count: with none inside it the phase is unknown")
    void outsideTheWindow() throws Exception {
        allTopics("old");
        traffic.heartbeats(3, minutesAgo(40), List.of(canonical("old"), legacy("old")));

        MigrationStatusGoal.Output output = status("old", "stop-dual");
        assertThat(output.status().phase()).isEmpty();
        assertThat(output.summary()).startsWith("ONEX migration-status: phase unknown; next step: none;");
        assertThat(output.status().next().commands()).containsExactly("mvn io.onex:onex-maven-plugin:1.1.0"
                + ":migration-status -Donex.bootstrapServers=broker:9092 -Donex.tenantPrefix=old"
                + " -Donex.migration.window=PT1H");
        assertThat(output.status().check().orElseThrow().reasons())
                .containsExactly("no events in the window on any pair: dual publishing cannot be seen");
    }
}
