package io.onex.plugin.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.onex.plugin.model.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
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
        List<String> args = new ArrayList<>(List.of("-d", temp.resolve("classes").toString(), "-Xlint:all", "-Werror",
                "-Xlint:-processing", "-cp", System.getProperty("java.class.path")));
        try (Stream<Path> walk = Stream.concat(Files.walk(src), Files.walk(RuntimeSources.root()))) {
            walk.filter(p -> p.toString().endsWith(".java")).filter(RuntimeSources::isCore).forEach(p -> args.add(p.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        java.io.StringWriter out = new java.io.StringWriter();
        int rc = javac.getTask(out, null, null, args.subList(0, 7), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjectsFromStrings(args.subList(7, args.size())))
                .call() ? 0 : 1;
        assertThat(out.toString()).isEmpty();
        assertThat(rc).isZero();
        if (Boolean.getBoolean("onex.printGenerated")) {
            files.forEach(f -> System.out.println(f));
        }
    }
}
