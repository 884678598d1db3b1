package io.onex.plugin.generate;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources together with the SDK runtime core; returns javac's output. */
final class CompileSupport {
    private CompileSupport() {
    }

    static String compile(Path sources, Path classes) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Stream.concat(Files.walk(sources), Files.walk(RuntimeSources.root()))) {
            files.addAll(walk.filter(p -> p.toString().endsWith(".java")).filter(RuntimeSources::isCore)
                    .collect(Collectors.toList()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter out = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            boolean ok = javac.getTask(out, fm, null,
                    List.of("-d", classes.toString(), "-Xlint:all", "-Xlint:-processing", "-Werror",
                            "-cp", System.getProperty("java.class.path")),
                    null, fm.getJavaFileObjectsFromPaths(files)).call();
            return ok ? out.toString() : "compilation failed\n" + out;
        }
    }
}
