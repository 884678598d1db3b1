package io.onex.plugin.validate;

import io.onex.plugin.parse.RawMap;
import io.onex.plugin.parse.SourceTree;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Self-contained JSON Schema documents, one per schema file: every {@code $ref} replaced by a copy of its target
 * (see {@link SchemaInliner}), every node with the file, line and column it was written at. What a schema registry
 * is sent and what compatibility checks compare.
 */
public final class SchemaDocuments {

    private final Map<String, RawMap> documents;

    private SchemaDocuments(Map<String, RawMap> documents) {
        this.documents = Collections.unmodifiableMap(new LinkedHashMap<>(documents));
    }

    /**
     * Inlines schema files that no catalog names, e.g. a plain folder of schemas: each a root on its own, with the
     * same reference rules and diagnostics as catalog schemas.
     *
     * @param tree the folder the files and their references live in
     * @param paths the files, '/'-separated paths below the folder, in the order wanted
     * @return the documents (null on errors) and every problem found
     */
    public static Checked<SchemaDocuments> inline(SourceTree tree, Collection<String> paths) {
        Diagnostics out = new Diagnostics();
        SchemaDocuments documents = of(new SchemaFiles(tree, out), paths, out);
        return new Checked<>(documents, out.list());
    }

    /** Inlines files already read (and checked) by a resolver; problems go to {@code out}. */
    static SchemaDocuments of(SchemaFiles files, Collection<String> paths, Diagnostics out) {
        SchemaInliner inliner = new SchemaInliner(files, out);
        Map<String, RawMap> documents = new LinkedHashMap<>();
        for (String path : paths) {
            if (!documents.containsKey(path)) {
                inliner.inline(path).ifPresent(document -> documents.put(path, document));
            }
        }
        return new SchemaDocuments(documents);
    }

    /**
     * The self-contained document of a file.
     *
     * @param path the file's normalized path below the schema root, as the catalog model keeps it
     * @throws IllegalArgumentException when the file is not among these documents
     */
    public RawMap get(String path) {
        return find(path).orElseThrow(() -> new IllegalArgumentException("no schema document for " + path
                + "; documents exist for " + documents.keySet()));
    }

    public Optional<RawMap> find(String path) {
        return Optional.ofNullable(documents.get(path));
    }

    /** Every document by path, in the order the files were named. */
    public Map<String, RawMap> all() {
        return documents;
    }
}
