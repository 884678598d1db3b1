package io.onex.plugin.parse;

import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.model.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a YAML file with snakeyaml-engine's compose API (a node graph with marks) into a {@link RawNode} tree
 * whose values carry 1-based line and column and a YAML path such as {@code topics[3].key}.
 *
 * <p>Scalars are resolved with the YAML 1.2 core schema. Repeated keys are reported with both locations.
 * Aliases are bounded twice: snakeyaml-engine stops after {@value #MAX_ALIASES_FOR_COLLECTIONS} aliases of
 * mappings or sequences, and the tree built from the node graph stops at {@value #MAX_NODES} values, so an
 * alias bomb is reported at its alias, never expanded.
 */
public final class YamlReader {

    /** Aliases of mappings or sequences allowed in one document. */
    public static final int MAX_ALIASES_FOR_COLLECTIONS = 20;
    /** Largest document, in code points: a catalog of 5,000 topics is about 2.5 million. */
    public static final int CODE_POINT_LIMIT = 8 * 1024 * 1024;
    /** Largest tree, in values, after aliases are taken into account. */
    public static final int MAX_NODES = 1_000_000;

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+");

    private YamlReader() {
    }

    /** Reads one YAML document; never throws for bad input. */
    public static ParseResult read(SourceFile file) {
        Utf8.Decoded decoded = Utf8.decode(file);
        if (decoded.problem().isPresent()) {
            return new ParseResult(null, List.of(decoded.problem().get()));
        }
        String text = decoded.text();
        if (text.length() > CODE_POINT_LIMIT && text.codePointCount(0, text.length()) > CODE_POINT_LIMIT) {
            // snakeyaml-engine enforces the same limit, but only after scanning that far
            return new ParseResult(null, List.of(tooLong(file)));
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.displayPath())
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true) // duplicates are reported below, with both locations
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES_FOR_COLLECTIONS)
                .setCodePointLimit(CODE_POINT_LIMIT)
                .setParseComments(false)
                .setUseMarks(true)
                .build();
        Optional<Node> document;
        try {
            document = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            return new ParseResult(null, List.of(syntaxError(file, e)));
        } catch (YamlEngineException e) {
            return new ParseResult(null, List.of(limitError(file, text, settings, e)));
        }
        if (document.isEmpty()) {
            return new ParseResult(null, List.of());
        }
        Converter converter = new Converter(file.displayPath());
        RawNode root = converter.convert(document.get(), "", Optional.empty());
        return new ParseResult(converter.failed ? null : root, converter.diagnostics);
    }

    private static Diagnostic syntaxError(SourceFile file, MarkedYamlEngineException e) {
        Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
        StringBuilder message = new StringBuilder("malformed YAML: ").append(oneLine(e.getProblem()));
        if (e.getContext() != null && !e.getContext().isBlank()) {
            message.append(" (").append(oneLine(e.getContext())).append(')');
        }
        return Diagnostic.error(at(file.displayPath(), mark), "", ParseRule.YAML_SYNTAX.id(), message.toString());
    }

    private static Diagnostic limitError(SourceFile file, String text, LoadSettings settings, YamlEngineException e) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Number of aliases")) {
            Optional<Mark> mark = findAliasBeyondLimit(text, settings);
            return Diagnostic.error(at(file.displayPath(), mark), "", ParseRule.YAML_LIMITS.id(),
                    "more than " + MAX_ALIASES_FOR_COLLECTIONS + " aliases of mappings or sequences; the document"
                            + " is refused unexpanded (it looks like an alias bomb)");
        }
        if (message.contains("exceeds the limit")) {
            return tooLong(file);
        }
        return Diagnostic.error(SourceLocation.of(file.displayPath()), "", ParseRule.YAML_SYNTAX.id(),
                "malformed YAML: " + oneLine(message));
    }

    private static Diagnostic tooLong(SourceFile file) {
        return Diagnostic.error(SourceLocation.of(file.displayPath()), "", ParseRule.YAML_LIMITS.id(),
                "the document is longer than " + CODE_POINT_LIMIT + " characters; ONEX YAML files are small");
    }

    /** Replays the parser events (cheap, nothing is expanded) to find the alias that crossed the limit. */
    private static Optional<Mark> findAliasBeyondLimit(String text, LoadSettings settings) {
        Set<Anchor> collectionAnchors = new HashSet<>();
        int count = 0;
        try {
            for (Event event : new Parse(settings).parseString(text)) {
                if (event instanceof AliasEvent alias) {
                    if (collectionAnchors.contains(alias.getAlias()) && ++count > MAX_ALIASES_FOR_COLLECTIONS) {
                        return event.getStartMark();
                    }
                } else if (event instanceof NodeEvent node && node.getAnchor().isPresent()) {
                    boolean collection = event.getEventId() == Event.ID.MappingStart
                            || event.getEventId() == Event.ID.SequenceStart;
                    if (collection) {
                        collectionAnchors.add(node.getAnchor().get());
                    } else {
                        collectionAnchors.remove(node.getAnchor().get());
                    }
                }
            }
        } catch (YamlEngineException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static SourceLocation at(String file, Optional<Mark> mark) {
        return mark.map(m -> new SourceLocation(file, m.getLine() + 1, m.getColumn() + 1))
                .orElse(SourceLocation.of(file));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    static String childPath(String parent, String key) {
        String step = PLAIN_KEY.matcher(key).matches() ? key : "\"" + key.replace("\"", "\\\"") + "\"";
        if (parent.isEmpty()) {
            return PLAIN_KEY.matcher(key).matches() ? key : "[" + step + "]";
        }
        return PLAIN_KEY.matcher(key).matches() ? parent + "." + key : parent + "[" + step + "]";
    }

    /** Builds the raw tree from the node graph, counting values so aliases cannot blow it up. */
    private static final class Converter {
        private final String file;
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private final Set<Node> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
        private int nodes;
        private boolean failed;

        Converter(String file) {
            this.file = file;
        }

        RawNode convert(Node node, String path, Optional<SourceLocation> referencedAt) {
            SourceLocation location = referencedAt.orElseGet(() -> at(file, node.getStartMark()));
            if (failed) {
                return new RawScalar(RawScalar.Kind.NULL, "null", location, path);
            }
            if (++nodes > MAX_NODES) {
                failed = true;
                diagnostics.add(Diagnostic.error(location, path, ParseRule.YAML_LIMITS.id(),
                        "aliases expand this document beyond " + MAX_NODES + " values; the document is refused"
                                + " unexpanded (it looks like an alias bomb)"));
                return new RawScalar(RawScalar.Kind.NULL, "null", location, path);
            }
            if (node instanceof ScalarNode scalar) {
                return new RawScalar(kindOf(scalar), scalar.getValue(), location, path);
            }
            if (!ancestors.add(node)) {
                failed = true;
                diagnostics.add(Diagnostic.error(location, path, ParseRule.YAML_LIMITS.id(),
                        "an alias refers to a mapping or sequence that contains it; recursive YAML is refused"));
                return new RawScalar(RawScalar.Kind.NULL, "null", location, path);
            }
            try {
                if (node instanceof SequenceNode sequence) {
                    List<RawNode> items = new ArrayList<>();
                    List<Node> values = sequence.getValue();
                    for (int i = 0; i < values.size(); i++) {
                        items.add(convert(values.get(i), path + "[" + i + "]", Optional.empty()));
                    }
                    return new RawList(items, location, path);
                }
                return convertMapping((MappingNode) node, location, path);
            } finally {
                ancestors.remove(node);
            }
        }

        private RawNode convertMapping(MappingNode mapping, SourceLocation location, String path) {
            List<RawMap.Entry> entries = new ArrayList<>();
            Map<String, SourceLocation> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                SourceLocation keyLocation = at(file, keyNode.getStartMark());
                if (!(keyNode instanceof ScalarNode keyScalar)) {
                    diagnostics.add(Diagnostic.error(keyLocation, path, ParseRule.YAML_SYNTAX.id(),
                            "a mapping key must be a plain value, not a mapping or sequence"));
                    continue;
                }
                String key = keyScalar.getValue();
                String childPath = childPath(path, key);
                SourceLocation first = seen.putIfAbsent(key, keyLocation);
                if (first != null) {
                    diagnostics.add(Diagnostic.error(keyLocation, childPath, ParseRule.DUPLICATE_KEY.id(),
                            "duplicate key '" + key + "'; it is first defined at line " + first.line()
                                    + ", column " + first.column() + " (each key may appear once)"));
                    continue;
                }
                Node valueNode = tuple.getValueNode();
                // An alias value has the anchor's marks; report it where it is used instead.
                Optional<SourceLocation> usedAt = valueNode.getStartMark()
                        .filter(m -> keyNode.getStartMark().isPresent()
                                && m.getIndex() < keyNode.getStartMark().get().getIndex())
                        .map(m -> keyLocation);
                entries.add(new RawMap.Entry(key, keyLocation, convert(valueNode, childPath, usedAt)));
            }
            return new RawMap(entries, location, path);
        }

        private static RawScalar.Kind kindOf(ScalarNode scalar) {
            Tag tag = scalar.getTag();
            if (Tag.INT.equals(tag)) {
                return RawScalar.Kind.INTEGER;
            }
            if (Tag.FLOAT.equals(tag)) {
                return RawScalar.Kind.NUMBER;
            }
            if (Tag.BOOL.equals(tag)) {
                return RawScalar.Kind.BOOLEAN;
            }
            if (Tag.NULL.equals(tag)) {
                return RawScalar.Kind.NULL;
            }
            return RawScalar.Kind.STRING;
        }
    }
}
