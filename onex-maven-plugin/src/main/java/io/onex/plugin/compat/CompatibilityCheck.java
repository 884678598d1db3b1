package io.onex.plugin.compat;

import io.onex.plugin.model.CompatibilityLevel;
import io.onex.plugin.registry.CatalogRoot;
import io.onex.plugin.registry.RegistryConnection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The check-compatibility goal's core: read current and baseline versions, compare, write the JUnit report. */
public final class CompatibilityCheck {

    private CompatibilityCheck() {
    }

    /** Where a baseline comes from. */
    public sealed interface Baseline {
        /** Folders or jars (catalog or plain schema files), oldest first, each with the label reports use. */
        record Files(List<Path> paths, List<String> labels) implements Baseline {
            public Files {
                paths = List.copyOf(paths);
                labels = List.copyOf(labels);
            }
        }

        /** The registry's latest versions (every version for transitive levels). */
        record Registry(RegistryConnection connection, String groupId) implements Baseline {
        }
    }

    /**
     * @param level the level
     * @param current a catalog folder or plain schema folder; empty for the canonical catalog of onex-schemas
     * @param baseline what to compare with
     * @param reportDirectory where the JUnit XML goes
     * @param displayBase base of paths in diagnostics; may be null
     */
    public record Request(CompatibilityLevel level, Optional<Path> current, Baseline baseline, Path reportDirectory,
            Path displayBase) {
        public Request {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(baseline, "baseline");
            Objects.requireNonNull(reportDirectory, "reportDirectory");
        }
    }

    /**
     * @param result the comparison
     * @param junitReport the JUnit XML file written
     */
    public record Outcome(CompatibilityResult result, Path junitReport) {
    }

    /** @throws Snapshots.SnapshotException when a catalog has errors */
    public static Outcome run(Request request) throws IOException {
        try (CatalogRoot currentRoot = request.current().map(CompatibilityCheck::open)
                .orElseGet(() -> CatalogRoot.canonical(CompatibilityCheck.class.getClassLoader()))) {
            SchemaSnapshot current = Snapshots.load(currentRoot, "the current version", request.displayBase());
            List<SchemaSnapshot> baselines = new ArrayList<>();
            if (request.baseline() instanceof Baseline.Files files) {
                for (int i = 0; i < files.paths().size(); i++) {
                    try (CatalogRoot root = open(files.paths().get(i))) {
                        baselines.add(Snapshots.load(root, files.labels().get(i), request.displayBase()));
                    }
                }
            } else if (request.baseline() instanceof Baseline.Registry registry) {
                baselines.addAll(RegistryBaseline.load(registry.connection(), registry.groupId(), current,
                        request.level().transitive()));
            }
            CompatibilityResult result = CompatibilityChecker.check(
                    new CompatibilityRequest(request.level(), current, baselines));
            Path report = CompatibilityReport.writeJUnit(result, request.reportDirectory());
            return new Outcome(result, report);
        }
    }

    private static CatalogRoot open(Path path) {
        if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar")) {
            return CatalogRoot.jar(path);
        }
        if (!Files.exists(path)) {
            throw new Snapshots.SnapshotException(path + " does not exist", List.of());
        }
        return CatalogRoot.directory(path);
    }
}
