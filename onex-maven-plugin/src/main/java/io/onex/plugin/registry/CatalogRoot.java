package io.onex.plugin.registry;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A folder of catalog and schema files as a {@link Path}: a directory, or a folder inside a jar opened
 * as a zip file system (closed by {@link #close()}).
 *
 * @param root the folder (holding {@code topics.yaml} in catalog mode)
 * @param display how messages name it
 */
public record CatalogRoot(Path root, String display, Closeable resource) implements Closeable {

    /** Where the onex-schemas jar keeps the catalog. */
    public static final String CANONICAL_FOLDER = "onex";

    public static CatalogRoot directory(Path dir) {
        Path root = Files.isRegularFile(dir) ? dir.toAbsolutePath().getParent() : dir.toAbsolutePath();
        return new CatalogRoot(root, dir.toString(), () -> { });
    }

    /** A jar: its {@code onex/} folder when that holds topics.yaml, else the jar's root. */
    public static CatalogRoot jar(Path jar) {
        try {
            FileSystem fs = FileSystems.newFileSystem(jar, Map.of());
            Path onex = fs.getPath("/" + CANONICAL_FOLDER);
            Path root = Files.isRegularFile(onex.resolve("topics.yaml")) ? onex : fs.getPath("/");
            return new CatalogRoot(root, jar.getFileName() + "!" + root, fs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + jar + " as a jar", e);
        }
    }

    /** The canonical catalog: {@code onex/} of the onex-schemas jar (or folder) on the given class path. */
    public static CatalogRoot canonical(ClassLoader loader) {
        URL url = loader.getResource(CANONICAL_FOLDER + "/topics.yaml");
        if (url == null) {
            throw new IllegalStateException("onex-schemas is not on the class path (no onex/topics.yaml)");
        }
        try {
            if (url.getProtocol().equals("jar")) {
                String spec = url.toURI().getRawSchemeSpecificPart();
                Path jar = Path.of(new URI(spec.substring(0, spec.indexOf("!/"))));
                return jar(jar);
            }
            return directory(Path.of(url.toURI()).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unexpected class path URL " + url, e);
        }
    }

    /** Whether the folder holds a catalog ({@code topics.yaml}) rather than plain schema files. */
    public boolean hasCatalog() {
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
