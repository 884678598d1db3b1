package io.onex.plugin.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one place where the plugin writes files. Every file is written whole or not at all (a temporary file moved
 * into place), and a file whose content is unchanged is not touched, so its timestamp stays and the compiler or CI
 * sees nothing new.
 *
 * <p>Two kinds of folder: one the goal owns ({@link #sync}: generated sources, reports), which is brought to exactly
 * the given set of files, stale files and the folders they leave empty being removed; and one it shares with the
 * user ({@link #put}: an export file named on the command line, a state file), where only the given files are
 * written and nothing else is looked at.
 */
public final class OutputWriter {

    private OutputWriter() {
    }

    /**
     * What a write did.
     *
     * @param written files created or changed, relative paths in order
     * @param unchanged files left as they were
     * @param deleted stale files removed, relative paths in order
     */
    public record Result(List<String> written, int unchanged, List<String> deleted) {
        public Result {
            written = List.copyOf(written);
            deleted = List.copyOf(deleted);
        }
    }

    /**
     * Brings a folder the goal owns to exactly the given files.
     *
     * @param outputDirectory the folder (created when missing); nothing else should be kept in it
     * @param files relative path (with {@code /}) to UTF-8 content
     */
    public static Result sync(Path outputDirectory, Map<String, String> files) {
        try {
            Result put = put(outputDirectory, files);
            return new Result(put.written(), put.unchanged(), deleteStale(outputDirectory, files.keySet()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + outputDirectory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the given files below a folder the goal does not own, leaving everything else in it alone.
     *
     * @param directory the folder (created when missing)
     * @param files relative path (with {@code /}) to UTF-8 content
     */
    public static Result put(Path directory, Map<String, String> files) {
        Map<String, Path> targets = new TreeMap<>();
        files.keySet().forEach(relative -> targets.put(relative, resolve(directory, relative))); // refuse before writing
        List<String> written = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<String, String> e : new TreeMap<>(files).entrySet()) {
            if (writeIfChanged(targets.get(e.getKey()), e.getValue())) {
                written.add(e.getKey());
            } else {
                unchanged++;
            }
        }
        return new Result(written, unchanged, List.of());
    }

    /**
     * Writes one file unless it already holds this content.
     *
     * @return whether the file was written
     */
    public static boolean writeIfChanged(Path file, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Path target = file.toAbsolutePath().normalize();
        try {
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
                return false;
            }
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".onex-", ".tmp");
            try {
                Files.write(temp, bytes);
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException ex) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static Path resolve(Path root, String relative) {
        Path base = root.toAbsolutePath().normalize();
        Path target = base.resolve(relative).normalize();
        if (!target.startsWith(base) || target.equals(base)) {
            throw new IllegalArgumentException("path escapes the output folder " + root + ": " + relative);
        }
        return target;
    }

    private static List<String> deleteStale(Path outputDirectory, Set<String> keep) throws IOException {
        Path root = outputDirectory.toAbsolutePath().normalize();
        Files.createDirectories(root);
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
