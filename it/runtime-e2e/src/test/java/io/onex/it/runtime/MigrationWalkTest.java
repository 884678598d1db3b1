package io.onex.it.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.onex.events.NodeHeartbeatPayload;
import io.onex.events.NodeType;
import io.onex.events.OnexTopics;
import io.onex.plugin.core.CatalogSource;
import io.onex.plugin.core.GoalResult;
import io.onex.plugin.core.ProjectRequest;
import io.onex.plugin.migration.CutoverSettings;
import io.onex.plugin.migration.Invocation;
import io.onex.plugin.migration.MigrationConnection;
import io.onex.plugin.migration.MigrationCutoverGoal;
import io.onex.plugin.migration.MigrationStatus;
import io.onex.plugin.migration.MigrationStatus.PairStatus;
import io.onex.plugin.migration.MigrationStatusGoal;
import io.onex.plugin.migration.MigrationStep;
import io.onex.plugin.migration.StatusSettings;
import io.onex.plugin.provision.CatalogProvisioner;
import io.onex.plugin.provision.ProvisionResult;
import io.onex.plugin.provision.ProvisionSettings;
import io.onex.rules.MigrationPhase;
import io.onex.rules.TopicMode;
import io.onex.sdk.BusRecord;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.RecordDispatcher;
import io.onex.sdk.kafka.KafkaEventBus;
import io.onex.sdk.kafka.KafkaEventBusConfig;
import io.onex.sdk.kafka.OnexConsumerRunner;
import io.onex.testkit.KafkaBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spec section 9 end to end with the SDK on both ends and the plugin's cores: a node publishes heartbeats through a
 * {@link KafkaEventBus} without pause while it moves from topic mode LEGACY to DUAL to ONEX, a registry service reads
 * them with an {@link OnexConsumerRunner} and is moved by the cutover from its legacy group to its -onex-v1 group, and
 * {@code provision}, {@code migration-status} and {@code migration-cutover} prepare and verify every phase.
 */
class MigrationWalkTest {

    private static final String NODE_ID = "registry-effect-001";
    private static final String SERVICE = "registry-monitor";
    private static final String LEGACY_GROUP = "registry-monitor";
    private static final String LEGACY_HEARTBEAT = "node.heartbeat";
    private static final List<String> LEGACY_TOPICS = List.of("node.introspection", LEGACY_HEARTBEAT,
            "node.request_introspection");
    private static final Duration STEP = Duration.ofSeconds(20);

    @RegisterExtension
    static final KafkaBroker kafka = KafkaBroker.plaintext();

    @TempDir
    Path dir;

    @Test
    @DisplayName("a node and a registry service walk through the four phases of section 9: each phase named by"
            + " migration-status, every heartbeat processed exactly once across the cutover while events flow,"
            + " the legacy topics reported by verify after deprecation until they are deleted")
    void walkThroughTheFourPhases() throws Exception {
        Queue<String> processed = new ConcurrentLinkedQueue<>();
        RecordDispatcher monitor = heartbeats(processed);

        // Phase 1: assessment and preparation. The cluster as provision leaves it by default, a node on the SDK's
        // default topic mode (LEGACY), and a registry service reading node.heartbeat in its legacy group.
        assertThat(provision("legacy", "apply").outcome()).isEqualTo(ProvisionResult.Outcome.APPLIED);
        OnexConsumerRunner legacyConsumer = OnexConsumerRunner.builder(kafka.clientProperties(), monitor)
                .groupId(LEGACY_GROUP).topicMode(TopicMode.LEGACY).meterRegistry(new SimpleMeterRegistry()).build()
                .start();
        try (HeartbeatNode node = new HeartbeatNode(TopicMode.LEGACY)) {
            assertThat(legacyConsumer.subscription()).containsExactly(LEGACY_HEARTBEAT);
            assertThat(legacyConsumer.awaitAssignment(STEP)).isTrue();
            String firstLegacy = node.awaitFirst(TopicMode.LEGACY);
            await().atMost(STEP).until(() -> processed.contains(firstLegacy));

            MigrationStatus legacy = status("dual").status();
            assertThat(legacy.phase()).as(legacy.phaseReason()).contains(MigrationPhase.LEGACY);
            assertThat(heartbeat(legacy).dual().verdict()).isEqualTo(MigrationStatus.Verdict.LEGACY_ONLY);
            assertThat(heartbeat(legacy).legacyGroups()).singleElement()
                    .satisfies(g -> assertThat(g.group()).isEqualTo(LEGACY_GROUP));
            assertThat(legacy.next().step()).contains(MigrationStep.DUAL);
            assertThat(legacy.check().orElseThrow().reasons()).isEmpty();

            // Phase 2: dual publishing. Provisioning for the phase changes nothing the default did not create.
            assertThat(provision("dual", "apply").outcome()).isEqualTo(ProvisionResult.Outcome.IN_SYNC);
            String firstDual = node.switchTo(TopicMode.DUAL);
            MigrationStatus dual = status("cutover").status();
            assertThat(dual.phase()).as(dual.phaseReason()).contains(MigrationPhase.DUAL);
            assertThat(heartbeat(dual).dual().verdict()).isIn(MigrationStatus.Verdict.STARTED,
                    MigrationStatus.Verdict.COMPLETE);
            assertThat(dual.next().step()).contains(MigrationStep.CUTOVER);
            assertThat(dual.next().commands()).anySatisfy(c -> assertThat(c).contains(":migration-cutover ")
                    .endsWith("-Donex.migration.legacyGroup=" + LEGACY_GROUP + " -Donex.migration.mode=apply"));
            assertThat(dual.check().orElseThrow().reasons()).isEmpty();
            assertThat(status("stop-dual").status().check().orElseThrow().reasons()).singleElement().asString()
                    .startsWith("consumer group " + LEGACY_GROUP + " still reads " + LEGACY_HEARTBEAT);

            // Phase 3: consumer migration. The service stops once it has read a dual-published event (everything
            // before it exists on the legacy topic only), its group is moved, and it starts again in topic mode ONEX.
            await().atMost(STEP).until(() -> processed.contains(firstDual));
            legacyConsumer.close();
            try (Admin admin = kafka.admin()) {
                await().atMost(STEP).until(() -> admin.describeConsumerGroups(List.of(LEGACY_GROUP)).all()
                        .get(30, TimeUnit.SECONDS).get(LEGACY_GROUP).members().isEmpty());
            }
            MigrationCutoverGoal.Output plan = cutover("plan");
            assertThat(plan.refusals()).as(() -> String.join("\n", plan.details())).isEmpty();
            assertThat(plan.newGroup()).isEqualTo(SERVICE + "-onex-v1");
            MigrationCutoverGoal.Output applied = cutover("apply");
            assertThat(applied.refusals()).as(() -> String.join("\n", applied.details())).isEmpty();
            assertThat(applied.seeds()).isNotEmpty();

            try (OnexConsumerRunner onexConsumer = OnexConsumerRunner.builder(kafka.clientProperties(), monitor)
                    .service(SERVICE).topicMode(TopicMode.ONEX).meterRegistry(new SimpleMeterRegistry()).build()
                    .start()) {
                assertThat(onexConsumer.groupId()).isEqualTo(applied.newGroup());
                assertThat(onexConsumer.subscription()).containsExactly(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1
                        .topicName());
                assertThat(onexConsumer.awaitAssignment(STEP)).isTrue();

                MigrationStatus moved = status("stop-dual").status();
                assertThat(moved.phase()).as(moved.phaseReason()).contains(MigrationPhase.DUAL);
                assertThat(heartbeat(moved).legacyGroups()).singleElement()
                        .satisfies(g -> assertThat(g.movedTo()).contains(applied.newGroup()));
                assertThat(heartbeat(moved).canonicalGroups()).singleElement().satisfies(g -> {
                    assertThat(g.group()).isEqualTo(applied.newGroup());
                    assertThat(g.followsNaming()).isTrue();
                });
                assertThat(moved.next().step()).contains(MigrationStep.STOP_DUAL);
                assertThat(moved.check().orElseThrow().reasons()).isEmpty();

                // Phase 4: legacy deprecation. The node writes the ONEX name only; once its first ONEX-only event is
                // older than the grace, the status sees that legacy writes ended.
                String firstOnex = node.switchTo(TopicMode.ONEX);
                await().atMost(STEP).pollInterval(Duration.ofMillis(500))
                        .until(() -> status("deprecate").status().phase(), p -> p.equals(Optional.of(
                                MigrationPhase.ONEX)));
                MigrationStatus onex = status("deprecate").status();
                assertThat(heartbeat(onex).dual().verdict()).isEqualTo(MigrationStatus.Verdict.STOPPED);
                assertThat(onex.next().step()).contains(MigrationStep.DEPRECATE);
                assertThat(onex.check().orElseThrow().reasons()).isEmpty();

                ProvisionResult deprecated = provision("deprecated", "apply");
                assertThat(deprecated.summary()).contains("3 legacy topics left after deprecation");
                ProvisionResult leftovers = provision("deprecated", "verify");
                assertThat(leftovers.outcome()).isEqualTo(ProvisionResult.Outcome.DRIFTED);
                assertThat(leftovers.plan().leftoverTopics()).containsExactlyInAnyOrderElementsOf(LEGACY_TOPICS);
                assertThat(leftovers.problems()).contains("topic node.heartbeat: legacy topic left after deprecation"
                        + " (section 9, phase 4); once no consumer group reads it, delete it with"
                        + " -Donex.provision.deleteTopics=node.heartbeat (apply)");
                // the operator's explicit deletion, by name
                ProvisionResult deleted = provision("deprecated", "apply", LEGACY_TOPICS);
                assertThat(deleted.plan().topicsToDelete()).containsExactlyInAnyOrderElementsOf(LEGACY_TOPICS);
                try (Admin admin = kafka.admin()) {
                    await().atMost(STEP).until(() -> admin.listTopics().names().get(30, TimeUnit.SECONDS),
                            names -> LEGACY_TOPICS.stream().noneMatch(names::contains));
                }
                assertThat(provision("deprecated", "verify").outcome()).isEqualTo(ProvisionResult.Outcome.IN_SYNC);
                MigrationStatus done = status(null).status();
                assertThat(done.phase()).as(done.phaseReason()).contains(MigrationPhase.DEPRECATED);
                assertThat(done.next().step()).isEmpty();

                // The node stops; the service catches up. Every event published, in every mode, processed once.
                List<Published> published = node.stop();
                assertThat(published).extracting(Published::mode).contains(TopicMode.LEGACY, TopicMode.DUAL,
                        TopicMode.ONEX);
                assertThat(published).extracting(Published::eventId).contains(firstLegacy, firstDual, firstOnex);
                List<String> ids = published.stream().map(Published::eventId).toList();
                await().atMost(STEP).until(() -> new HashSet<>(processed).containsAll(ids));
                assertThat(new ArrayList<>(processed)).as("event ids processed across the walk")
                        .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
            }
        } finally {
            legacyConsumer.close();
        }
    }

    // --- the plugin's cores -----------------------------------------------------------------------------------------

    private ProvisionResult provision(String phase, String mode) throws Exception {
        return provision(phase, mode, List.of());
    }

    private ProvisionResult provision(String phase, String mode, List<String> deleteTopics) throws Exception {
        ProvisionSettings settings = ProvisionSettings.builder(kafka.bootstrapServers()).mode(mode)
                .migrationPhase(phase).deleteTopics(deleteTopics).kafkaProperties(kafka.clientProperties()).build();
        GoalResult result = new CatalogProvisioner().run(ProjectRequest.catalogOnly(CatalogSource.canonical(), dir),
                settings);
        assertThat(result).as(() -> result.summary() + ": " + result.diagnostics())
                .isInstanceOf(CatalogProvisioner.Output.class);
        return ((CatalogProvisioner.Output) result).result();
    }

    private MigrationConnection connection() {
        return MigrationConnection.plain(kafka.bootstrapServers(), null, new Invocation(
                "io.onex:onex-maven-plugin:1.0.0-SNAPSHOT", List.of("-Donex.bootstrapServers=" + kafka.bootstrapServers())));
    }

    /** migration-status over the last ten minutes (the whole walk), judging events older than one second. */
    private MigrationStatusGoal.Output status(String step) throws Exception {
        GoalResult result = new MigrationStatusGoal().run(CatalogSource.canonical(), dir, new StatusSettings(
                connection(), StatusSettings.DEFAULT_WINDOW, "PT1S", Optional.ofNullable(step),
                dir.resolve("status.json")));
        assertThat(result).as(result::summary).isInstanceOf(MigrationStatusGoal.Output.class);
        return (MigrationStatusGoal.Output) result;
    }

    private MigrationCutoverGoal.Output cutover(String mode) throws Exception {
        GoalResult result = new MigrationCutoverGoal().run(CatalogSource.canonical(), dir, new CutoverSettings(
                connection(), LEGACY_GROUP, Optional.of(SERVICE), mode, false, CutoverSettings.DEFAULT_MARGIN));
        assertThat(result).as(result::summary).isInstanceOf(MigrationCutoverGoal.Output.class);
        return (MigrationCutoverGoal.Output) result;
    }

    private static PairStatus heartbeat(MigrationStatus status) {
        return status.pairs().stream().filter(p -> p.legacy().topic().equals(LEGACY_HEARTBEAT)).findFirst()
                .orElseThrow();
    }

    // --- the two ends, on the SDK ---------------------------------------------------------------------------------

    /** The registry service's handler: notes the event id of every heartbeat it is given. */
    private static RecordDispatcher heartbeats(Queue<String> processed) {
        return new RecordDispatcher() {
            @Override
            public List<OnexTopic<?>> topics() {
                return List.of(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1);
            }

            @Override
            public void dispatch(BusRecord record) {
                processed.add(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1.codec().decode(record.value()).eventId()
                        .toString());
            }
        };
    }

    /**
     * A heartbeat published and acknowledged.
     *
     * @param eventId its envelope's event id
     * @param mode the topic mode it was published in
     */
    record Published(String eventId, TopicMode mode) {
    }

    /**
     * The node: publishes a heartbeat every 20 ms, each acknowledged before the next, on one thread that also switches
     * the topic mode by closing its bus and building a new one, so no two modes ever write at once.
     */
    private static final class HeartbeatNode implements AutoCloseable {
        private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor();
        private final Queue<Published> published = new ConcurrentLinkedQueue<>();
        private final Map<TopicMode, String> firstIds = new EnumMap<>(TopicMode.class);
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private volatile TopicMode wanted;
        private KafkaEventBus bus;
        private TopicMode mode;
        private long beats;

        HeartbeatNode(TopicMode initial) {
            this.wanted = initial;
            thread.scheduleWithFixedDelay(this::beat, 0, 20, TimeUnit.MILLISECONDS);
        }

        private void beat() {
            if (failure.get() != null) {
                return;
            }
            try {
                TopicMode next = wanted;
                if (next != mode) {
                    if (bus != null) {
                        bus.close();
                    }
                    bus = KafkaEventBusConfig.builder(kafka.clientProperties(), "node/registry-effect")
                            .topicMode(next).meterRegistry(new SimpleMeterRegistry()).buildBus();
                    mode = next;
                }
                EventEnvelope<NodeHeartbeatPayload> event = EventEnvelope.create(
                        OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1.eventType(), "node/registry-effect",
                        new NodeHeartbeatPayload(NODE_ID, NodeType.EFFECT, "1.0.0", beats++, 0L, null, null));
                bus.publish(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, event).get(30, TimeUnit.SECONDS);
                String id = event.eventId().toString();
                synchronized (firstIds) {
                    firstIds.putIfAbsent(mode, id);
                }
                published.add(new Published(id, mode));
            } catch (Exception e) {
                failure.set(e);
            }
        }

        private Optional<String> first(TopicMode m) {
            assertThat(failure.get()).as("heartbeat publishing").isNull();
            synchronized (firstIds) {
                return Optional.ofNullable(firstIds.get(m));
            }
        }

        /** Waits for the first heartbeat acknowledged in a mode; returns its event id. */
        String awaitFirst(TopicMode m) {
            return await().atMost(STEP).until(() -> first(m), Optional::isPresent).orElseThrow();
        }

        /** Switches the node to a topic mode; returns the event id of its first heartbeat in that mode. */
        String switchTo(TopicMode m) {
            wanted = m;
            return awaitFirst(m);
        }

        /** Stops publishing and closes the bus; returns every heartbeat acknowledged. */
        List<Published> stop() throws InterruptedException {
            thread.shutdown();
            assertThat(thread.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            if (bus != null) {
                bus.close();
                bus = null;
            }
            assertThat(failure.get()).as("heartbeat publishing").isNull();
            return List.copyOf(published);
        }

        @Override
        public void close() throws InterruptedException {
            thread.shutdownNow();
            thread.awaitTermination(30, TimeUnit.SECONDS);
            if (bus != null) {
                bus.close();
            }
        }
    }
}
