package io.onex.plugin.validate;

import io.onex.plugin.model.SourceLocation;
import io.onex.plugin.parse.RawList;
import io.onex.plugin.parse.RawMap;
import io.onex.plugin.parse.RawNode;
import io.onex.plugin.parse.RawScalar;
import io.onex.plugin.validate.SchemaFiles.NodeKey;
import io.onex.plugin.validate.SchemaFiles.SchemaFile;
import io.onex.plugin.validate.SchemaFiles.Target;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Makes a schema file self-contained: every {@code $ref} (followed by {@link SchemaFiles}, as for code generation)
 * is replaced by a copy of its target, so a schema registry, its compatibility checker and its serdes see the whole
 * contract without artifact references. Draft-07 lets only annotations stand beside a {@code $ref}; those
 * ({@code title}, {@code description}, {@code $comment}, {@code examples}, {@code default}) are kept on the copy.
 * {@code definitions} go (they were only targets of references), and so do {@code $id} and {@code $schema} below the
 * root (a nested {@code $id} would change the base URI of the copy).
 *
 * <p>References are followed only where draft-07 has schemas: the values of {@code properties},
 * {@code patternProperties} and {@code dependencies}, the schema keywords ({@code items}, {@code not}, ...) and the
 * lists of {@code allOf}, {@code anyOf} and {@code oneOf}. Values such as {@code enum}, {@code const},
 * {@code default} and unknown keywords are data and are copied as they are. Copied nodes keep the location and
 * pointer of the file they were written in.
 */
final class SchemaInliner {

    private static final Set<String> KEPT_BESIDE_REF = Set.of("title", "description", "$comment", "examples",
            "default");
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "dependencies");
    private static final Set<String> SCHEMA_KEYWORDS = Set.of("items", "additionalItems", "additionalProperties",
            "contains", "propertyNames", "not", "if", "then", "else");
    private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf");
    private static final Set<String> BASE = Set.of("$id", "$schema");

    private final SchemaFiles files;
    private final Diagnostics out;
    private final Deque<NodeKey> inlining = new ArrayDeque<>();

    SchemaInliner(SchemaFiles files, Diagnostics out) {
        this.files = files;
        this.out = out;
    }

    /**
     * The file at a path below the root with every reference inlined.
     *
     * @return the document; empty when the file or one of its references has a problem (reported)
     */
    Optional<RawMap> inline(String path) {
        SchemaFile file = files.load(path);
        switch (file.status()) {
            case FOUND:
                break;
            case INVALID:
                return Optional.empty(); // its syntax errors are reported
            default:
                out.error(SourceLocation.of(file.displayPath()), "", SchemaRule.SCHEMA_FILE.id(),
                        file.status() == SchemaFiles.Status.EMPTY ? "the schema file is empty; expected a JSON Schema"
                                : file.status() == SchemaFiles.Status.MISSING ? "the schema file does not exist"
                                : "the schema file cannot be read: " + file.problem());
                return Optional.empty();
        }
        int errors = out.errorCount();
        RawNode document = schema(new NodeKey(path, ""), file.root(), true);
        if (out.errorCount() > errors) {
            return Optional.empty();
        }
        if (!(document instanceof RawMap map)) {
            out.error(file.root().location(), "", SchemaRule.SCHEMA_VALUE.id(), "a schema file must hold a JSON"
                    + " object, found " + document.describe());
            return Optional.empty();
        }
        return Optional.of(map);
    }

    /** A schema node with its references inlined; a node that is not an object (true, false) as it is. */
    private RawNode schema(NodeKey key, RawNode node, boolean root) {
        if (!(node instanceof RawMap map)) {
            return node;
        }
        inlining.addLast(key);
        try {
            Optional<RawMap.Entry> ref = map.entry("$ref");
            if (ref.isPresent()) {
                return reference(key, map, ref.get().value());
            }
            List<RawMap.Entry> entries = new ArrayList<>();
            for (RawMap.Entry entry : map.entries()) {
                String keyword = entry.key();
                if (keyword.equals("definitions") || !root && BASE.contains(keyword)) {
                    continue;
                }
                entries.add(new RawMap.Entry(keyword, entry.keyLocation(), keywordValue(key, keyword, entry.value())));
            }
            return new RawMap(entries, map.location(), map.path());
        } finally {
            inlining.removeLast();
        }
    }

    private RawNode keywordValue(NodeKey key, String keyword, RawNode value) {
        if (SCHEMA_MAPS.contains(keyword) && value instanceof RawMap members) {
            List<RawMap.Entry> entries = new ArrayList<>();
            for (RawMap.Entry member : members.entries()) {
                entries.add(new RawMap.Entry(member.key(), member.keyLocation(), child(key, member.value())));
            }
            return new RawMap(entries, members.location(), members.path());
        }
        if (SCHEMA_KEYWORDS.contains(keyword) && !(value instanceof RawList)) {
            return child(key, value);
        }
        if ((SCHEMA_LISTS.contains(keyword) || keyword.equals("items")) && value instanceof RawList list) {
            return new RawList(list.items().stream().map(item -> child(key, item)).toList(), list.location(),
                    list.path());
        }
        return value;
    }

    private RawNode child(NodeKey parent, RawNode node) {
        return schema(new NodeKey(parent.file(), node.path()), node, false);
    }

    private RawNode reference(NodeKey key, RawMap holder, RawNode refValue) {
        if (!(refValue instanceof RawScalar ref && ref.kind() == RawScalar.Kind.STRING)) {
            out.error(refValue.location(), refValue.path(), SchemaRule.SCHEMA_VALUE.id(), "$ref must be a string,"
                    + " found " + refValue.describe());
            return holder;
        }
        Optional<Target> target = files.follow(key.file(), ref);
        if (target.isEmpty()) {
            return holder;
        }
        if (inlining.contains(target.get().key())) {
            files.cycle(ref, inlining, target.get().key(), "a recursive schema cannot be inlined into one"
                    + " self-contained document");
            return holder;
        }
        RawNode copy = schema(target.get().key(), target.get().node(), false);
        if (!(copy instanceof RawMap merged)) {
            return copy;
        }
        for (RawMap.Entry entry : holder.entries()) {
            if (KEPT_BESIDE_REF.contains(entry.key())) {
                merged = merged.with(entry.key(), entry.value());
            }
        }
        return merged;
    }
}
