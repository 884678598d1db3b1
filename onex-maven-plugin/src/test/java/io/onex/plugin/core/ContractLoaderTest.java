package io.onex.plugin.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Contract;
import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The contract loader")
class ContractLoaderTest {

    private static Catalog canonical;

    @BeforeAll
    static void loadCatalog() {
        canonical = CatalogLoader.load(CatalogSource.canonical(), null).value();
    }

    private static void copy(String example, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(Fixtures.resource("contracts/" + example).resolve("contract.yaml"), to);
    }

    @Test
    @DisplayName("finds contract.yaml and *.contract.yaml in folders, in path order, and warns about other YAML")
    void scansFolders(@TempDir Path project) throws IOException {
        Path onex = project.resolve("src/main/onex");
        copy("registration-orchestrator", onex.resolve("orchestrator/contract.yaml"));
        copy("registry-effect", onex.resolve("effect.contract.yml"));
        copy("tenant-prefixed", onex.resolve(".hidden/contract.yaml"));
        Files.writeString(onex.resolve("values.yaml"), "not: [a contract");
        Loaded<List<Contract>> loaded = ContractLoader.load(List.of(onex), canonical, project);
        assertThat(loaded.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "src/main/onex/values.yaml: warning: not read as a contract: only files named contract.yaml or"
                        + " *.contract.yaml are contracts; rename it, or name the file in 'contracts' [input-file]");
        assertThat(loaded.value()).extracting(Contract::name)
                .containsExactly("registry-effect", "registration-orchestrator");
        assertThat(loaded.inputs()).extracting(InputFile::displayPath).containsExactly(
                "src/main/onex/effect.contract.yml", "src/main/onex/orchestrator/contract.yaml");
    }

    @Test
    @DisplayName("reads files given by path whatever their name, in the order given, each once")
    void readsGivenFiles(@TempDir Path project) throws IOException {
        Path file = project.resolve("nodes/effect.yaml");
        copy("registry-effect", file);
        copy("registry-effect", project.resolve("nodes/contract.yaml"));
        Loaded<List<Contract>> loaded = ContractLoader.load(List.of(file, project.resolve("nodes"), file),
                canonical, project);
        assertThat(loaded.diagnostics()).extracting(d -> d.format()).containsExactly(
                "nodes/contract.yaml:3:9: error: meta.name: meta.name 'registry-effect' is also used by"
                        + " nodes/effect.yaml:3:9; each contract names its own generated classes [contract-name]");
    }

    @Test
    @DisplayName("reports a contracts path that does not exist")
    void reportsMissingPaths(@TempDir Path project) {
        Loaded<List<Contract>> loaded = ContractLoader.load(List.of(project.resolve("nope.yaml")), canonical, project);
        assertThat(loaded.value()).isNull();
        assertThat(loaded.diagnostics()).extracting(d -> d.format()).containsExactly(
                "nope.yaml: error: the contracts path nope.yaml does not exist [input-file]");
    }

    @Test
    @DisplayName("still checks the structure of contracts when the catalog failed to load")
    void checksStructureWithoutCatalog() {
        Path folder = Fixtures.resource("bad/contract-unknown-field");
        Loaded<List<Contract>> loaded = ContractLoader.load(List.of(folder), null, folder);
        assertThat(loaded.value()).isNull();
        assertThat(loaded.diagnostics()).extracting(d -> d.rule()).contains("unknown-field", "required-field");
        Loaded<List<Contract>> clean = ContractLoader.load(List.of(Fixtures.resource("contracts/registry-effect")),
                null, null);
        assertThat(clean.diagnostics()).isEmpty();
        assertThat(clean.value()).isNull();
    }
}
