package io.onex.plugin.core;

import com.palantir.javapoet.JavaFile;
import io.onex.plugin.generate.GenerationModel;
import io.onex.plugin.generate.Generators;
import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Contract;
import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.model.Severity;
import io.onex.plugin.write.SourceWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        if (Files.isDirectory(request.outputDirectory()) && fingerprint.equals(readState(request.stateFile()))) {
            return new GenerateResult(GenerateResult.Status.UP_TO_DATE, List.of(), List.of(), 0, List.of(), 0);
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        Loaded<Catalog> catalog = CatalogLoader.load(request.catalog(), request.displayBase());
        diagnostics.addAll(catalog.diagnostics());
        int inputs = catalog.inputs().size();
        List<Contract> contracts = List.of();
        if (catalog.value() != null) {
            Loaded<List<Contract>> loaded = ContractLoader.load(request.contracts(), catalog.value(), request.displayBase());
            diagnostics.addAll(loaded.diagnostics());
            inputs += loaded.inputs().size();
            contracts = loaded.value();
        }
        diagnostics.sort(Diagnostic.ORDER);
        boolean failed = diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR
                || request.failOnWarning() && d.severity() == Severity.WARNING);
        if (failed || catalog.value() == null || contracts == null) {
            return new GenerateResult(GenerateResult.Status.FAILED, diagnostics, List.of(), 0, List.of(), inputs);
        }
        GenerationModel model = new GenerationModel(catalog.value(), contracts, request.options());
        Map<String, String> files = render(model);
        SourceWriter.Result written = SourceWriter.write(request.outputDirectory(), files);
        writeState(request.stateFile(), fingerprint);
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

    private static String readState(Path stateFile) {
        try {
            return Files.isRegularFile(stateFile) ? Files.readString(stateFile, StandardCharsets.UTF_8).trim() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void writeState(Path stateFile, String fingerprint) {
        try {
            Files.createDirectories(stateFile.toAbsolutePath().getParent());
            Files.writeString(stateFile, fingerprint + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + stateFile, e);
        }
    }
}
