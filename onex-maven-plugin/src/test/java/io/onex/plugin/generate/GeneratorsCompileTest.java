package io.onex.plugin.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.onex.plugin.model.Catalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorsCompileTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("Code generated from a model with every supported schema type compiles against the SDK runtime")
    void generatedCodeCompiles() throws IOException {
        Catalog catalog = ModelFixtures.catalog();
        GenerationModel model = new GenerationModel(catalog, ModelFixtures.contracts(catalog),
                new GenerationOptions("io.onex.events", "io.onex.nodes", true));
        List<JavaFile> files = Generators.all().stream().flatMap(g -> g.generate(model)).collect(Collectors.toList());
        Path src = temp.resolve("src");
        for (JavaFile f : files) {
            f.writeTo(src);
        }
        assertThat(CompileSupport.compile(src, temp.resolve("classes"))).isEmpty();
        if (Boolean.getBoolean("onex.printGenerated")) {
            files.forEach(f -> System.out.println(f));
        }
    }
}
