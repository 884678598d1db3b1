package io.onex.plugin.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onex.plugin.migration.Traffic;
import io.onex.testkit.KafkaBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin README's "Migrating from legacy topics (section 9)", command by command, on one broker without a tenant:
 * a producer node moves from the legacy names through dual publishing to the ONEX names, a consumer service moves to
 * its -onex-v1 group, and each phase is verified by the goals rather than by eye.
 */
class MigrationMojoTest {

    private static final List<String> LEGACY = List.of("node.heartbeat");
    private static final List<String> ONEX = List.of("onex.node.heartbeat.published.v1");
    private static final List<String> DUAL = List.of("onex.node.heartbeat.published.v1", "node.heartbeat");

    @RegisterExtension
    static final KafkaBroker kafka = KafkaBroker.plaintext();
    private static Traffic traffic;

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    @BeforeAll
    static void open() {
        traffic = new Traffic(kafka);
    }

    @AfterAll
    static void close() {
        traffic.close();
    }

    private MigrationStatusMojo status(String step) {
        MigrationStatusMojo mojo = new MigrationStatusMojo(null);
        connect(mojo);
        mojo.window = "PT10M";
        mojo.grace = "PT10S";
        mojo.step = step;
        mojo.report = dir.resolve("status.json").toFile();
        return mojo;
    }

    private MigrationCutoverMojo cutover(String mode) {
        MigrationCutoverMojo mojo = new MigrationCutoverMojo(null);
        connect(mojo);
        mojo.legacyGroup = "registry-introspection";
        mojo.mode = mode;
        mojo.margin = "PT1M";
        return mojo;
    }

    private void connect(MigrationMojo mojo) {
        mojo.setLog(log);
        mojo.bootstrapServers = kafka.bootstrapServers();
        mojo.timeout = 30;
        mojo.settings = new Settings();
        mojo.pluginVersion = "1.0.0-SNAPSHOT";
    }

    private ProvisionMojo provision(String phase, String mode) {
        ProvisionMojo mojo = new ProvisionMojo(null);
        mojo.setLog(log);
        mojo.bootstrapServers = kafka.bootstrapServers();
        mojo.mode = mode;
        mojo.migrationPhase = phase;
        mojo.exportFormat = "none";
        mojo.timeout = 30;
        mojo.settings = new Settings();
        return mojo;
    }

    private String lastSummary(String goal) {
        return log.at("INFO").stream().filter(l -> l.startsWith("ONEX " + goal + ":")
                || l.startsWith("ONEX " + goal + " ")).reduce((a, b) -> b)
                .orElseThrow();
    }

    private static Instant minutesAgo(int minutes) {
        return Instant.now().minus(Duration.ofMinutes(minutes));
    }

    @Test
    @DisplayName("the four phases of section 9 with the plugin's commands: each phase named, each step checked, the"
            + " consumer moved without losing or repeating an event")
    void walkThrough() throws Exception {
        String bootstrap = "-Donex.bootstrapServers=" + kafka.bootstrapServers();
        // A cluster before the migration: the legacy topics, a node on the SDK's default (LEGACY) topic mode, and
        // a registry service reading node.heartbeat in its legacy group.
        traffic.topics("node.introspection", "node.heartbeat", "node.request_introspection");
        List<String> published = new ArrayList<>(traffic.heartbeats(8, minutesAgo(9), LEGACY));
        List<String> processed = new ArrayList<>(traffic.process("registry-introspection", LEGACY, 5));

        // Phase 1: assessment and preparation
        status(null).execute();
        assertThat(lastSummary("migration-status")).startsWith("ONEX migration-status: phase legacy; next step: dual;");
        assertThat(log.at("INFO")).contains("  mvn io.onex:onex-maven-plugin:1.0.0-SNAPSHOT:provision " + bootstrap
                + " -Donex.migration.phase=dual -Donex.provision.mode=apply");
        assertThat(Files.readString(dir.resolve("status.json"))).contains("\"phase\": \"legacy\"");
        assertThatThrownBy(() -> status("dual").execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("step dual is not safe: onex.node.introspection.published.v1 does not exist");
        provision("dual", "apply").execute();
        status("dual").execute();
        assertThat(lastSummary("migration-status")).contains("; step dual is safe");

        // Phase 2: dual publishing (the node now runs with topic mode DUAL; the registry service keeps up)
        published.addAll(traffic.heartbeats(10, minutesAgo(7), DUAL));
        processed.addAll(traffic.drain("registry-introspection", LEGACY));
        status(null).execute();
        assertThat(lastSummary("migration-status")).startsWith("ONEX migration-status: phase dual; next step: cutover;");
        assertThat(log.at("INFO")).anySatisfy(l -> assertThat(l).startsWith("  node.heartbeat (3)")
                .contains("started: 10 on both, 8 earlier on legacy only"));
        // Phase 3: consumer migration. The registry service stops; its legacy group keeps its position.
        published.addAll(traffic.heartbeats(6, minutesAgo(6), DUAL));
        assertThatThrownBy(() -> status("stop-dual").execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("step stop-dual is not safe: consumer group registry-introspection still lags"
                        + " on node.heartbeat (lag 6)");
        status("cutover").execute();
        assertThat(lastSummary("migration-status")).contains("; step cutover is safe");
        cutover("plan").execute();
        assertThat(lastSummary("migration-cutover")).startsWith("ONEX migration-cutover plan: 3 positions of"
                + " registry-introspection-onex-v1 from registry-introspection; nothing was committed");
        cutover("apply").execute();
        assertThat(lastSummary("migration-cutover")).startsWith("ONEX migration-cutover apply: committed 3 positions"
                + " of registry-introspection-onex-v1 from registry-introspection");
        published.addAll(traffic.heartbeats(4, minutesAgo(5), DUAL));
        processed.addAll(traffic.drain("registry-introspection-onex-v1", ONEX));
        assertThat(processed).doesNotHaveDuplicates();
        assertThat(new HashSet<>(processed)).isEqualTo(Set.copyOf(published));
        status("stop-dual").execute();
        assertThat(lastSummary("migration-status")).contains("; step stop-dual is safe");

        // Phase 4: legacy deprecation (the node now runs with topic mode ONEX)
        published.addAll(traffic.heartbeats(3, minutesAgo(1), ONEX));
        status("deprecate").execute();
        assertThat(lastSummary("migration-status")).startsWith("ONEX migration-status: phase onex; next step:"
                + " deprecate;").contains("; step deprecate is safe");
        provision("deprecated", "apply").execute();
        assertThat(lastSummary("provision apply")).contains("3 legacy topics left after deprecation");
        ProvisionMojo leftovers = provision("deprecated", "verify");
        assertThatThrownBy(leftovers::execute)
                .hasMessageContaining("topic node.heartbeat: legacy topic left after deprecation");
        // the operator deletes the legacy topics, by name, once their retention has passed
        ProvisionMojo delete = provision("deprecated", "apply");
        delete.deleteTopics = List.of("node.introspection", "node.heartbeat", "node.request_introspection");
        delete.execute();
        assertThat(lastSummary("provision apply")).contains("3 topic deletions");
        try (Admin admin = kafka.admin()) {
            awaitGone(admin, "node.heartbeat");
        }
        provision("deprecated", "verify").execute();
        assertThat(lastSummary("provision verify")).startsWith("ONEX provision verify: no changes");
        status(null).execute();
        assertThat(lastSummary("migration-status")).startsWith("ONEX migration-status: phase deprecated; next step:"
                + " none;");
    }

    private static void awaitGone(Admin admin, String topic) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError(topic + " still exists");
    }
}
