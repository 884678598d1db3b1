package io.onex.bench.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.plugin.core.CatalogSource;
import io.onex.plugin.core.GenerateCore;
import io.onex.plugin.core.GenerateRequest;
import io.onex.plugin.core.GenerateResult;
import io.onex.plugin.generate.GenerationOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The catalog synthesizer of the code generation benchmark")
class CatalogSynthesizerTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("writes byte-identical catalogs for the same seed and size")
    void deterministic() throws IOException {
        new CatalogSynthesizer().write(temp.resolve("a"), 20, 7);
        new CatalogSynthesizer().write(temp.resolve("b"), 20, 7);
        assertThat(contents(temp.resolve("b"))).isEqualTo(contents(temp.resolve("a")));
    }

    @Test
    @DisplayName("writes a different catalog for another seed")
    void seedMatters() throws IOException {
        new CatalogSynthesizer().write(temp.resolve("a"), 20, 7);
        new CatalogSynthesizer().write(temp.resolve("b"), 20, 8);
        assertThat(contents(temp.resolve("b"))).isNotEqualTo(contents(temp.resolve("a")));
    }

    @Test
    @DisplayName("writes N payload schemas and N/5 contracts that the generate pipeline accepts without a diagnostic")
    void acceptedByGenerate() throws IOException {
        CatalogSynthesizer.Catalog catalog = new CatalogSynthesizer().write(temp.resolve("c"), 10, 42);
        assertThat(catalog.payloadSchemas()).hasSize(10);
        assertThat(catalog.contracts()).isEqualTo(2);

        GenerateResult result = GenerateCore.run(request(catalog));

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.status()).isEqualTo(GenerateResult.Status.GENERATED);
        assertThat(result.written()).contains("io/onex/events/Bench00000Payload.java",
                "io/onex/nodes/BenchNode0000Publisher.java", "io/onex/nodes/BenchNode0001Subscriber.java");
    }

    @Test
    @DisplayName("touching one schema makes the next run rewrite only that payload's record")
    void touchRewritesOneFile() throws IOException {
        CatalogSynthesizer.Catalog catalog = new CatalogSynthesizer().write(temp.resolve("t"), 10, 42);
        GenerateCore.run(request(catalog));
        assertThat(GenerateCore.run(request(catalog)).status()).isEqualTo(GenerateResult.Status.UP_TO_DATE);

        CatalogSynthesizer.touch(catalog, 1);
        GenerateResult result = GenerateCore.run(request(catalog));

        assertThat(result.written()).containsExactly("io/onex/events/Bench00000Payload.java");
    }

    private static GenerateRequest request(CatalogSynthesizer.Catalog catalog) {
        return new GenerateRequest(new CatalogSource.Directory(catalog.catalogDir()), List.of(catalog.contractsDir()),
                catalog.root().resolve("out"), catalog.root().resolve("state/generate.sha256"),
                new GenerationOptions(GenerationOptions.DEFAULT_CATALOG_PACKAGE, GenerationOptions.DEFAULT_CONTRACT_PACKAGE, true),
                false, catalog.root(), "test");
    }

    private static Map<String, String> contents(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).collect(Collectors.toMap(p -> root.relativize(p).toString(), p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, (a, b) -> a, TreeMap::new));
        }
    }
}
