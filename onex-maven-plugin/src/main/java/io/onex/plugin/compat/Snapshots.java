package io.onex.plugin.compat;

import io.onex.plugin.core.CatalogLoader;
import io.onex.plugin.core.CatalogSource;
import io.onex.plugin.core.Loaded;
import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.registry.CatalogRoot;
import io.onex.plugin.registry.SchemaInliner;
import io.onex.plugin.registry.ValueSchema;
import io.onex.plugin.registry.ValueSchemaAssembler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads a {@link SchemaSnapshot} from a folder or jar: catalog mode when it holds topics.yaml, else plain schema files. */
public final class Snapshots {

    private Snapshots() {
    }

    /**
     * @param root the folder
     * @param label how reports name it
     * @param displayBase files below it are shown relative to it; may be null
     * @throws SnapshotException when the catalog has errors (with every diagnostic)
     */
    public static SchemaSnapshot load(CatalogRoot root, String label, Path displayBase) {
        return root.hasCatalog() ? catalog(root, label, displayBase) : plain(root, label);
    }

    private static SchemaSnapshot catalog(CatalogRoot root, String label, Path displayBase) {
        Loaded<Catalog> loaded = CatalogLoader.load(new CatalogSource.Directory(root.root()), displayBase);
        if (loaded.hasErrors()) {
            throw new SnapshotException(label + " (" + root.display() + ") has catalog errors",
                    loaded.diagnostics().stream().filter(Diagnostic::isError).toList());
        }
        Catalog catalog = loaded.value();
        Map<String, String> schemas = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        List<ValueSchema> values = ValueSchemaAssembler.assemble(root.root(), catalog);
        for (ValueSchema value : values) {
            schemas.put(value.topic(), value.json());
            files.put(value.topic(), catalog.find(value.topic()).orElseThrow().payloadSchema());
        }
        return new SchemaSnapshot(label, Optional.of(catalog), schemas, files);
    }

    /** Every {@code *.json} below the root, paired by relative path, each with its {@code $ref}s inlined. */
    private static SchemaSnapshot plain(CatalogRoot root, String label) {
        SchemaInliner inliner = new SchemaInliner(root.root());
        Map<String, String> schemas = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(root.root())) {
            for (Path file : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).sorted()
                    .toList()) {
                String relative = root.root().relativize(file).toString().replace('\\', '/');
                schemas.put(relative, SchemaInliner.MAPPER.writeValueAsString(inliner.inline(relative)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root.display(), e);
        }
        return new SchemaSnapshot(label, Optional.empty(), schemas, Map.of());
    }

    /** A snapshot that cannot be read: the catalog's diagnostics. */
    public static final class SnapshotException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Diagnostic> diagnostics;

        public SnapshotException(String message, List<Diagnostic> diagnostics) {
            super(message + diagnostics.stream().map(d -> "\n  " + d.format()).reduce("", String::concat));
            this.diagnostics = List.copyOf(diagnostics);
        }

        public List<Diagnostic> diagnostics() {
            return diagnostics;
        }
    }
}
