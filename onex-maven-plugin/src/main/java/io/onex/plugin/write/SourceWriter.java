package io.onex.plugin.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Brings an output folder to exactly the given set of files. A file whose content is unchanged
 * is not touched (its timestamp stays, so the compiler sees nothing new); changed files are
 * replaced atomically; files the generators no longer produce are deleted, and so are folders
 * left empty. The folder belongs to the generator: nothing else should be kept in it.
 */
public final class SourceWriter {

    private SourceWriter() {
    }

    /**
     * What a write did.
     *
     * @param written files created or changed, relative paths
     * @param unchanged files left as they were
     * @param deleted stale files removed, relative paths
     */
    public record Result(List<String> written, int unchanged, List<String> deleted) {
        public Result {
            written = List.copyOf(written);
            deleted = List.copyOf(deleted);
        }
    }

    /**
     * @param outputDirectory the folder to bring up to date (created when missing)
     * @param files relative path (with {@code /}) to UTF-8 content
     */
    public static Result write(Path outputDirectory, Map<String, String> files) {
        try {
            Files.createDirectories(outputDirectory);
            List<String> written = new ArrayList<>();
            int unchanged = 0;
            for (Map.Entry<String, String> e : new TreeMap<>(files).entrySet()) {
                Path target = resolve(outputDirectory, e.getKey());
                byte[] content = e.getValue().getBytes(StandardCharsets.UTF_8);
                if (Files.isRegularFile(target) && java.util.Arrays.equals(Files.readAllBytes(target), content)) {
                    unchanged++;
                    continue;
                }
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), ".onex-", ".tmp");
                try {
                    Files.write(temp, content);
                    try {
                        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException ex) {
                        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } finally {
                    Files.deleteIfExists(temp);
                }
                written.add(e.getKey());
            }
            List<String> deleted = deleteStale(outputDirectory, files.keySet());
            return new Result(written, unchanged, deleted);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated sources to " + outputDirectory + ": " + e.getMessage(), e);
        }
    }

    private static Path resolve(Path root, String relative) {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root.normalize())) {
            throw new IllegalArgumentException("generated path escapes the output folder: " + relative);
        }
        return target;
    }

    private static List<String> deleteStale(Path root, Set<String> keep) throws IOException {
        List<String> deleted = new ArrayList<>();
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList());
        }
        for (Path p : all) {
            if (p.equals(root)) {
                continue;
            }
            String relative = root.relativize(p).toString().replace('\\', '/');
            if (Files.isRegularFile(p) && !keep.contains(relative)) {
                Files.delete(p);
                deleted.add(relative);
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> children = Files.list(p)) {
                    if (children.findAny().isEmpty()) {
                        Files.delete(p);
                    }
                }
            }
        }
        deleted.sort(null);
        return deleted;
    }
}
