package io.onex.plugin.validate;

import io.onex.plugin.parse.JsonReader;
import io.onex.plugin.parse.ParseResult;
import io.onex.plugin.parse.RawList;
import io.onex.plugin.parse.RawMap;
import io.onex.plugin.parse.RawNode;
import io.onex.plugin.parse.RawScalar;
import io.onex.plugin.parse.SourceFile;
import io.onex.plugin.parse.SourceTree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON Schema files below a schema root, each read and parsed once (with line and column), and the one
 * resolution of {@code $ref} between them: relative references to local files under the root and JSON pointer
 * fragments, never anything remote. {@link SchemaResolver} (schemas to Java types) and {@link SchemaInliner}
 * (self-contained documents) both follow references here, so a bad {@code $ref} gets the same located diagnostic
 * wherever it is found.
 */
final class SchemaFiles {

    /** A schema node: a file below the schema root and a JSON pointer within it. */
    record NodeKey(String file, String pointer) {
        @Override
        public String toString() {
            return file + "#" + pointer;
        }
    }

    enum Status { FOUND, MISSING, UNREADABLE, INVALID, EMPTY }

    /**
     * One file as read.
     *
     * @param path the normalized path below the root
     * @param displayPath how diagnostics name it
     * @param root the parsed document when {@link Status#FOUND}
     * @param status whether it could be read and parsed
     * @param problem why it could not be read, for {@link Status#UNREADABLE}
     */
    record SchemaFile(String path, String displayPath, RawNode root, Status status, String problem) {
    }

    /** Where a {@code $ref} leads. */
    record Target(NodeKey key, RawNode node) {
    }

    private final SourceTree tree;
    private final Diagnostics out;
    private final Map<String, SchemaFile> files = new HashMap<>();

    SchemaFiles(SourceTree tree, Diagnostics out) {
        this.tree = tree;
        this.out = out;
    }

    /** Reads and parses a file once; syntax errors are reported, the status says what became of it. */
    SchemaFile load(String path) {
        SchemaFile cached = files.get(path);
        if (cached != null) {
            return cached;
        }
        String display = tree.displayRoot().equals(".") ? path : tree.displayRoot() + "/" + path;
        SchemaFile file;
        try {
            Optional<SourceFile> source = tree.read(path);
            if (source.isEmpty()) {
                file = new SchemaFile(path, display, null, Status.MISSING, "");
            } else {
                ParseResult parsed = JsonReader.read(source.get());
                out.addAll(parsed.diagnostics());
                Status status = parsed.hasErrors() ? Status.INVALID
                        : parsed.root() == null ? Status.EMPTY : Status.FOUND;
                file = new SchemaFile(path, source.get().displayPath(), parsed.root(), status, "");
            }
        } catch (IOException e) {
            file = new SchemaFile(path, display, null, Status.UNREADABLE, String.valueOf(e.getMessage()));
        }
        files.put(path, file);
        return file;
    }

    /** A file already loaded. */
    SchemaFile loaded(String path) {
        SchemaFile file = files.get(path);
        if (file == null) {
            throw new IllegalStateException("schema file not loaded: " + path);
        }
        return file;
    }

    /**
     * Finds the node a {@code $ref} names, reporting at the reference why it cannot be followed: remote, absolute,
     * leaving the root, a plain-name fragment, a missing, empty or unreadable file, or a pointer to nothing.
     *
     * @param fromFile the file holding the reference
     * @param ref the reference's value
     * @return the target; empty when it cannot be followed (reported, or the target file has syntax errors, which
     *     were reported when it was read)
     */
    Optional<Target> follow(String fromFile, RawScalar ref) {
        String text = ref.text();
        if (text.matches("[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            error(ref, SchemaRule.SCHEMA_REF, "remote $ref '" + text + "' is refused: only relative references"
                    + " to files under the schema root are followed, and nothing is fetched");
            return Optional.empty();
        }
        int hash = text.indexOf('#');
        String filePart = percentDecode(hash < 0 ? text : text.substring(0, hash));
        String fragment = percentDecode(hash < 0 ? "" : text.substring(hash + 1));
        String targetPath;
        if (filePart.isEmpty()) {
            targetPath = fromFile;
        } else if (filePart.startsWith("/") || filePart.contains("\\")) {
            error(ref, SchemaRule.SCHEMA_REF, "$ref '" + text + "' is an absolute path; write a path relative"
                    + " to this file, inside the schema root");
            return Optional.empty();
        } else {
            Optional<String> normalized = normalize(directoryOf(fromFile), filePart);
            if (normalized.isEmpty()) {
                error(ref, SchemaRule.SCHEMA_REF, "$ref '" + text + "' leaves the schema root (the folder of"
                        + " topics.yaml); only files under it are followed");
                return Optional.empty();
            }
            targetPath = normalized.get();
        }
        if (!fragment.isEmpty() && !fragment.startsWith("/")) {
            error(ref, SchemaRule.SCHEMA_REF, "$ref '" + text + "' uses a plain-name fragment; supported are"
                    + " JSON pointer fragments such as #/definitions/Name");
            return Optional.empty();
        }
        SchemaFile file = load(targetPath);
        if (file.status() == Status.INVALID) {
            return Optional.empty();
        }
        if (file.status() != Status.FOUND) {
            String why = file.status() == Status.MISSING ? "does not exist"
                    : file.status() == Status.EMPTY ? "is empty" : "cannot be read: " + file.problem();
            error(ref, SchemaRule.SCHEMA_REF, "$ref '" + text + "': " + file.displayPath() + " " + why);
            return Optional.empty();
        }
        RawNode target = file.root();
        for (String token : fragment.isEmpty() ? List.<String>of() : List.of(fragment.substring(1).split("/", -1))) {
            String name = token.replace("~1", "/").replace("~0", "~");
            target = target instanceof RawMap m ? m.get(name).orElse(null)
                    : target instanceof RawList l && name.matches("[0-9]+") && Integer.parseInt(name) < l.items().size()
                            ? l.items().get(Integer.parseInt(name)) : null;
            if (target == null) {
                error(ref, SchemaRule.SCHEMA_REF, "$ref '" + text + "': " + targetPath + " has nothing at "
                        + fragment);
                return Optional.empty();
            }
        }
        return Optional.of(new Target(new NodeKey(targetPath, target.path()), target));
    }

    /**
     * Reports a reference back to a node that is still being resolved, naming the chain from that node.
     *
     * @param onPath the nodes being resolved, outermost first
     * @param target the node the reference leads back to
     * @param consequence why the cycle is refused, e.g. {@code recursive types cannot become Java records}
     */
    void cycle(RawScalar ref, Collection<NodeKey> onPath, NodeKey target, String consequence) {
        List<String> chain = new ArrayList<>();
        boolean inCycle = false;
        for (NodeKey node : onPath) {
            inCycle |= node.equals(target);
            if (inCycle) {
                chain.add(node.toString());
            }
        }
        chain.add(target.toString());
        error(ref, SchemaRule.SCHEMA_CYCLE, "$ref cycle: " + String.join(" -> ", chain) + "; " + consequence);
    }

    private void error(RawNode node, SchemaRule rule, String message) {
        out.error(node.location(), node.path(), rule.id(), message);
    }

    private static String directoryOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** Joins and normalizes a relative path; empty when it climbs above the root. */
    static Optional<String> normalize(String baseDirectory, String relative) {
        Deque<String> parts = new ArrayDeque<>();
        String joined = baseDirectory.isEmpty() ? relative : baseDirectory + "/" + relative;
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    private static String percentDecode(String text) {
        if (!text.contains("%")) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length()
                    && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
