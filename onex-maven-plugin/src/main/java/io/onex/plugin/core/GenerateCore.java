package io.onex.plugin.core;

import com.palantir.javapoet.JavaFile;
import io.onex.plugin.generate.GenerationModel;
import io.onex.plugin.generate.Generators;
import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.write.OutputWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The generate pipeline: read -> model -> validate (every diagnostic) -> stop on errors ->
 * generate in memory -> write. Nothing is written unless the whole run succeeds, and the
 * fingerprint is stored only after a successful write.
 */
public final class GenerateCore {

    private GenerateCore() {
    }

    public static GenerateResult run(GenerateRequest request) {
        String fingerprint = fingerprint(request);
        Optional<List<Diagnostic>> upToDate = Files.isDirectory(request.outputDirectory())
                ? RunState.read(request.stateFile(), fingerprint) : Optional.empty();
        if (upToDate.isPresent()) {
            // The warnings of the run that made these sources still hold: report them again.
            return new GenerateResult(GenerateResult.Status.UP_TO_DATE, upToDate.get(), List.of(), 0, List.of(), 0);
        }
        LoadedProject loaded = ProjectLoader.load(
                new ProjectRequest(request.catalog(), request.contracts(), request.displayBase()));
        List<Diagnostic> diagnostics = loaded.diagnostics();
        int inputs = loaded.inputs().size();
        boolean failed = loaded.project().isEmpty() || request.failOnWarning() && loaded.warningCount() > 0;
        if (failed) {
            return new GenerateResult(GenerateResult.Status.FAILED, diagnostics, List.of(), 0, List.of(), inputs);
        }
        Project project = loaded.project().orElseThrow();
        GenerationModel model = new GenerationModel(project.catalog(), project.contracts(), request.options());
        Map<String, String> files = render(model);
        OutputWriter.Result written = OutputWriter.sync(request.outputDirectory(), files);
        RunState.write(request.stateFile(), fingerprint, diagnostics);
        return new GenerateResult(GenerateResult.Status.GENERATED, diagnostics, written.written(), written.unchanged(),
                written.deleted(), inputs);
    }

    /** Renders every generator's output in memory, keyed by relative path. */
    public static Map<String, String> render(GenerationModel model) {
        Map<String, String> files = new LinkedHashMap<>();
        Generators.all().forEach(g -> g.generate(model).forEach(f -> {
            String path = path(f);
            if (files.put(path, f.toString()) != null) {
                throw new IllegalStateException("two generators produced " + path);
            }
        }));
        return files;
    }

    private static String path(JavaFile file) {
        String pkg = file.packageName();
        return (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + file.typeSpec().name() + ".java";
    }

    static String fingerprint(GenerateRequest request) {
        Fingerprint f = new Fingerprint()
                .text("tool", request.toolVersion())
                .text("options", request.options().toString())
                .text("failOnWarning", Boolean.toString(request.failOnWarning()))
                .text("output", request.outputDirectory().toAbsolutePath().normalize().toString())
                .catalog(request.catalog())
                .generatorCode(GenerateCore.class);
        for (Path contract : request.contracts()) {
            f.tree("contracts", contract);
        }
        return f.hex();
    }
}
