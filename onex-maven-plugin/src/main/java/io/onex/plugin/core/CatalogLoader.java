package io.onex.plugin.core;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.model.SourceLocation;
import io.onex.plugin.validate.CatalogBuilder;
import io.onex.plugin.validate.Checked;
import io.onex.plugin.validate.FieldRule;
import io.onex.plugin.validate.ValidatedCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Loads and validates the topic catalog and the JSON Schemas it names. */
public final class CatalogLoader {

    private CatalogLoader() {
    }

    /**
     * Reads {@code topics.yaml}, the envelope and every payload schema (following local {@code $ref}s) and checks
     * every catalog and schema rule.
     *
     * @param source a folder on disk or on the class path
     * @param displayBase files below it are shown relative to it in diagnostics (usually the project folder);
     *     may be null
     * @return the catalog (null on errors), all diagnostics, and every file read
     */
    public static Loaded<Catalog> load(CatalogSource source, Path displayBase) {
        Loaded<ValidatedCatalog> loaded = loadWithSchemas(source, displayBase);
        return new Loaded<>(loaded.value() == null ? null : loaded.value().catalog(), loaded.diagnostics(),
                loaded.inputs());
    }

    /** Like {@link #load}, with the self-contained documents of the envelope and payload schemas. */
    static Loaded<ValidatedCatalog> loadWithSchemas(CatalogSource source, Path displayBase) {
        if (source instanceof CatalogSource.Directory d && !Files.exists(d.root())) {
            String shown = RecordingSourceTree.display(d.root(), displayBase);
            return new Loaded<>(null, List.of(Diagnostic.error(SourceLocation.of(shown), "", FieldRule.INPUT_FILE.id(),
                    "the catalog folder " + shown + " does not exist; point catalog at the folder holding"
                            + " topics.yaml")), List.of());
        }
        RecordingSourceTree tree = new RecordingSourceTree(source, displayBase);
        Checked<ValidatedCatalog> checked = CatalogBuilder.build(tree);
        return new Loaded<>(checked.value(), checked.diagnostics(), tree.inputs());
    }
}
