package io.onex.plugin.core;

import java.nio.file.Path;
import java.util.Objects;

/** Where the catalog (topics.yaml and its schemas) is read from. */
public sealed interface CatalogSource permits CatalogSource.Directory, CatalogSource.Classpath {

    /**
     * A folder on disk holding {@code topics.yaml}; payload schema paths are relative to it.
     *
     * @param root the folder (a path to {@code topics.yaml} itself is accepted too)
     */
    record Directory(Path root) implements CatalogSource {
        public Directory {
            Objects.requireNonNull(root, "root");
        }
    }

    /**
     * A folder on a class path, e.g. inside the {@code onex-schemas} jar.
     *
     * @param loader the class loader to read from
     * @param basePath the folder holding {@code topics.yaml}, e.g. {@code onex}
     */
    record Classpath(ClassLoader loader, String basePath) implements CatalogSource {
        public Classpath {
            Objects.requireNonNull(loader, "loader");
            Objects.requireNonNull(basePath, "basePath");
            basePath = basePath.replaceAll("^/+|/+$", "");
        }
    }

    /** The canonical catalog: {@code onex/topics.yaml} of the onex-schemas jar on the plugin's class path. */
    static CatalogSource canonical() {
        return new Classpath(CatalogSource.class.getClassLoader(), "onex");
    }
}
