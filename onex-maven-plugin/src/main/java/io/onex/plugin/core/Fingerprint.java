package io.onex.plugin.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A digest of everything a generate run depends on: the catalog folder (or the jar it comes
 * from), the contract files, the options and the plugin version. Equal fingerprints mean the
 * run would produce the same files, so a no-change rebuild reads only bytes, never parses.
 */
final class Fingerprint {
    private final MessageDigest digest;

    Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Fingerprint text(String label, String value) {
        digest.update((label + "=" + value + "\n").getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Fingerprint file(String label, Path file) {
        try {
            text(label, file.toString());
            digest.update(Files.readAllBytes(file));
            return this;
        } catch (IOException e) {
            return text(label, "unreadable:" + e.getMessage());
        }
    }

    /** Every regular file below a folder, in sorted order. */
    Fingerprint tree(String label, Path root) {
        if (!Files.isDirectory(root)) {
            return Files.isRegularFile(root) ? file(label, root) : text(label, "missing:" + root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
            for (Path f : files) {
                file(label, f);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Fingerprint catalog(CatalogSource source) {
        if (source instanceof CatalogSource.Directory d) {
            return tree("catalog", d.root());
        }
        CatalogSource.Classpath c = (CatalogSource.Classpath) source;
        URL url = c.loader().getResource(c.basePath() + "/topics.yaml");
        if (url == null) {
            return text("catalog", "missing:classpath:" + c.basePath());
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                String spec = url.getPath();
                Path jar = Path.of(new URL(spec.substring(0, spec.indexOf("!/"))).toURI());
                return file("catalog-jar", jar);
            }
            if ("file".equals(url.getProtocol())) {
                return tree("catalog", Path.of(url.toURI()).getParent());
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // fall through: hash the resource itself
        }
        try (InputStream in = url.openStream()) {
            digest.update(in.readAllBytes());
            return text("catalog", url.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The generator's own code (its jar, or its classes folder in a development build), so a
     * changed plugin regenerates even when its version string is the same (snapshots).
     */
    Fingerprint generatorCode(Class<?> anchor) {
        try {
            java.security.CodeSource source = anchor.getProtectionDomain().getCodeSource();
            if (source == null) {
                return text("generator", "unknown");
            }
            return tree("generator", Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return text("generator", "unknown:" + e.getMessage());
        }
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
