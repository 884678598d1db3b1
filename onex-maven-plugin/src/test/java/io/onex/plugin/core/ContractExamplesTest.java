package io.onex.plugin.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Contract;
import io.onex.plugin.model.NodeType;
import io.onex.plugin.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Valid contracts")
class ContractExamplesTest {

    private static Catalog canonical;

    @BeforeAll
    static void loadCatalog() {
        canonical = CatalogLoader.load(CatalogSource.canonical(), null).value();
    }

    private static Loaded<List<Contract>> load(String name) {
        Path folder = Fixtures.resource("contracts/" + name);
        return ContractLoader.load(List.of(folder), canonical, folder);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"registry-effect", "registration-orchestrator", "registry-effect-node", "tenant-prefixed"})
    @DisplayName("of spec section 13 (and a tenant-prefixed one) validate with no diagnostics")
    void validateClean(String name) {
        Loaded<List<Contract>> loaded = load(name);
        assertThat(loaded.diagnostics()).isEmpty();
        assertThat(loaded.value()).hasSize(1);
        assertThat(loaded.inputs()).extracting(InputFile::displayPath).containsExactly("contract.yaml");
    }

    @Test
    @DisplayName("become contracts whose channels point at catalog topics")
    void buildTheModel() {
        Contract effect = load("registry-effect").value().get(0);
        assertThat(effect.name()).isEqualTo("registry-effect");
        assertThat(effect.javaName()).isEqualTo("RegistryEffect");
        assertThat(effect.nodeType()).isEqualTo(NodeType.EFFECT);
        assertThat(effect.publishes()).extracting(c -> c.topic().fullName()).containsExactly(
                "onex.node.introspection.published.v1", "onex.node.heartbeat.published.v1",
                "onex.node.shutdown.announced.v1");
        Contract.Channel request = effect.subscribes().get(0);
        assertThat(request.topic()).isSameAs(canonical.find("onex.registry.introspection.requested.v1").orElseThrow());
        assertThat(request.reference()).isEqualTo(Contract.TopicReference.CANONICAL);
        assertThat(request.handler()).contains("handle_introspection_request");
        assertThat(request.description()).isEqualTo("Registry broadcast requesting introspection refresh");
        assertThat(request.location().line()).isEqualTo(28);

        Contract tenant = load("tenant-prefixed").value().get(0);
        assertThat(tenant.publishes().get(0).reference()).isEqualTo(Contract.TopicReference.TENANT_PREFIXED);
        assertThat(tenant.publishes().get(0).tenantPrefix()).contains("tenant-123");
        assertThat(tenant.publishes().get(0).declaredTopic()).isEqualTo("tenant-123.onex.node.heartbeat.published.v1");
        assertThat(tenant.publishes().get(0).description()).isEqualTo("Liveness signal on the tenant's topic");
        assertThat(tenant.subscribes().get(0).description()).isEmpty();
    }

    @Test
    @DisplayName("with legacy topic names load, with the warning of section 9 and LEGACY references")
    void legacyNamesLoadWithWarnings() {
        Path folder = Fixtures.resource("bad/contract-legacy-topic");
        Loaded<List<Contract>> loaded = ContractLoader.load(List.of(folder), canonical, folder);
        assertThat(loaded.hasErrors()).isFalse();
        assertThat(loaded.diagnostics()).hasSize(2);
        Contract.Channel introspection = loaded.value().get(0).publishes().get(0);
        assertThat(introspection.reference()).isEqualTo(Contract.TopicReference.LEGACY);
        assertThat(introspection.topic().fullName()).isEqualTo("onex.node.introspection.published.v1");
    }
}
