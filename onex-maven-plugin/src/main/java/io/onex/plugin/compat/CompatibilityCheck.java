package io.onex.plugin.compat;

import io.onex.plugin.core.CatalogSource;
import io.onex.plugin.core.GoalResult;
import io.onex.plugin.model.CompatibilityLevel;
import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.model.ParameterRule;
import io.onex.plugin.model.SourceLocation;
import io.onex.plugin.registry.RegisteredVersions;
import io.onex.plugin.registry.RegistryAccessException;
import io.onex.plugin.registry.RegistryConnection;
import io.onex.plugin.registry.RegistrySettings;
import io.onex.plugin.write.OutputWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The check-compatibility goal without Maven: reads the current version (a catalog through the project loader, or a
 * plain folder of schemas) and the baseline (folders, jars, Maven artifacts or the registry), compares them, and
 * writes the JUnit report. Mistakes in the parameters and errors in either version come back as diagnostics,
 * breaking changes as findings; only a registry that cannot be reached is an exception.
 */
public final class CompatibilityCheck {

    /** The baseline by default: the released canonical schemas. */
    static final String DEFAULT_GROUP = "io.onex";
    static final String DEFAULT_ARTIFACT = "onex-schemas";

    private static final SourceLocation PARAMETERS = SourceLocation.of("plugin parameters");

    private final BaselineArtifacts artifacts;

    /** @param artifacts resolves Maven coordinates given as baseline, and the default baseline */
    public CompatibilityCheck(BaselineArtifacts artifacts) {
        this.artifacts = Objects.requireNonNull(artifacts, "artifacts");
    }

    /**
     * What to compare.
     *
     * @param compatibility the level, as given (checked here)
     * @param schemas a plain folder of JSON Schemas to check instead of a catalog, if given
     * @param catalog the current catalog, when no schema folder is given
     * @param baseline a folder, a jar, {@code groupId:artifactId:version} or {@code registry}, as given; null or
     *     blank for the newest released onex-schemas older than {@code pluginVersion}
     * @param registry the registry parameters, used when the baseline is {@code registry}
     * @param reportDirectory where the JUnit XML goes
     * @param failOnBreak whether a break fails the build
     * @param pluginVersion the plugin's version, for the default baseline
     * @param basedir the project folder (or working directory): relative paths are resolved against it and files
     *     below it are shown relative to it
     */
    public record Request(String compatibility, Optional<Path> schemas, CatalogSource catalog, String baseline,
            RegistrySettings registry, Path reportDirectory, boolean failOnBreak, String pluginVersion,
            Path basedir) {
        public Request {
            Objects.requireNonNull(schemas, "schemas");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(registry, "registry");
            Objects.requireNonNull(reportDirectory, "reportDirectory");
            Objects.requireNonNull(basedir, "basedir");
        }
    }

    /**
     * What a run found.
     *
     * @param diagnostics mistakes in the parameters and errors in either version; nothing was compared when there
     *     are any
     * @param result the comparison, when it ran
     * @param report the JUnit XML file, when it was written
     * @param failOnBreak whether breaks fail the build
     * @param skipped why nothing was compared although nothing is wrong (no earlier release), if so
     */
    public record Outcome(List<Diagnostic> diagnostics, Optional<CompatibilityResult> result, Optional<String> report,
            boolean failOnBreak, Optional<String> skipped) implements GoalResult {

        public Outcome {
            diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
        }

        @Override
        public boolean findingsFail() {
            return failOnBreak && result.map(CompatibilityResult::hasBreaks).orElse(false);
        }

        /** Every break: subject, file, pointer, kind, which readers break and why. */
        @Override
        public List<String> details() {
            return result.map(CompatibilityReport::consoleLines).orElse(List.of());
        }

        @Override
        public String summary() {
            if (skipped.isPresent()) {
                return "ONEX check-compatibility: skipped, " + skipped.get();
            }
            return "ONEX check-compatibility: " + result.map(CompatibilityResult::summary).orElse("nothing compared")
                    + report.map(r -> "; report " + r).orElse("");
        }
    }

    /** @throws RegistryAccessException when the baseline is the registry and it cannot be reached */
    public Outcome run(Request request) throws RegistryAccessException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<CompatibilityLevel> level = CompatibilityLevel.parse(request.compatibility());
        if (level.isEmpty()) {
            diagnostics.add(Diagnostic.error(PARAMETERS, "", ParameterRule.COMPAT_SETTINGS.id(),
                    "onex.compatibility '" + request.compatibility() + "' is not a level; use one of "
                            + CompatibilityLevel.names()));
        }
        Path basedir = request.basedir();
        Optional<SchemaSnapshot> current = request.schemas().isPresent()
                ? Snapshots.plain(basedir.resolve(request.schemas().get()), "the current version", basedir, diagnostics)
                : Snapshots.catalog(request.catalog(), "the current version", basedir, diagnostics);
        String given = request.baseline() == null ? "" : request.baseline().trim();
        List<SchemaSnapshot> baselines = new ArrayList<>();
        Optional<String> skipped = Optional.empty();
        if (given.equalsIgnoreCase("registry")) {
            Optional<RegistryConnection> connection = Optional.empty();
            if (request.registry().url() == null || request.registry().url().isBlank()) {
                diagnostics.add(Diagnostic.error(PARAMETERS, "", ParameterRule.COMPAT_BASELINE.id(),
                        "onex.baseline=registry needs onex.registry.url, the registry to compare with"));
            } else {
                connection = request.registry().connection(diagnostics);
            }
            if (connection.isPresent() && current.isPresent() && level.isPresent()
                    && diagnostics.stream().noneMatch(Diagnostic::isError)) {
                Map<String, List<RegisteredVersions.Version>> histories = RegisteredVersions.read(connection.get(),
                        request.registry().groupId(), current.get().schemas().keySet(), level.get().transitive());
                baselines.addAll(Snapshots.registry(histories, request.registry().groupId(), connection.get().url(),
                        diagnostics));
            }
        } else {
            Optional<List<Labelled>> files = baselineFiles(given, request, level, diagnostics);
            if (files.isPresent() && files.get().isEmpty()) {
                skipped = Optional.of("no released " + DEFAULT_GROUP + ":" + DEFAULT_ARTIFACT + " older than "
                        + request.pluginVersion() + " to compare with (set onex.baseline to compare with a folder,"
                        + " jar or version)");
            }
            for (Labelled file : files.orElse(List.of())) {
                try (SchemaFolder folder = SchemaFolder.open(file.path())) {
                    Snapshots.folder(folder, file.label(), basedir, diagnostics).ifPresent(baselines::add);
                } catch (IOException e) {
                    diagnostics.add(Diagnostic.error(PARAMETERS, "", ParameterRule.COMPAT_BASELINE.id(),
                            "cannot open the baseline " + file.path() + ": " + e.getMessage()));
                }
            }
        }
        if (diagnostics.stream().anyMatch(Diagnostic::isError) || skipped.isPresent()) {
            return new Outcome(diagnostics, Optional.empty(), Optional.empty(), request.failOnBreak(),
                    diagnostics.isEmpty() ? skipped : Optional.empty());
        }
        CompatibilityResult result = CompatibilityChecker.check(new CompatibilityRequest(level.get(), current.get(),
                baselines));
        OutputWriter.put(request.reportDirectory(), Map.of(CompatibilityReport.JUNIT_FILE,
                CompatibilityReport.junit(result)));
        Path report = request.reportDirectory().resolve(CompatibilityReport.JUNIT_FILE).toAbsolutePath().normalize();
        String shown = report.startsWith(basedir.toAbsolutePath().normalize())
                ? basedir.toAbsolutePath().normalize().relativize(report).toString().replace('\\', '/')
                : report.toString();
        return new Outcome(diagnostics, Optional.of(result), Optional.of(shown), request.failOnBreak(),
                Optional.empty());
    }

    /** A baseline file (folder or jar) and how reports name it. */
    private record Labelled(Path path, String label) {
    }

    /**
     * The files of a baseline given as a folder, a jar or coordinates, or by default the released onex-schemas.
     *
     * @return the files, oldest first; empty when the baseline cannot be resolved (reported); an empty list when
     *     there is no release to compare with
     */
    private Optional<List<Labelled>> baselineFiles(String given, Request request, Optional<CompatibilityLevel> level,
            List<Diagnostic> diagnostics) {
        try {
            if (!given.isEmpty()) {
                Path path = request.basedir().resolve(given);
                if (Files.exists(path)) {
                    return Optional.of(List.of(new Labelled(path, given)));
                }
                String[] gav = given.split(":");
                if (gav.length != 3 || List.of(gav).stream().anyMatch(String::isBlank)) {
                    diagnostics.add(Diagnostic.error(PARAMETERS, "", ParameterRule.COMPAT_BASELINE.id(),
                            "onex.baseline '" + given + "' is neither an existing folder or jar, nor"
                                    + " groupId:artifactId:version, nor 'registry'"));
                    return Optional.empty();
                }
                return Optional.of(List.of(new Labelled(artifacts.resolve(gav[0], gav[1], gav[2]), given)));
            }
            List<String> releases = artifacts.releasesBefore(DEFAULT_GROUP, DEFAULT_ARTIFACT,
                    request.pluginVersion());
            if (releases.isEmpty() || level.isEmpty()) {
                return level.isEmpty() ? Optional.empty() : Optional.of(List.of());
            }
            List<String> chosen = level.get().transitive() ? releases : List.of(releases.get(releases.size() - 1));
            List<Labelled> files = new ArrayList<>();
            for (String version : chosen) {
                files.add(new Labelled(artifacts.resolve(DEFAULT_GROUP, DEFAULT_ARTIFACT, version),
                        DEFAULT_ARTIFACT + " " + version));
            }
            return Optional.of(files);
        } catch (BaselineArtifacts.Unresolvable e) {
            diagnostics.add(Diagnostic.error(PARAMETERS, "", ParameterRule.COMPAT_BASELINE.id(),
                    e.getMessage()));
            return Optional.empty();
        }
    }
}
