package io.onex.plugin.compat;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A baseline's folder as a {@link Path}: a directory, or inside a jar (opened as a zip file system, closed by
 * {@link #close()}) its {@code onex/} folder when that holds the catalog, else the jar's root.
 *
 * @param root the folder (holding {@code topics.yaml} in catalog mode)
 * @param resource what {@link #close()} releases
 */
record SchemaFolder(Path root, Closeable resource) implements Closeable {

    /** Where the onex-schemas jar keeps the catalog. */
    static final String CANONICAL_FOLDER = "onex";

    /** Opens a directory, or a jar file. */
    static SchemaFolder open(Path path) throws IOException {
        if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar")) {
            FileSystem fs = FileSystems.newFileSystem(path, Map.of());
            Path onex = fs.getPath("/" + CANONICAL_FOLDER);
            return new SchemaFolder(Files.isRegularFile(onex.resolve("topics.yaml")) ? onex : fs.getPath("/"), fs);
        }
        return new SchemaFolder(path, () -> { });
    }

    /** Whether the folder holds a catalog ({@code topics.yaml}) rather than plain schema files. */
    boolean hasCatalog() {
        return Files.isRegularFile(root.resolve("topics.yaml"));
    }

    @Override
    public void close() {
        try {
            resource.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
