package io.onex.plugin.core;

import io.onex.plugin.parse.SourceFile;
import io.onex.plugin.parse.SourceTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Reads files of a catalog source and remembers each one read, with its digest. */
final class RecordingSourceTree implements SourceTree {

    private final CatalogSource source;
    private final Path displayBase;
    private final List<InputFile> inputs = new ArrayList<>();

    RecordingSourceTree(CatalogSource source, Path displayBase) {
        this.source = source instanceof CatalogSource.Directory d && Files.isRegularFile(d.root())
                && d.root().getFileName().toString().equals("topics.yaml")
                ? new CatalogSource.Directory(d.root().toAbsolutePath().getParent()) : source;
        this.displayBase = displayBase;
    }

    @Override
    public Optional<SourceFile> read(String relativePath) throws IOException {
        Optional<SourceFile> file = source instanceof CatalogSource.Directory d ? readFile(d.root(), relativePath)
                : readResource((CatalogSource.Classpath) source, relativePath);
        file.ifPresent(f -> inputs.add(new InputFile(f.displayPath(), sha256(f.content()))));
        return file;
    }

    @Override
    public String displayRoot() {
        if (source instanceof CatalogSource.Directory d) {
            return display(d.root(), displayBase);
        }
        return "classpath:" + ((CatalogSource.Classpath) source).basePath();
    }

    List<InputFile> inputs() {
        return List.copyOf(inputs);
    }

    private Optional<SourceFile> readFile(Path root, String relativePath) throws IOException {
        Path path = root.resolve(relativePath);
        try {
            byte[] content = Files.readAllBytes(path);
            return Optional.of(new SourceFile(relativePath, display(path, displayBase), content));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private Optional<SourceFile> readResource(CatalogSource.Classpath classpath, String relativePath)
            throws IOException {
        String name = classpath.basePath().isEmpty() ? relativePath : classpath.basePath() + "/" + relativePath;
        URL url = classpath.loader().getResource(name);
        if (url == null) {
            return Optional.empty();
        }
        URLConnection connection = url.openConnection();
        connection.setUseCaches(false); // a cached jar handle would keep the plugin's jar open and stale
        try (InputStream in = connection.getInputStream()) {
            // The same name wherever the jar or classes folder lies, so generated sources that cite it are reproducible.
            return Optional.of(new SourceFile(relativePath, "classpath:" + name, in.readAllBytes()));
        }
    }

    /**
     * The path relative to the display base when it lies below it, '/'-separated; otherwise absolute. A path inside
     * a jar opened as a zip file system is shown as {@code <jar>!<path>}.
     */
    static String display(Path path, Path displayBase) {
        if (path.getFileSystem() != FileSystems.getDefault()) {
            Path archive = Path.of(path.getFileSystem().toString());
            String inside = path.toAbsolutePath().normalize().toString();
            return Files.isRegularFile(archive) ? display(archive, displayBase) + "!" + inside : inside;
        }
        Path absolute = path.toAbsolutePath().normalize();
        if (displayBase != null) {
            Path base = displayBase.toAbsolutePath().normalize();
            if (absolute.equals(base)) {
                return ".";
            }
            if (absolute.startsWith(base)) {
                return base.relativize(absolute).toString().replace('\\', '/');
            }
        }
        return absolute.toString().replace('\\', '/');
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("SHA-256 is not available", e));
        }
    }
}
