package io.onex.plugin.compat;

import io.onex.plugin.core.CatalogSource;
import io.onex.plugin.core.Loaded;
import io.onex.plugin.core.LoadedProject;
import io.onex.plugin.core.Project;
import io.onex.plugin.core.ProjectLoader;
import io.onex.plugin.core.ProjectRequest;
import io.onex.plugin.core.SchemaFolderLoader;
import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.model.ParameterRule;
import io.onex.plugin.model.SourceLocation;
import io.onex.plugin.parse.JsonReader;
import io.onex.plugin.parse.ParseResult;
import io.onex.plugin.parse.RawNode;
import io.onex.plugin.parse.SourceFile;
import io.onex.plugin.registry.RegisteredVersions;
import io.onex.plugin.registry.ValueSchema;
import io.onex.plugin.registry.ValueSchemas;
import io.onex.plugin.validate.SchemaDocuments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link SchemaSnapshot}s: of a catalog (through the project loader, one value schema per topic), of a plain
 * folder of schema files (paired by relative path), or of what a registry holds. Problems in the inputs are added to
 * the given diagnostics; nothing is thrown for them.
 */
final class Snapshots {

    private Snapshots() {
    }

    /** Catalog mode: each topic's value schema, shown in reports by its payload schema file. */
    static SchemaSnapshot of(Project project, String label) {
        Map<String, RawNode> schemas = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        for (ValueSchema value : ValueSchemas.of(project)) {
            schemas.put(value.topic(), value.schema());
            files.put(value.topic(), project.catalog().find(value.topic()).orElseThrow().payloadSchema());
        }
        return new SchemaSnapshot(label, Optional.of(project.catalog()), schemas, files);
    }

    /** Plain mode: every schema file by its relative path. */
    static SchemaSnapshot of(SchemaDocuments documents, String label) {
        return new SchemaSnapshot(label, Optional.empty(), new LinkedHashMap<>(documents.all()), Map.of());
    }

    /** A catalog's snapshot; empty when it has errors (added to {@code out}; its warnings are validate's). */
    static Optional<SchemaSnapshot> catalog(CatalogSource source, String label, Path basedir, List<Diagnostic> out) {
        LoadedProject loaded = ProjectLoader.load(ProjectRequest.catalogOnly(source, basedir));
        loaded.diagnostics().stream().filter(Diagnostic::isError).forEach(out::add);
        return loaded.project().map(project -> of(project, label));
    }

    /** A plain folder's snapshot; empty when a file has errors (added to {@code out}). */
    static Optional<SchemaSnapshot> plain(Path folder, String label, Path basedir, List<Diagnostic> out) {
        Loaded<SchemaDocuments> loaded = SchemaFolderLoader.load(folder, basedir);
        out.addAll(loaded.diagnostics());
        return Optional.ofNullable(loaded.value()).map(documents -> of(documents, label));
    }

    /** A baseline folder: catalog mode when it holds topics.yaml, else plain schema files. */
    static Optional<SchemaSnapshot> folder(SchemaFolder folder, String label, Path basedir, List<Diagnostic> out) {
        return folder.hasCatalog() ? catalog(new CatalogSource.Directory(folder.root()), label, basedir, out)
                : plain(folder.root(), label, basedir, out);
    }

    /**
     * The registry's versions as baselines, oldest first: the last snapshot holds every artifact's latest version,
     * the one before it each artifact's version before that, and so on, so transitive levels see every version.
     *
     * @param histories per topic its versions, oldest first, as {@link RegisteredVersions} reads them
     * @param where the registry and group, for the label
     */
    static List<SchemaSnapshot> registry(Map<String, List<RegisteredVersions.Version>> histories, String groupId,
            String where, List<Diagnostic> out) {
        Map<String, List<RawNode>> parsed = new LinkedHashMap<>();
        int depth = 0;
        for (Map.Entry<String, List<RegisteredVersions.Version>> history : histories.entrySet()) {
            List<RawNode> versions = new ArrayList<>();
            for (RegisteredVersions.Version version : history.getValue()) {
                String shown = "registry " + groupId + "/" + version.artifactId() + " (version " + version.version()
                        + ")";
                ParseResult result = JsonReader.read(new SourceFile(shown, shown, version.content()));
                out.addAll(result.diagnostics());
                if (result.root() == null && !result.hasErrors()) {
                    out.add(Diagnostic.error(SourceLocation.of(shown), "", ParameterRule.COMPAT_BASELINE.id(),
                            "the registered content is empty; expected a JSON Schema"));
                }
                if (result.root() != null && !result.hasErrors()) {
                    versions.add(result.root());
                }
            }
            parsed.put(history.getKey(), versions);
            depth = Math.max(depth, versions.size());
        }
        List<SchemaSnapshot> snapshots = new ArrayList<>();
        for (int back = depth - 1; back >= 0; back--) {
            Map<String, RawNode> schemas = new LinkedHashMap<>();
            Map<String, String> files = new LinkedHashMap<>();
            for (Map.Entry<String, List<RawNode>> h : parsed.entrySet()) {
                int index = h.getValue().size() - 1 - back;
                if (index >= 0) {
                    schemas.put(h.getKey(), h.getValue().get(index));
                    files.put(h.getKey(), groupId + "/" + ValueSchema.artifactIdOf(h.getKey()));
                }
            }
            String label = back == 0 ? "the registry's latest versions (" + where + ", group " + groupId + ")"
                    : "the registry's latest-" + back + " versions";
            snapshots.add(new SchemaSnapshot(label, Optional.empty(), schemas, files));
        }
        return snapshots;
    }
}
