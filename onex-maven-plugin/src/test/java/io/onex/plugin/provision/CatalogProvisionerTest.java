package io.onex.plugin.provision;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.plugin.core.CatalogSource;
import io.onex.plugin.core.GoalResult;
import io.onex.plugin.core.ProjectRequest;
import io.onex.plugin.model.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings of the ACL models that cannot work are refused before the cluster is contacted (none runs here). */
class CatalogProvisionerTest {

    /** Nothing listens here: a run that got as far as the cluster would fail with an exception instead. */
    private static final String NO_CLUSTER = "127.0.0.1:1";

    private static Path contract(String name) throws Exception {
        return Path.of(Objects.requireNonNull(CatalogProvisionerTest.class.getResource("/contracts/" + name
                + "/contract.yaml")).toURI());
    }

    private static List<String> refusal(ProvisionSettings settings, Path base) throws Exception {
        GoalResult result = new CatalogProvisioner().run(ProjectRequest.catalogOnly(CatalogSource.canonical(), base),
                settings);
        assertThat(result).isInstanceOf(CatalogProvisioner.Refused.class);
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    @DisplayName("two contracts of one node (they would share a principal) are refused at the second contract")
    void duplicateNodes(@TempDir Path dir) throws Exception {
        for (String copy : List.of("a", "b")) {
            Files.createDirectories(dir.resolve(copy));
            Files.copy(contract("registry-effect"), dir.resolve(copy).resolve("contract.yaml"));
        }
        List<String> errors = refusal(ProvisionSettings.builder(NO_CLUSTER)
                .contracts(List.of(dir.resolve("a"), dir.resolve("b"))).build(), dir);

        assertThat(errors).singleElement().satisfies(e -> assertThat(e)
                .startsWith("b" + java.io.File.separator + "contract.yaml:")
                .contains("[contract-name]", "meta.name 'registry-effect' is also used by a"));
    }

    @Test
    @DisplayName("contracts with the class-wide model, the contract model without contracts, an unknown model and a"
            + " template without {node} are refused, naming the parameter")
    void badModelSettings(@TempDir Path dir) throws Exception {
        assertThat(refusal(ProvisionSettings.builder(NO_CLUSTER).aclModel("catalog")
                .contracts(List.of(contract("registry-effect"))).build(), dir))
                .singleElement().asString().contains("[provision-settings]", "onex.contracts",
                        "the ACL model is catalog");
        assertThat(refusal(ProvisionSettings.builder(NO_CLUSTER).aclModel("contracts").build(), dir))
                .singleElement().asString().contains("[provision-settings]", "no contract was found");
        assertThat(refusal(ProvisionSettings.builder(NO_CLUSTER).aclModel("nodes").build(), dir))
                .singleElement().asString().contains("unknown ACL model 'nodes' (onex.provision.aclModel)",
                        "use catalog or contracts");
        assertThat(refusal(ProvisionSettings.builder(NO_CLUSTER).contracts(List.of(contract("registry-effect")))
                .nodePrincipal("User:nodes").build(), dir))
                .singleElement().asString().contains("(onex.provision.nodePrincipal) must contain {node}");
    }

    @Test
    @DisplayName("a contract that does not validate stops provisioning with its own diagnostic")
    void invalidContract(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("contract.yaml");
        Files.writeString(broken, "meta:\n  name: broken\n  version: 1.0.0\n  node_type: EFFECT\nevent_channels:\n"
                + "  publishes:\n    - topic: onex.node.nope.v1\n      key: node_id\n      event_type: x\n");
        assertThat(refusal(ProvisionSettings.builder(NO_CLUSTER).contracts(List.of(broken)).build(), dir))
                .anySatisfy(e -> assertThat(e).startsWith("contract.yaml:7").contains("onex.node.nope.v1"));
    }
}
