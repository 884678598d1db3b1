package io.onex.it.runtime;

import static io.onex.it.runtime.SecuredCluster.CONTRACTS;
import static io.onex.it.runtime.SecuredCluster.NODE_TOPICS;
import static io.onex.it.runtime.SecuredCluster.assertGroupDenied;
import static io.onex.it.runtime.SecuredCluster.assertPublishDenied;
import static io.onex.it.runtime.SecuredCluster.assertRawWriteDenied;
import static io.onex.it.runtime.SecuredCluster.assertReadDenied;
import static io.onex.it.runtime.SecuredCluster.assertRefused;
import static io.onex.it.runtime.SecuredCluster.names;
import static io.onex.it.runtime.SecuredCluster.physicalNames;
import static io.onex.it.runtime.SecuredCluster.publishSample;
import static io.onex.it.runtime.SecuredCluster.refusedRunner;
import static org.assertj.core.api.Assertions.assertThat;

import io.onex.events.OnexTopics;
import io.onex.it.runtime.Deployment.Principals;
import io.onex.it.runtime.SecuredCluster.Inbox;
import io.onex.it.runtime.SecuredCluster.RefusedRunner;
import io.onex.plugin.provision.AclRule;
import io.onex.plugin.provision.ProvisionResult;
import io.onex.sdk.OnexTopic;
import io.onex.testkit.KafkaBroker;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 12's secured deployment in the per-contract model: provision, given the two section 13 contracts this
 * module generates its code from, grants each node's principal ({@code User:<meta.name>}) exactly what its contract
 * declares and its own consumer groups ({@code <meta.name>-}); the registry and observability keep their class-wide
 * ACLs. The nodes run on the SDK's defaults under those principals; the effect node's id {@code registry-effect-001}
 * makes its request listener's group {@code registry-effect-001-onex-v1}, inside its granted prefix.
 */
@DisplayName("On a cluster provisioned from node contracts, each node may do exactly what its contract declares")
class SecuredContractDeploymentTest {

    private static final String NODE_ID = "registry-effect-001";
    private static final String EFFECT = "registry-effect";
    private static final String ORCHESTRATOR = "registration-orchestrator";

    @RegisterExtension
    static final KafkaBroker kafka = SecuredCluster.broker(EFFECT, ORCHESTRATOR, "registry-service", "observability");

    private static final List<OnexTopic<?>> ORCHESTRATOR_PUBLISHES = List.of(OnexTopics.REGISTRY_NODE_REGISTERED_V1,
            OnexTopics.REGISTRY_NODE_REGISTRATION_FAILED_V1, OnexTopics.REGISTRY_WORKFLOW_STARTED_V1,
            OnexTopics.REGISTRY_WORKFLOW_COMPLETED_V1, OnexTopics.REGISTRY_WORKFLOW_FAILED_V1);

    @Test
    @DisplayName("the effect node and the orchestrator publish and subscribe what their contracts declare, and are"
            + " denied the infrastructure topics, undeclared registry topics, heartbeats and other groups")
    void perContract() throws Exception {
        ProvisionResult provisioned = SecuredCluster.provision(kafka, settings -> settings.contracts(List.of(
                CONTRACTS.resolve("registry-effect/contract.yaml"),
                CONTRACTS.resolve("registration-orchestrator/contract.yaml"))));
        assertThat(provisioned.plan().aclsToAdd()).extracting(AclRule::principal)
                .contains("User:" + EFFECT, "User:" + ORCHESTRATOR).doesNotContain("User:node-service");

        try (Deployment d = Deployment.start(kafka, null,
                new Principals(EFFECT, ORCHESTRATOR, "registry-service", "observability"), NODE_ID, false)) {
            d.awaitLifecycleAndRegistration();

            // registry-effect declares neither infrastructure topic nor any registry topic; its bus goes on working
            // (an accepted heartbeat after each refusal).
            for (OnexTopic<?> topic : List.of(OnexTopics.INFRA_ERROR_DETECTED_V1,
                    OnexTopics.INFRA_CIRCUIT_BREAKER_STATE_CHANGED_V1, OnexTopics.REGISTRY_NODE_REGISTERED_V1)) {
                assertPublishDenied(d.nodeBus(), EFFECT, topic, NODE_ID);
                publishSample(d.nodeBus(), OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, NODE_ID);
            }
            // registration-orchestrator declares five registry topics: not the other two, nor a node topic.
            for (OnexTopic<?> topic : List.of(OnexTopics.REGISTRY_NODE_DEREGISTERED_V1,
                    OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1, OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1)) {
                assertPublishDenied(d.orchestratorBus(), ORCHESTRATOR, topic, NODE_ID);
                publishSample(d.orchestratorBus(), OnexTopics.REGISTRY_WORKFLOW_STARTED_V1, NODE_ID);
            }
            assertRawWriteDenied(kafka, EFFECT, true, physicalNames(List.of(OnexTopics.INFRA_ERROR_DETECTED_V1,
                    OnexTopics.REGISTRY_NODE_REGISTERED_V1), null), NODE_ID);

            // Reading: registry-effect subscribes to introspection requests only, registration-orchestrator to
            // introspection only; neither reads heartbeats, and each may use only the groups named after it.
            try (RefusedRunner heartbeatReader = refusedRunner(kafka, ORCHESTRATOR,
                    new Inbox(List.of(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1)), ORCHESTRATOR + "-heartbeats", null)) {
                List<String> heartbeats = physicalNames(List.of(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1), null);
                assertReadDenied(kafka, ORCHESTRATOR, ORCHESTRATOR + "-probe-onex-v1", heartbeats);
                assertReadDenied(kafka, EFFECT, EFFECT + "-probe-onex-v1", heartbeats);
                assertReadDenied(kafka, EFFECT, EFFECT + "-probe-onex-v1",
                        physicalNames(List.of(OnexTopics.INFRA_ERROR_DETECTED_V1), null));
                assertGroupDenied(kafka, EFFECT, "registry-monitor-onex-v1",
                        physicalNames(List.of(OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1), null));
                assertGroupDenied(kafka, ORCHESTRATOR, "observability-onex-v1",
                        physicalNames(List.of(OnexTopics.NODE_INTROSPECTION_PUBLISHED_V1), null));
                assertRefused(List.of(heartbeatReader));
            }

            d.shutdown();
            Map<String, Set<String>> expected = Map.of(
                    Deployment.NODE_SOURCE, names(NODE_TOPICS),
                    "node/registration-orchestrator", names(ORCHESTRATOR_PUBLISHES),
                    Deployment.REGISTRY_SOURCE, names(List.of(OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1,
                            OnexTopics.REGISTRY_NODE_DEREGISTERED_V1)));
            d.awaitObserved(expected);
            assertThat(d.observed().topicsBySource()).as("what observability saw, by source: nothing denied landed")
                    .isEqualTo(expected);
        }
    }
}
