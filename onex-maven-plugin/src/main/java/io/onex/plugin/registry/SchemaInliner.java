package io.onex.plugin.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Turns a JSON Schema file with relative {@code $ref}s (to other files below the same root and to
 * {@code #/definitions} within a file) into one self-contained document: every reference is replaced
 * by a copy of its target, so a schema registry, its compatibility checker and its serdes see the
 * whole contract without artifact references. Remote references are refused, never fetched; a
 * reference cycle is an error (the catalog rules forbid both).
 */
public final class SchemaInliner {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Annotation keywords kept when a {@code $ref} carries them beside it; draft-07 ignores other siblings. */
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "$comment", "examples", "default");

    private final Path root;
    private final Map<Path, JsonNode> documents = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();

    /**
     * @param root the folder the schema files live under (a directory, or a folder inside a jar's file system)
     */
    public SchemaInliner(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The file at {@code relativePath} (below the root) with every {@code $ref} inlined. */
    public ObjectNode inline(String relativePath) {
        Path file = root.resolve(relativePath).normalize();
        JsonNode document = document(file);
        if (!document.isObject()) {
            throw new SchemaInlineException(display(file) + ": a JSON Schema must be an object");
        }
        return (ObjectNode) resolve(document, file, "");
    }

    private JsonNode resolve(JsonNode node, Path file, String pointer) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                return resolveRef((ObjectNode) node, ref.asText(), file, pointer);
            }
            ObjectNode copy = MAPPER.createObjectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("definitions") || (!pointer.isEmpty()
                        && (field.getKey().equals("$id") || field.getKey().equals("$schema")))) {
                    // Definitions were only targets of references, which are inlined now; a nested $id
                    // would change the base URI of the copy.
                    continue;
                }
                copy.set(field.getKey(), resolve(field.getValue(), file, pointer + "/" + escape(field.getKey())));
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = MAPPER.createArrayNode();
            for (int i = 0; i < node.size(); i++) {
                copy.add(resolve(node.get(i), file, pointer + "/" + i));
            }
            return copy;
        }
        return node.deepCopy();
    }

    private JsonNode resolveRef(ObjectNode holder, String ref, Path file, String pointer) {
        URI uri;
        try {
            uri = new URI(ref);
        } catch (java.net.URISyntaxException e) {
            throw new SchemaInlineException(display(file) + ": " + pointer + ": malformed $ref '" + ref + "'");
        }
        if (uri.getScheme() != null || ref.startsWith("//")) {
            throw new SchemaInlineException(display(file) + ": " + pointer + ": remote $ref '" + ref
                    + "' is not allowed; reference a file below " + root.getFileName());
        }
        String path = uri.getRawPath() == null ? "" : uri.getPath();
        Path target = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
        if (!target.startsWith(root)) {
            throw new SchemaInlineException(display(file) + ": " + pointer + ": $ref '" + ref
                    + "' leaves the schema folder");
        }
        String fragment = uri.getFragment() == null ? "" : uri.getFragment();
        String key = display(target) + "#" + fragment;
        if (stack.contains(key)) {
            throw new SchemaInlineException(display(file) + ": " + pointer + ": $ref cycle through " + key);
        }
        JsonNode targetNode = document(target).at(fragment);
        if (targetNode.isMissingNode()) {
            throw new SchemaInlineException(display(file) + ": " + pointer + ": $ref '" + ref + "' points to nothing");
        }
        stack.push(key);
        try {
            JsonNode resolved = resolve(targetNode, target, fragment.isEmpty() ? "/" : fragment);
            if (resolved.isObject()) {
                ObjectNode merged = (ObjectNode) resolved;
                holder.fields().forEachRemaining(e -> {
                    if (ANNOTATIONS.contains(e.getKey())) {
                        merged.set(e.getKey(), e.getValue().deepCopy());
                    }
                });
                merged.remove("$id");
                merged.remove("$schema");
            }
            return resolved;
        } finally {
            stack.pop();
        }
    }

    private JsonNode document(Path file) {
        return documents.computeIfAbsent(file, f -> {
            try {
                return MAPPER.readTree(Files.readAllBytes(f));
            } catch (NoSuchFileException e) {
                throw new SchemaInlineException(display(f) + ": no such schema file");
            } catch (JsonProcessingException e) {
                throw new SchemaInlineException(display(f) + ": malformed JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                throw new SchemaInlineException(display(f) + ": cannot read: " + e.getMessage());
            }
        });
    }

    private String display(Path file) {
        return file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/') : file.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
