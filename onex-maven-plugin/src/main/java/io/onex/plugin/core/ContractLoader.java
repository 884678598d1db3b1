package io.onex.plugin.core;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Contract;
import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.model.SourceLocation;
import io.onex.plugin.parse.SourceFile;
import io.onex.plugin.validate.Checked;
import io.onex.plugin.validate.ContractBuilder;
import io.onex.plugin.validate.FieldRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads and validates node contracts.
 *
 * <p>A path given as a file is read whatever its name. A folder is searched recursively (hidden folders skipped)
 * for files named {@code contract.yaml} or {@code contract.yml}, or ending in {@code .contract.yaml} or
 * {@code .contract.yml}, so other YAML files may live beside contracts; the files found are read in the order of
 * their paths.
 */
public final class ContractLoader {

    private ContractLoader() {
    }

    /**
     * Reads and checks contracts against a catalog.
     *
     * @param filesOrDirectories contract files and folders; a path that does not exist is an error
     * @param catalog the validated catalog; null when it failed to load, in which case contracts are checked for
     *     their own structure only and the value is null
     * @param displayBase files below it are shown relative to it; may be null
     * @return the contracts in file order (null on errors), all diagnostics, and every file read
     */
    public static Loaded<List<Contract>> load(List<Path> filesOrDirectories, Catalog catalog, Path displayBase) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Set<Path> paths = new LinkedHashSet<>();
        Set<Path> named = new java.util.HashSet<>();
        for (Path given : filesOrDirectories) {
            if (Files.isRegularFile(given)) {
                named.add(given.toAbsolutePath().normalize());
            }
        }
        for (Path given : filesOrDirectories) {
            if (Files.isDirectory(given)) {
                paths.addAll(scan(given, displayBase, named, diagnostics));
            } else if (Files.isRegularFile(given)) {
                paths.add(given.toAbsolutePath().normalize());
            } else {
                diagnostics.add(Diagnostic.error(SourceLocation.of(RecordingSourceTree.display(given, displayBase)),
                        "", FieldRule.INPUT_FILE.id(), "the contracts path " + RecordingSourceTree.display(given,
                                displayBase) + " does not exist"));
            }
        }
        List<SourceFile> files = new ArrayList<>();
        List<InputFile> inputs = new ArrayList<>();
        for (Path path : paths) {
            String display = RecordingSourceTree.display(path, displayBase);
            try {
                byte[] content = Files.readAllBytes(path);
                files.add(new SourceFile(display, display, content));
                inputs.add(new InputFile(display, RecordingSourceTree.sha256(content)));
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error(SourceLocation.of(display), "", FieldRule.INPUT_FILE.id(),
                        "cannot read the contract: " + e.getMessage()));
            }
        }
        Checked<List<Contract>> checked = ContractBuilder.build(files, catalog);
        diagnostics.addAll(checked.diagnostics());
        return new Loaded<>(checked.value(), diagnostics, inputs);
    }

    /** Whether a file name marks a contract inside a scanned folder. */
    public static boolean isContractFileName(String name) {
        return name.equals("contract.yaml") || name.equals("contract.yml") || name.endsWith(".contract.yaml")
                || name.endsWith(".contract.yml");
    }

    private static List<Path> scan(Path folder, Path displayBase, Set<Path> named, List<Diagnostic> diagnostics) {
        try (Stream<Path> walk = Files.walk(folder)) {
            Path root = folder.toAbsolutePath().normalize();
            List<Path> yaml = walk.map(p -> p.toAbsolutePath().normalize())
                    .filter(p -> Files.isRegularFile(p) && isYaml(p.getFileName().toString()))
                    .filter(p -> !hidden(root.relativize(p)))
                    .sorted((a, b) -> root.relativize(a).toString().replace('\\', '/')
                            .compareTo(root.relativize(b).toString().replace('\\', '/')))
                    .toList();
            // nothing is skipped silently: a YAML file that is not named like a contract is reported
            for (Path p : yaml) {
                if (!isContractFileName(p.getFileName().toString()) && !named.contains(p)) {
                    diagnostics.add(Diagnostic.warning(SourceLocation.of(RecordingSourceTree.display(p, displayBase)), "",
                            FieldRule.INPUT_FILE.id(), "not read as a contract: only files named contract.yaml or"
                                    + " *.contract.yaml are contracts; rename it, or name the file in 'contracts'"));
                }
            }
            return yaml.stream().filter(p -> isContractFileName(p.getFileName().toString())).toList();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(SourceLocation.of(RecordingSourceTree.display(folder, displayBase)), "",
                    FieldRule.INPUT_FILE.id(), "cannot list the contracts folder: " + e.getMessage()));
            return List.of();
        }
    }

    private static boolean isYaml(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
