package io.onex.plugin.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onex.plugin.model.EventClass;
import io.onex.rules.PrincipalClass;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CatalogDesiredStateTest {

    @Test
    @DisplayName("every catalog topic becomes a topic spec with its partitions, retention in ms and cleanup policy")
    void topicsFollowTheCatalog() throws Exception {
        DesiredState state = CatalogDesiredState.derive(TestCatalogs.canonical(), PrincipalMapping.defaults(),
                Optional.empty());

        assertThat(state.topics()).hasSize(12);
        assertThat(state.topics().get(1)).isEqualTo(
                new TopicSpec("onex.node.heartbeat.published.v1", 3, 3_600_000L, "delete", true));
        assertThat(state.topics()).extracting(TopicSpec::name).first().isEqualTo("onex.node.introspection.published.v1");
        assertThat(state.topics()).filteredOn(t -> t.name().equals("onex.registry.workflow.completed.v1"))
                .extracting(TopicSpec::retentionMs).containsExactly(2_592_000_000L);
    }

    @Test
    @DisplayName("the section 12 policy comes out of the catalog's producers and readers as prefixed ACLs")
    void aclsFollowSection12() throws Exception {
        DesiredState state = CatalogDesiredState.derive(TestCatalogs.canonical(), PrincipalMapping.defaults(),
                Optional.empty());

        assertThat(state.acls()).extracting(AclRule::describe).containsExactlyInAnyOrder(
                "allow User:node-service to WRITE topics prefixed 'onex.node.'",
                "allow User:node-service to READ topics prefixed 'onex.registry.'",
                "allow User:node-service to READ groups prefixed 'onex-node-'",
                "allow User:registry-service to WRITE topics prefixed 'onex.registry.'",
                "allow User:registry-service to READ topics prefixed 'onex.node.'",
                "allow User:registry-service to READ groups prefixed 'onex-registry-'",
                "allow User:infra-service to WRITE topics prefixed 'onex.infra.'",
                "allow User:observability to READ topics prefixed 'onex.'",
                "allow User:observability to READ groups prefixed 'onex-observability-'");
        assertThat(state.scope().principals()).containsExactlyInAnyOrder("User:node-service",
                "User:registry-service", "User:infra-service", "User:observability");
    }

    @Test
    @DisplayName("the tenant prefix goes in front of every topic, topic pattern and group pattern")
    void tenantPrefix() throws Exception {
        DesiredState state = CatalogDesiredState.derive(TestCatalogs.canonical(), PrincipalMapping.defaults(),
                Optional.of("tenant-123"));

        assertThat(state.topics()).allSatisfy(t -> assertThat(t.name()).startsWith("tenant-123.onex."));
        assertThat(state.acls()).allSatisfy(acl -> assertThat(acl.resourceName()).startsWith("tenant-123."));
        assertThat(state.acls()).extracting(AclRule::describe)
                .contains("allow User:observability to READ topics prefixed 'tenant-123.onex.'",
                        "allow User:node-service to READ groups prefixed 'tenant-123.onex-node-'");
        assertThat(state.scope().topicNamespace()).isEqualTo("tenant-123.onex.");
        assertThat(CatalogDesiredState.derive(TestCatalogs.canonical(), PrincipalMapping.defaults(),
                Optional.of("tenant-123.")).topics()).isEqualTo(state.topics());
    }

    @Test
    @DisplayName("a class that produces only some topics of a domain gets literal ACLs for exactly those")
    void partialDomainGetsLiteralAcls() throws Exception {
        var catalog = TestCatalogs.of(
                TestCatalogs.topic("infra", "error", "detected", EventClass.TRACE_ERROR_CORRELATION,
                        Duration.ofDays(7), List.of(PrincipalClass.INFRASTRUCTURE_SERVICES, PrincipalClass.NODE_SERVICES),
                        List.of(PrincipalClass.OBSERVABILITY)),
                TestCatalogs.topic("infra", "circuit_breaker", "state_changed", EventClass.INFRASTRUCTURE_SIGNAL,
                        Duration.ofDays(7), List.of(PrincipalClass.INFRASTRUCTURE_SERVICES),
                        List.of(PrincipalClass.OBSERVABILITY)));

        DesiredState state = CatalogDesiredState.derive(catalog, PrincipalMapping.defaults(), Optional.empty());

        assertThat(state.acls()).extracting(AclRule::describe).containsExactlyInAnyOrder(
                "allow User:node-service to WRITE topic 'onex.infra.error.detected.v1'",
                "allow User:infra-service to WRITE topics prefixed 'onex.'",
                "allow User:observability to READ topics prefixed 'onex.'",
                "allow User:observability to READ groups prefixed 'onex-observability-'");
    }

    @Test
    @DisplayName("configured principals and group prefixes replace the defaults")
    void configuredPrincipals() throws Exception {
        PrincipalMapping mapping = PrincipalMapping.defaults()
                .withPrincipal(PrincipalClass.NODE_SERVICES, "User:edge-nodes")
                .withGroupPrefix(PrincipalClass.NODE_SERVICES, "edge-");

        DesiredState state = CatalogDesiredState.derive(TestCatalogs.canonical(), mapping, Optional.empty());

        assertThat(state.acls()).extracting(AclRule::describe)
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
        assertThatThrownBy(() -> CatalogDesiredState.derive(TestCatalogs.canonical(), PrincipalMapping.defaults(),
                Optional.of("tenant 1")))
                .isInstanceOf(InvalidProvisionSettingsException.class)
                .hasMessage("tenant prefix 'tenant 1' may hold only lowercase letters, digits, '-' and '_', starting"
                        + " and ending with a letter or digit (e.g. tenant-123) (onex.tenantPrefix)");
    }
}
