package io.onex.plugin.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.plugin.core.CatalogLoader;
import io.onex.plugin.core.CatalogSource;
import io.onex.plugin.core.ContractLoader;
import io.onex.plugin.core.GenerateCore;
import io.onex.plugin.core.Loaded;
import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Contract;
import io.onex.plugin.write.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The sources generated from the canonical catalog and the two contracts of spec section 13
 * must equal the reviewed files under {@code src/test/resources/golden}. After a deliberate
 * generator change, rewrite them with {@code -Donex.updateGolden=true} and review the diff.
 */
class GoldenFilesTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final Path INPUT = Path.of("src/test/resources/golden-input");

    static Map<String, String> generate() {
        Loaded<Catalog> catalog = CatalogLoader.load(CatalogSource.canonical(), Path.of("").toAbsolutePath());
        assertThat(catalog.diagnostics()).isEmpty();
        Loaded<List<Contract>> contracts = ContractLoader.load(List.of(INPUT), catalog.value(), Path.of("").toAbsolutePath());
        assertThat(contracts.diagnostics()).isEmpty();
        return GenerateCore.render(new GenerationModel(catalog.value(), contracts.value(),
                new GenerationOptions(GenerationOptions.DEFAULT_CATALOG_PACKAGE, GenerationOptions.DEFAULT_CONTRACT_PACKAGE, true)));
    }

    static Map<String, String> golden() throws IOException {
        try (Stream<Path> walk = Files.walk(GOLDEN)) {
            Map<String, String> files = new TreeMap<>();
            for (Path p : walk.filter(Files::isRegularFile).collect(Collectors.toList())) {
                files.put(GOLDEN.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
            return files;
        }
    }

    @Test
    @DisplayName("Generated sources equal the reviewed golden files, file for file")
    void matchesGolden() throws IOException {
        Map<String, String> generated = generate();
        if (Boolean.getBoolean("onex.updateGolden")) {
            OutputWriter.sync(GOLDEN, generated);
        }
        Map<String, String> golden = golden();
        assertThat(generated.keySet()).containsExactlyInAnyOrderElementsOf(golden.keySet());
        for (Map.Entry<String, String> e : golden.entrySet()) {
            assertThat(generated.get(e.getKey())).as("%s (rewrite with -Donex.updateGolden=true after review)", e.getKey())
                    .isEqualTo(e.getValue());
        }
    }

    @Test
    @DisplayName("The same inputs give byte-identical sources")
    void deterministic() {
        assertThat(generate()).isEqualTo(generate());
    }

    @Test
    @DisplayName("The golden files compile against the SDK runtime core, without warnings")
    void goldenCompiles() throws IOException {
        assertThat(CompileSupport.compile(GOLDEN, Files.createTempDirectory("onex-golden"))).isEmpty();
    }
}
