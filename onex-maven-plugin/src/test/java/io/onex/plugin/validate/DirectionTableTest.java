package io.onex.plugin.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.plugin.core.CatalogLoader;
import io.onex.plugin.core.CatalogSource;
import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.NodeType;
import io.onex.plugin.model.Topic;
import io.onex.rules.PrincipalClass;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract rules (which node types publish and subscribe what) and the catalog's access lists (which principal
 * classes write and read what) describe one deployment: whatever a contract may declare, some principal a node of
 * that type can run as may do on the cluster.
 */
class DirectionTableTest {

    /**
     * The classes a node of each type can run as: every node is a node service; orchestrators and reducers may be the
     * registry side (section 13's registration orchestrator publishes {@code onex.registry.*}).
     */
    private static Set<PrincipalClass> classesOf(NodeType type) {
        return switch (type) {
            case EFFECT, COMPUTE -> EnumSet.of(PrincipalClass.NODE_SERVICES);
            case REDUCER, ORCHESTRATOR -> EnumSet.of(PrincipalClass.NODE_SERVICES, PrincipalClass.REGISTRY_SERVICES);
        };
    }

    @Test
    @DisplayName("every publish and subscribe the contract rules allow is granted to a class the node type can run as")
    void directionsFitTheCatalog() {
        Catalog catalog = Objects.requireNonNull(CatalogLoader.load(CatalogSource.canonical(), null).value());
        for (Topic topic : catalog.topics()) {
            for (NodeType type : DirectionTable.publishers(topic.eventClass())) {
                assertThat(topic.producers()).as(type + " publishing " + topic.fullName())
                        .containsAnyElementsOf(classesOf(type));
            }
            for (NodeType type : DirectionTable.subscribers(topic.eventClass())) {
                assertThat(topic.readers()).as(type + " subscribing to " + topic.fullName())
                        .containsAnyElementsOf(classesOf(type));
            }
        }
    }

    @Test
    @DisplayName("nodes write the two infrastructure topics, which the contract rules let effects and every node type"
            + " publish")
    void nodesWriteInfrastructureSignals() {
        Catalog catalog = Objects.requireNonNull(CatalogLoader.load(CatalogSource.canonical(), null).value());
        assertThat(catalog.topics()).filteredOn(t -> t.name().domain().equals("infra")).hasSize(2)
                .allSatisfy(t -> assertThat(t.producers()).contains(PrincipalClass.NODE_SERVICES,
                        PrincipalClass.INFRASTRUCTURE_SERVICES));
    }
}
