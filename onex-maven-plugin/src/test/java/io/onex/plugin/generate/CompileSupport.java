package io.onex.plugin.generate;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources against the SDK's hand-written sources; returns javac's output.
 *
 * <p>The plugin cannot depend on the SDK (the SDK is built with the plugin), so the SDK comes in as
 * source. Only the generated files are named; javac finds the SDK classes they refer to, and what
 * those refer to, on the source path, and compiles them with the same flags. No list of SDK files
 * or packages is kept here that could go stale when a class moves. The SDK classes generated code
 * never reaches (the Kafka bus and consumer runner, which need Micrometer, the Apicurio wire
 * format, the node helpers built on the generated catalog) stay out of the compilation.
 */
final class CompileSupport {
    private CompileSupport() {
    }

    static String compile(Path sources, Path classes) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter out = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            boolean ok = javac.getTask(out, fm, null,
                    List.of("-d", classes.toString(), "-Xlint:all", "-Xlint:-processing", "-Werror",
                            "-sourcepath", sdkSources().toString(), "-implicit:class",
                            "-cp", System.getProperty("java.class.path")),
                    null, fm.getJavaFileObjectsFromPaths(files)).call();
            return ok ? out.toString() : "compilation failed\n" + out;
        }
    }

    private static Path sdkSources() {
        Path dir = Path.of("").toAbsolutePath().resolve("../onex-generated-sdk/src/main/java").normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("SDK runtime sources not found at " + dir);
        }
        return dir;
    }
}
