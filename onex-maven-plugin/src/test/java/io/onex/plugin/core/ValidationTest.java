package io.onex.plugin.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.plugin.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A validation run")
class ValidationTest {

    @Test
    @DisplayName("reports catalog and contract problems together, sorted by file and line")
    void reportsEverythingInOneRun(@TempDir Path work) {
        Fixtures.overlay(Fixtures.resource("bad/_base"), work.resolve("catalog"));
        Fixtures.overlay(Fixtures.resource("bad/key-wrong-field"), work.resolve("catalog"));
        Fixtures.overlay(Fixtures.resource("bad/contract-unknown-field"), work.resolve("contracts"));
        ValidationResult result = Validation.run(new ProjectRequest(
                new CatalogSource.Directory(work.resolve("catalog")), List.of(work.resolve("contracts")), work));
        assertThat(result.catalog()).isNull();
        assertThat(result.contracts()).isNull();
        assertThat(result.errorCount()).isEqualTo(5);
        assertThat(result.diagnostics()).extracting(d -> d.location().file() + ":" + d.location().line() + " "
                + d.rule()).containsExactly(
                        "catalog/topics.yaml:12 key-field",
                        "contracts/contract.yaml:3 required-field",
                        "contracts/contract.yaml:5 unknown-field",
                        "contracts/contract.yaml:20 unknown-field",
                        "contracts/contract.yaml:33 unknown-field");
        assertThat(result.inputs()).extracting(InputFile::displayPath).contains("catalog/topics.yaml",
                "contracts/contract.yaml");
    }

    @Test
    @DisplayName("reports a catalog folder that does not exist")
    void reportsMissingCatalog(@TempDir Path work) {
        ValidationResult result = Validation.run(new ProjectRequest(
                new CatalogSource.Directory(work.resolve("nowhere")), List.of(), work));
        assertThat(result.diagnostics()).extracting(d -> d.format()).containsExactly(
                "nowhere: error: the catalog folder nowhere does not exist; point catalog at the folder holding"
                        + " topics.yaml [input-file]");
    }

    @Test
    @DisplayName("reports a folder without topics.yaml")
    void reportsFolderWithoutCatalog(@TempDir Path work) {
        ValidationResult result = Validation.run(new ProjectRequest(new CatalogSource.Directory(work), List.of(),
                work));
        assertThat(result.diagnostics()).extracting(d -> d.format()).containsExactly(
                "topics.yaml: error: the catalog folder has no topics.yaml; point catalog at the folder holding"
                        + " topics.yaml [input-file]");
    }
}
