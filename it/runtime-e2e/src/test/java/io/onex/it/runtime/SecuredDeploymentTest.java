package io.onex.it.runtime;

import static io.onex.it.runtime.SecuredCluster.INFRA_TOPICS;
import static io.onex.it.runtime.SecuredCluster.NODE_TOPICS;
import static io.onex.it.runtime.SecuredCluster.REGISTRY_TOPICS;
import static io.onex.it.runtime.SecuredCluster.assertGroupDenied;
import static io.onex.it.runtime.SecuredCluster.assertProducerDenied;
import static io.onex.it.runtime.SecuredCluster.assertPublishDenied;
import static io.onex.it.runtime.SecuredCluster.assertRawWriteDenied;
import static io.onex.it.runtime.SecuredCluster.assertReadDenied;
import static io.onex.it.runtime.SecuredCluster.assertRefused;
import static io.onex.it.runtime.SecuredCluster.names;
import static io.onex.it.runtime.SecuredCluster.physicalNames;
import static io.onex.it.runtime.SecuredCluster.publishSample;
import static io.onex.it.runtime.SecuredCluster.refusedRunner;
import static org.assertj.core.api.Assertions.assertThat;

import io.onex.events.NodeIntrospectionPayload;
import io.onex.events.OnexTopics;
import io.onex.it.runtime.Deployment.Principals;
import io.onex.it.runtime.SecuredCluster.Inbox;
import io.onex.it.runtime.SecuredCluster.RefusedRunner;
import io.onex.plugin.provision.ProvisionResult;
import io.onex.plugin.provision.TopicSpec;
import io.onex.rules.ConsumerGroups;
import io.onex.rules.Tenant;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.kafka.KafkaEventBus;
import io.onex.testkit.KafkaBroker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 12's secured deployment in the class-wide model: a SASL/PLAIN broker with {@code StandardAuthorizer} and
 * {@code allow.everyone.if.no.acl.found=false}, set up only by the provision goal's core with its defaults, run as
 * the super user. The section 13 nodes and a registry side then run on the SDK's defaults (client properties and,
 * with a tenant, the tenant; the topic mode comes from the environment, LEGACY unless {@code USE_ONEX_TOPICS=true},
 * and provision creates the legacy names too), each under the default principal of its class. Everything section 12
 * allows flows; every operation it denies is attempted and refused with an exception naming the topic or group.
 *
 * <p>Without a tenant and with the two tenants the principals and names do not overlap, so both share one broker.
 */
@DisplayName("On a cluster provisioned with the class-wide defaults, nodes on the SDK's defaults do what section 12"
        + " allows and are denied the rest")
class SecuredDeploymentTest {

    private static final String NODE_ID = "registry-effect-001";
    private static final String INTRUDER = "intruder-001";
    private static final String TENANT_A = "tenant-a";
    private static final String TENANT_B = "tenant-b";

    @RegisterExtension
    static final KafkaBroker kafka = SecuredCluster.broker("node-service", "registry-service", "infra-service",
            "observability",
            "tenant-a.node-service", "tenant-a.registry-service", "tenant-a.observability",
            "tenant-b.node-service", "tenant-b.registry-service", "tenant-b.observability");

    /** What each source may publish, and so what observability must see from it, in the class-wide model. */
    private static Map<String, Set<String>> classWideTopicsBySource() {
        return Map.of(
                Deployment.NODE_SOURCE, names(SecuredCluster.concat(NODE_TOPICS, INFRA_TOPICS)),
                "node/registration-orchestrator", names(List.of(OnexTopics.REGISTRY_NODE_REGISTERED_V1,
                        OnexTopics.REGISTRY_NODE_REGISTRATION_FAILED_V1, OnexTopics.REGISTRY_WORKFLOW_STARTED_V1,
                        OnexTopics.REGISTRY_WORKFLOW_COMPLETED_V1, OnexTopics.REGISTRY_WORKFLOW_FAILED_V1)),
                Deployment.REGISTRY_SOURCE, names(List.of(OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1,
                        OnexTopics.REGISTRY_NODE_DEREGISTERED_V1)));
    }

    @Test
    @DisplayName("without a tenant: introspection, heartbeats, a request round trip, registration and workflow events, an"
            + " error event, a circuit breaker transition and the shutdown flow, observability sees all twelve topics;"
            + " node-service may not write onex.registry.*, observability may not write, node-service may not read"
            + " onex.node.*, infra-service may not read")
    void withoutTenant() throws Exception {
        ProvisionResult provisioned = SecuredCluster.provision(kafka, settings -> settings);
        List<String> allTopics = provisioned.plan().topicsToCreate().stream().map(TopicSpec::name).toList();
        assertThat(allTopics).as("the catalog's topics and their legacy twins")
                .containsExactlyInAnyOrderElementsOf(physicalNames(OnexTopics.ALL, null));

        try (Deployment d = Deployment.start(kafka, null, Principals.classWide(null), NODE_ID, true)) {
            d.awaitLifecycleAndRegistration();
            d.reportError();

            // node-service writes no onex.registry.* topic: through its bus (which goes on working: an accepted
            // heartbeat after each refusal) and through a plain producer.
            for (OnexTopic<?> topic : REGISTRY_TOPICS) {
                assertPublishDenied(d.nodeBus(), "node-service", topic, INTRUDER);
                publishSample(d.nodeBus(), OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, NODE_ID);
            }
            assertRawWriteDenied(kafka, "node-service", true, physicalNames(REGISTRY_TOPICS, null), INTRUDER);

            // observability writes nothing: its bus is refused a producer id, a plain producer each topic.
            try (KafkaEventBus bus = SecuredCluster.bus(kafka, "observability", "observability/audit", null)) {
                for (OnexTopic<?> topic : OnexTopics.ALL) {
                    assertProducerDenied(bus, "observability", topic, INTRUDER);
                }
            }
            assertRawWriteDenied(kafka, "observability", false, allTopics, INTRUDER);

            // node-service reads no onex.node.* topic (nor their legacy twins); infra-service reads nothing.
            List<RefusedRunner> refused = new ArrayList<>();
            try {
                refused.add(refusedRunner(kafka, "node-service", new Inbox(NODE_TOPICS), "node-lifecycle-audit", null));
                refused.add(refusedRunner(kafka, "infra-service", new Inbox(OnexTopics.ALL), "infra-monitor", null));
                assertReadDenied(kafka, "node-service", ConsumerGroups.groupId("node-reader", Tenant.parse(null)),
                        physicalNames(NODE_TOPICS, null));
                assertReadDenied(kafka, "infra-service", null, allTopics);
                assertGroupDenied(kafka, "infra-service", ConsumerGroups.groupId("infra-monitor", Tenant.parse(null)),
                        allTopics);
                assertRefused(refused);
            } finally {
                refused.forEach(RefusedRunner::close);
            }

            d.shutdown();
            d.tripCircuitBreaker();
            d.awaitObserved(classWideTopicsBySource());
            assertThat(d.observed().topicsBySource()).as("what observability saw, by source: nothing denied landed")
                    .isEqualTo(classWideTopicsBySource());
            assertThat(d.heartbeats()).allSatisfy(h -> assertThat(h.nodeId()).isEqualTo(NODE_ID));
        }
    }

    @Test
    @DisplayName("two tenants provisioned side by side with the defaults both work, with the same node id and service"
            + " names; neither tenant's principals may write or read the other's topics or join the other's groups")
    void twoTenants() throws Exception {
        SecuredCluster.provision(kafka, settings -> settings.tenantPrefix(TENANT_A));
        SecuredCluster.provision(kafka, settings -> settings.tenantPrefix(TENANT_B));

        try (Deployment a = Deployment.start(kafka, TENANT_A, Principals.classWide(TENANT_A), NODE_ID, true);
                Deployment b = Deployment.start(kafka, TENANT_B, Principals.classWide(TENANT_B), NODE_ID, true)) {
            a.awaitLifecycleAndRegistration();
            b.awaitLifecycleAndRegistration();

            List<RefusedRunner> refused = new ArrayList<>();
            try {
                for (Deployment[] pair : new Deployment[][] {{a, b}, {b, a}}) {
                    Deployment own = pair[0];
                    Deployment other = pair[1];
                    String node = own.principals().node();
                    String registry = own.principals().registry();
                    // the node writes to the other tenant's topics through a bus of that tenant
                    try (KafkaEventBus foreign = SecuredCluster.bus(kafka, node, Deployment.NODE_SOURCE,
                            other.tenant())) {
                        assertPublishDenied(foreign, node, OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, NODE_ID);
                        assertPublishDenied(foreign, node, OnexTopics.INFRA_ERROR_DETECTED_V1, NODE_ID);
                    }
                    // the node reads the other tenant's introspection requests, in a group of its own tenant
                    assertReadDenied(kafka, node, ConsumerGroups.groupId("intruder", Tenant.parse(own.tenant())),
                            physicalNames(List.of(OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1), other.tenant()));
                    // the node joins the other tenant node's request group, reading its own tenant's requests
                    assertGroupDenied(kafka, node, ConsumerGroups.groupId(NODE_ID, Tenant.parse(other.tenant())),
                            physicalNames(List.of(OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1), own.tenant()));
                    // the registry side reads the other tenant's node topics, and joins its registry's group
                    assertReadDenied(kafka, registry, ConsumerGroups.groupId("intruder", Tenant.parse(own.tenant())),
                            physicalNames(NODE_TOPICS, other.tenant()));
                    assertGroupDenied(kafka, registry, ConsumerGroups.groupId("registry-monitor",
                            Tenant.parse(other.tenant())), physicalNames(NODE_TOPICS, own.tenant()));
                    // the SDK's runners with the own tenant's credentials on the other tenant
                    refused.add(refusedRunner(kafka, registry, new Inbox(NODE_TOPICS), "registry-monitor",
                            other.tenant()));
                    refused.add(refusedRunner(kafka, node, new Inbox(
                            List.of(OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1)), NODE_ID, other.tenant()));
                }
                assertRefused(refused);
            } finally {
                refused.forEach(RefusedRunner::close);
            }

            for (Deployment d : List.of(a, b)) {
                d.reportError();
                d.shutdown();
                d.tripCircuitBreaker();
                d.awaitObserved(classWideTopicsBySource());
                assertThat(d.observed().topicsBySource()).as("what %s's observability saw, by source", d.tenant())
                        .isEqualTo(classWideTopicsBySource());
                assertThat(d.observed().payloads(OnexTopics.NODE_INTROSPECTION_PUBLISHED_V1))
                        .as("introspection %s's observability saw", d.tenant()).isNotEmpty()
                        .extracting(NodeIntrospectionPayload::metadata)
                        .allSatisfy(m -> assertThat(m).containsEntry("tenant", d.tenant()));
            }
        }
    }
}
