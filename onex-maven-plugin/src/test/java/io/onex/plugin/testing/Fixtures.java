package io.onex.plugin.testing;

import io.onex.plugin.model.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Test resources on disk, and the reviewed expectations ({@code expected.txt}) of the bad-input cases. */
public final class Fixtures {

    /** Set this system property to rewrite expected.txt files from the current output (then review the diff). */
    public static final String UPDATE_PROPERTY = "onex.updateExpectations";

    private Fixtures() {
    }

    /** A folder of the test resources, as copied to target/test-classes. */
    public static Path resource(String name) {
        URL url = Fixtures.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sub-folders of a resource folder, sorted, skipping those starting with '_'. */
    public static List<String> cases(String folder) {
        try (Stream<Path> list = Files.list(resource(folder))) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("_")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder tree (files only, skipping expected.txt) over a target folder. */
    public static void overlay(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.filter(Files::isRegularFile).toList()) {
                if (source.getFileName().toString().equals("expected.txt")) {
                    continue;
                }
                Path target = to.resolve(from.relativize(source).toString());
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the canonical catalog ({@code onex/} of onex-schemas on the class path, in a jar or a folder) to a folder
     * to edit.
     *
     * @return the folder holding the copied {@code topics.yaml}
     */
    public static Path copyCanonicalCatalog(Path target) {
        URL url = Fixtures.class.getClassLoader().getResource("onex/topics.yaml");
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copy(jar.provider().getPath(uri).getParent(), target);
                }
            } else {
                copy(Path.of(uri).getParent(), target);
            }
            return target;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot copy the canonical catalog", e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                Files.createDirectories(target.getParent());
                Files.write(target, Files.readAllBytes(source));
            }
        }
    }

    /** Replaces the first occurrence of a text in a file, failing when it is not there. */
    public static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain " + from);
            }
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> format(List<Diagnostic> diagnostics) {
        List<String> lines = new ArrayList<>();
        diagnostics.forEach(d -> lines.add(d.format()));
        return lines;
    }

    /** The expected lines of a case; blank lines are ignored. */
    public static List<String> expected(String folder, String name) {
        try {
            return Files.readAllLines(resource(folder + "/" + name).resolve("expected.txt"), StandardCharsets.UTF_8)
                    .stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites the checked-in expected.txt of a case when {@value #UPDATE_PROPERTY} is set. */
    public static void updateIfRequested(String folder, String name, List<String> actual) {
        if (!Boolean.getBoolean(UPDATE_PROPERTY)) {
            return;
        }
        Path source = Path.of("src/test/resources", folder, name, "expected.txt");
        try {
            Files.write(source, actual, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
