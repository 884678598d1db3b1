package io.onex.plugin.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Contract;
import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under {@code bad/} is one broken input with its reviewed diagnostics in {@code expected.txt}.
 * A folder holding a contract ({@code contract.yaml}) is checked against the canonical catalog; any other folder
 * is laid over the small valid catalog in {@code bad/_base} and loaded as a catalog.
 */
@DisplayName("Bad inputs")
class BadInputTest {

    private static Catalog canonical;

    @BeforeAll
    static void loadCanonicalCatalog() {
        canonical = CatalogLoader.load(CatalogSource.canonical(), null).value();
        assertThat(canonical).as("canonical catalog").isNotNull();
    }

    @org.junit.jupiter.api.Test
    @DisplayName("start from a base catalog that is valid on its own")
    void baseIsValid() {
        Path base = Fixtures.resource("bad/_base");
        Loaded<Catalog> loaded = CatalogLoader.load(new CatalogSource.Directory(base), base);
        assertThat(loaded.diagnostics()).isEmpty();
        assertThat(loaded.value().topics()).hasSize(2);
    }

    static List<String> cases() {
        return Fixtures.cases("bad");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("are reported with exactly the expected diagnostics")
    void reportsExactlyTheExpectedDiagnostics(String name, @TempDir Path work) {
        Path folder = Fixtures.resource("bad/" + name);
        List<Diagnostic> diagnostics;
        if (Files.exists(folder.resolve("contract.yaml"))) {
            Loaded<List<Contract>> loaded = ContractLoader.load(List.of(folder), canonical, folder);
            assertThat(loaded.value() == null).isEqualTo(loaded.hasErrors());
            diagnostics = loaded.diagnostics();
        } else {
            Fixtures.overlay(Fixtures.resource("bad/_base"), work);
            Fixtures.overlay(folder, work);
            Loaded<Catalog> loaded = CatalogLoader.load(new CatalogSource.Directory(work), work);
            assertThat(loaded.value() == null).isEqualTo(loaded.hasErrors());
            diagnostics = loaded.diagnostics();
        }
        List<String> actual = Fixtures.format(diagnostics);
        Fixtures.updateIfRequested("bad", name, actual);
        assertThat(actual).containsExactlyElementsOf(Fixtures.expected("bad", name));
        assertThat(actual).as("a bad input reports something").isNotEmpty();
    }
}
