package io.onex.plugin.compat;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.parse.RawNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of the contracts to compare: a catalog with its per-topic value schemas, or a plain
 * folder of schema files, or what a registry holds.
 *
 * @param label how reports name this version, e.g. {@code onex-schemas 1.2.0} or {@code current}
 * @param catalog the catalog, when the version has one
 * @param schemas subject (topic name, or relative file path in plain mode) to its self-contained schema, sorted
 * @param files subject to the file shown in reports
 */
public record SchemaSnapshot(String label, Optional<Catalog> catalog, Map<String, RawNode> schemas,
        Map<String, String> files) {

    public SchemaSnapshot {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(catalog, "catalog");
        schemas = Collections.unmodifiableMap(new LinkedHashMap<>(schemas));
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    public String fileOf(String subject) {
        return files.getOrDefault(subject, subject);
    }
}
