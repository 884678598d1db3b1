package io.onex.plugin.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onex.plugin.core.CatalogLoader;
import io.onex.plugin.core.CatalogSource;
import io.onex.plugin.core.ContractLoader;
import io.onex.plugin.core.Loaded;
import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Contract;
import io.onex.plugin.model.EventClass;
import io.onex.rules.PrincipalClass;
import io.onex.rules.Tenant;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CatalogDesiredStateTest {

    private static Catalog canonical;
    private static List<Contract> section13;

    @BeforeAll
    static void load() throws URISyntaxException {
        canonical = Objects.requireNonNull(CatalogLoader.load(CatalogSource.canonical(), null).value());
        Path contracts = Path.of(Objects.requireNonNull(CatalogDesiredStateTest.class.getResource("/contracts")).toURI());
        Loaded<List<Contract>> loaded = ContractLoader.load(List.of(contracts.resolve("registry-effect"),
                contracts.resolve("registration-orchestrator")), canonical, contracts);
        assertThat(loaded.diagnostics()).isEmpty();
        section13 = loaded.value();
    }

    private static List<String> acls(DesiredState state) {
        return state.acls().stream().map(AclRule::describe).toList();
    }

    @Test
    @DisplayName("every catalog topic becomes a topic spec with its partitions, retention in ms and cleanup policy")
    void topicsFollowTheCatalog() throws Exception {
        DesiredState state = CatalogDesiredState.derive(TestCatalogs.canonical(), Optional.empty());

        assertThat(state.topics()).hasSize(12);
        assertThat(state.topics().get(1)).isEqualTo(
                new TopicSpec("onex.node.heartbeat.published.v1", 3, 3_600_000L, "delete", true));
        assertThat(state.topics()).extracting(TopicSpec::name).first().isEqualTo("onex.node.introspection.published.v1");
        assertThat(state.topics()).filteredOn(t -> t.name().equals("onex.registry.workflow.completed.v1"))
                .extracting(TopicSpec::retentionMs).containsExactly(2_592_000_000L);
    }

    @Test
    @DisplayName("the legacy names of section 9 become topics with their canonical twin's settings, since the SDK"
            + " uses them by default")
    void legacyTwins() throws Exception {
        DesiredState state = CatalogDesiredState.derive(canonical, Optional.empty());

        assertThat(state.topics()).hasSize(15);
        assertThat(state.topics()).contains(new TopicSpec("node.heartbeat", 3, 3_600_000L, "delete", true),
                new TopicSpec("node.introspection", 3, 86_400_000L, "delete", true),
                new TopicSpec("node.request_introspection", 3, 3_600_000L, "delete", true));
        assertThat(state.scope().legacyTopics())
                .containsExactlyInAnyOrder("node.heartbeat", "node.introspection", "node.request_introspection");

        assertThat(state.retiredTopics()).isEmpty();
    }

    @Test
    @DisplayName("after deprecation the legacy topics are retired: not wanted, not granted, their ACLs still ONEX's to"
            + " remove")
    void deprecatedLegacyTopics() throws Exception {
        AccessSettings deprecated = new AccessSettings(Optional.empty(), PrincipalMapping.defaults(),
                AclModel.CATALOG, List.of(), NodePrincipals.defaults(Optional.empty()), false);
        DesiredState withoutLegacy = CatalogDesiredState.derive(canonical, deprecated);

        assertThat(withoutLegacy.topics()).hasSize(12).noneMatch(t -> t.name().startsWith("node."));
        assertThat(acls(withoutLegacy)).noneMatch(line -> line.contains("'node."));
        assertThat(withoutLegacy.retiredTopics())
                .containsExactly("node.introspection", "node.heartbeat", "node.request_introspection");
        assertThat(withoutLegacy.scope().manages(AclRule.allow("User:node-service",
                org.apache.kafka.common.resource.ResourceType.TOPIC,
                org.apache.kafka.common.resource.PatternType.LITERAL, "node.heartbeat",
                org.apache.kafka.common.acl.AclOperation.WRITE))).isTrue();
    }

    @Test
    @DisplayName("class-wide ACLs: section 12's prefixes where it grants them, topic names elsewhere, every group"
            + " of the cluster for readers")
    void classWideAcls() throws Exception {
        DesiredState state = CatalogDesiredState.derive(canonical, Optional.empty());

        assertThat(acls(state)).containsExactlyInAnyOrder(
                "allow User:infra-service to WRITE topics prefixed 'onex.infra.'",
                "allow User:node-service to READ group '*'",
                "allow User:node-service to READ topic 'node.request_introspection'",
                "allow User:node-service to READ topics prefixed 'onex.registry.'",
                "allow User:node-service to WRITE topic 'node.heartbeat'",
                "allow User:node-service to WRITE topic 'node.introspection'",
                "allow User:node-service to WRITE topic 'onex.infra.circuit_breaker.state_changed.v1'",
                "allow User:node-service to WRITE topic 'onex.infra.error.detected.v1'",
                "allow User:node-service to WRITE topics prefixed 'onex.node.'",
                "allow User:observability to READ group '*'",
                "allow User:observability to READ topic 'node.heartbeat'",
                "allow User:observability to READ topic 'node.introspection'",
                "allow User:observability to READ topic 'node.request_introspection'",
                "allow User:observability to READ topics prefixed 'onex.'",
                "allow User:registry-service to READ group '*'",
                "allow User:registry-service to READ topic 'node.heartbeat'",
                "allow User:registry-service to READ topic 'node.introspection'",
                "allow User:registry-service to READ topic 'onex.infra.circuit_breaker.state_changed.v1'",
                "allow User:registry-service to READ topic 'onex.infra.error.detected.v1'",
                "allow User:registry-service to READ topics prefixed 'onex.node.'",
                "allow User:registry-service to WRITE topic 'node.request_introspection'",
                "allow User:registry-service to WRITE topics prefixed 'onex.registry.'");
        assertThat(state.scope().principals()).containsExactlyInAnyOrder("User:node-service",
                "User:registry-service", "User:infra-service", "User:observability");
    }

    @Test
    @DisplayName("a tenant prefixes every topic, topic pattern and group pattern, and names the default principals")
    void tenantPrefix() throws Exception {
        DesiredState state = CatalogDesiredState.derive(canonical, Optional.of("tenant-123"));

        assertThat(state.topics()).allSatisfy(t -> assertThat(t.name()).startsWith("tenant-123."));
        assertThat(state.acls()).allSatisfy(acl -> {
            assertThat(acl.resourceName()).startsWith("tenant-123.");
            assertThat(acl.principal()).startsWith("User:tenant-123.");
        });
        assertThat(acls(state)).contains("allow User:tenant-123.observability to READ topics prefixed 'tenant-123.onex.'",
                "allow User:tenant-123.node-service to READ groups prefixed 'tenant-123.'",
                "allow User:tenant-123.node-service to WRITE topic 'tenant-123.node.heartbeat'");
        assertThat(state.scope().topicNamespace()).isEqualTo("tenant-123.onex.");
        assertThat(state.scope().groupNamespace()).isEqualTo("tenant-123.");
        assertThat(CatalogDesiredState.derive(canonical, Optional.of("tenant-123.")).topics()).isEqualTo(state.topics());
    }

    @Test
    @DisplayName("a class outside section 12's prefix for a domain gets literal ACLs, even for a whole domain")
    void literalOutsideSection12() throws Exception {
        var catalog = TestCatalogs.of(
                TestCatalogs.topic("infra", "error", "detected", EventClass.TRACE_ERROR_CORRELATION,
                        Duration.ofDays(7), List.of(PrincipalClass.INFRASTRUCTURE_SERVICES, PrincipalClass.NODE_SERVICES),
                        List.of(PrincipalClass.OBSERVABILITY)),
                TestCatalogs.topic("infra", "circuit_breaker", "state_changed", EventClass.INFRASTRUCTURE_SIGNAL,
                        Duration.ofDays(7), List.of(PrincipalClass.INFRASTRUCTURE_SERVICES, PrincipalClass.NODE_SERVICES),
                        List.of(PrincipalClass.OBSERVABILITY)));

        DesiredState state = CatalogDesiredState.derive(catalog, Optional.empty());

        assertThat(acls(state)).containsExactlyInAnyOrder(
                "allow User:node-service to WRITE topic 'onex.infra.circuit_breaker.state_changed.v1'",
                "allow User:node-service to WRITE topic 'onex.infra.error.detected.v1'",
                "allow User:infra-service to WRITE topics prefixed 'onex.infra.'",
                "allow User:observability to READ topics prefixed 'onex.'",
                "allow User:observability to READ group '*'");
    }

    @Test
    @DisplayName("per-contract ACLs: each node exactly what its contract declares and its own groups; the other classes"
            + " as before")
    void perContract() throws Exception {
        DesiredState state = CatalogDesiredState.derive(canonical,
                AccessSettings.defaults(Optional.empty()).withContracts(section13));

        List<String> lines = acls(state);
        assertThat(lines).filteredOn(l -> l.contains("User:registry-effect ")).containsExactlyInAnyOrder(
                "allow User:registry-effect to WRITE topic 'onex.node.introspection.published.v1'",
                "allow User:registry-effect to WRITE topic 'onex.node.heartbeat.published.v1'",
                "allow User:registry-effect to WRITE topic 'onex.node.shutdown.announced.v1'",
                "allow User:registry-effect to WRITE topic 'node.introspection'",
                "allow User:registry-effect to WRITE topic 'node.heartbeat'",
                "allow User:registry-effect to READ topic 'onex.registry.introspection.requested.v1'",
                "allow User:registry-effect to READ topic 'node.request_introspection'",
                "allow User:registry-effect to READ groups prefixed 'registry-effect-'");
        assertThat(lines).filteredOn(l -> l.contains("User:registration-orchestrator ")).containsExactlyInAnyOrder(
                "allow User:registration-orchestrator to WRITE topic 'onex.registry.node.registered.v1'",
                "allow User:registration-orchestrator to WRITE topic 'onex.registry.node.registration_failed.v1'",
                "allow User:registration-orchestrator to WRITE topic 'onex.registry.workflow.started.v1'",
                "allow User:registration-orchestrator to WRITE topic 'onex.registry.workflow.completed.v1'",
                "allow User:registration-orchestrator to WRITE topic 'onex.registry.workflow.failed.v1'",
                "allow User:registration-orchestrator to READ topic 'onex.node.introspection.published.v1'",
                "allow User:registration-orchestrator to READ topic 'node.introspection'",
                "allow User:registration-orchestrator to READ groups prefixed 'registration-orchestrator-'");
        assertThat(lines).noneMatch(l -> l.contains("User:node-service"))
                .contains("allow User:registry-service to WRITE topics prefixed 'onex.registry.'",
                        "allow User:observability to READ topics prefixed 'onex.'");
        assertThat(state.scope().principals()).contains("User:registry-effect", "User:registration-orchestrator")
                .doesNotContain("User:node-service");
    }

    @Test
    @DisplayName("per-contract principals follow the tenant and a configured template")
    void nodePrincipals() throws Exception {
        Optional<Tenant> tenant = Optional.of(new Tenant("acme"));
        DesiredState defaults = CatalogDesiredState.derive(canonical,
                AccessSettings.defaults(tenant).withContracts(section13));
        assertThat(acls(defaults)).contains(
                "allow User:acme.registry-effect to READ groups prefixed 'acme.registry-effect-'",
                "allow User:acme.registry-effect to WRITE topic 'acme.onex.node.heartbeat.published.v1'");

        AccessSettings custom = new AccessSettings(tenant, PrincipalMapping.defaults(tenant), AclModel.CONTRACTS,
                section13, NodePrincipals.of("User:CN={node},OU={tenant}", tenant), true);
        assertThat(CatalogDesiredState.derive(canonical, custom).scope().principals())
                .contains("User:CN=registry-effect,OU=acme");
    }

    @Test
    @DisplayName("a node principal template without {node}, or with {tenant} and no tenant, is refused")
    void badNodePrincipal() {
        assertThatThrownBy(() -> NodePrincipals.of("User:nodes", Optional.empty()))
                .isInstanceOf(InvalidProvisionSettingsException.class).hasMessageContaining("must contain {node}");
        assertThatThrownBy(() -> NodePrincipals.of("User:{tenant}.{node}", Optional.empty()))
                .isInstanceOf(InvalidProvisionSettingsException.class).hasMessageContaining("no tenant prefix is set");
        assertThatThrownBy(() -> NodePrincipals.of("{node}", Optional.empty()))
                .isInstanceOf(InvalidProvisionSettingsException.class).hasMessageContaining("Type:name");
    }

    @Test
    @DisplayName("configured principals and group prefixes replace the defaults")
    void configuredPrincipals() throws Exception {
        PrincipalMapping mapping = PrincipalMapping.defaults()
                .withPrincipal(PrincipalClass.NODE_SERVICES, "User:edge-nodes")
                .withGroupPrefix(PrincipalClass.NODE_SERVICES, "edge-");
        AccessSettings access = new AccessSettings(Optional.empty(), mapping, AclModel.CATALOG, List.of(),
                NodePrincipals.defaults(Optional.empty()), true);

        DesiredState state = CatalogDesiredState.derive(canonical, access);

        assertThat(acls(state))
                .contains("allow User:edge-nodes to WRITE topics prefixed 'onex.node.'",
                        "allow User:edge-nodes to READ groups prefixed 'edge-'")
                .noneMatch(line -> line.contains("User:node-service"));
    }

    @Test
    @DisplayName("a principal without a type is refused, naming the class and the expected form")
    void badPrincipal() {
        assertThatThrownBy(() -> PrincipalMapping.defaults().withPrincipal(PrincipalClass.REGISTRY_SERVICES,
                "registry-service"))
                .isInstanceOf(InvalidProvisionSettingsException.class)
                .hasMessage("principal 'registry-service' for registry_services must have the form Type:name,"
                        + " e.g. User:registry-service");
    }

    @Test
    @DisplayName("a tenant prefix that breaks the shared tenant syntax is refused, naming the parameter")
    void badTenantPrefix() {
        assertThatThrownBy(() -> CatalogDesiredState.derive(canonical, Optional.of("tenant 1")))
                .isInstanceOf(InvalidProvisionSettingsException.class)
                .hasMessage("tenant prefix 'tenant 1' may hold only lowercase letters, digits, '-' and '_', starting"
                        + " and ending with a letter or digit (e.g. tenant-123) (onex.tenantPrefix)");
    }
}
