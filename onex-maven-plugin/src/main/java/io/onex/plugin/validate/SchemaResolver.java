package io.onex.plugin.validate;

import io.onex.plugin.model.JavaNames;
import io.onex.plugin.model.SchemaType;
import io.onex.plugin.model.SchemaType.Origin;
import io.onex.plugin.model.SourceLocation;
import io.onex.plugin.parse.RawList;
import io.onex.plugin.parse.RawMap;
import io.onex.plugin.parse.RawNode;
import io.onex.plugin.parse.RawScalar;
import io.onex.plugin.parse.SourceTree;
import io.onex.plugin.validate.SchemaFiles.NodeKey;
import io.onex.plugin.validate.SchemaFiles.SchemaFile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Resolves draft-07 JSON Schemas into {@link SchemaType}s: follows {@code $ref} within and across local files
 * under the schema root (through {@link SchemaFiles}, never fetching anything), detects cycles, refuses what it
 * cannot map faithfully, and names every object and enum type for Java.
 *
 * <p>Every schema node is resolved once, keyed by file and JSON pointer, so the same node reached twice is the
 * same type instance. Class names come from the node's title, or from its location: {@code /definitions/X}
 * gives {@code X}, a property adds its PascalCase name to the enclosing type's name, {@code items} adds
 * {@code Item}, {@code additionalProperties} adds {@code Value}, and a file root without title is named after
 * its file. Two different nodes with the same name are an error naming both.
 */
final class SchemaResolver {

    private static final List<String> TYPES = List.of("string", "integer", "number", "boolean", "object", "array");
    /**
     * Our one extension keyword: marks a free-text property whose value the generated codec redacts (spec section
     * 6.6). It marks the property, not its type, so it may stand beside {@code $ref} like {@code description}.
     */
    static final String REDACT = "x-onex-redact";
    /** The SDK's replacement text, {@code [REDACTED]}: a redacted string with a maxLength must have room for it. */
    private static final int REDACTED_LENGTH = "[REDACTED]".length();
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "title", "description",
            "default", "examples", "readOnly", "writeOnly", "definitions");
    private static final Map<String, Set<String>> TYPE_KEYWORDS = typeKeywords();
    private static final Set<String> UNSUPPORTED = Set.of("oneOf", "anyOf", "allOf", "not", "if", "then", "else",
            "patternProperties", "dependencies", "propertyNames", "const", "contains", "additionalItems",
            "multipleOf", "minProperties", "maxProperties", "contentMediaType", "contentEncoding");
    private static final Set<String> REF_SIBLINGS = Set.of("$ref", "description", "title", "$comment", REDACT);
    private static final Map<String, SchemaType.StringFormat> FORMATS = Map.of(
            "uuid", SchemaType.StringFormat.UUID,
            "date-time", SchemaType.StringFormat.DATE_TIME,
            "uri", SchemaType.StringFormat.URI);
    private static final Set<String> DRAFT_07 = Set.of("http://json-schema.org/draft-07/schema#",
            "http://json-schema.org/draft-07/schema", "https://json-schema.org/draft-07/schema#",
            "https://json-schema.org/draft-07/schema");
    private static final String SUPPORTED_KEYWORDS = String.join(", ", supportedKeywords());
    private static final String SUPPORTED_TYPES =
            "string, integer, number, boolean, object, array, each optionally with \"null\" (e.g. [\"array\", \"null\"])";

    private final SchemaFiles files;
    private final Diagnostics out;
    private final Map<NodeKey, Resolved> resolved = new HashMap<>();
    private final Deque<NodeKey> resolving = new ArrayDeque<>();
    private final Map<String, Named> classNames = new HashMap<>();

    SchemaResolver(SourceTree tree, Diagnostics out) {
        this(new SchemaFiles(tree, out), out);
    }

    SchemaResolver(SchemaFiles files, Diagnostics out) {
        this.files = files;
        this.out = out;
    }

    /** The files read so far, shared with {@link SchemaInliner}. */
    SchemaFiles files() {
        return files;
    }

    /** A resolved node: its type and whether it admits null ({@code type: [X, "null"]}). */
    record Resolved(SchemaType type, boolean nullable) {
    }

    private record Named(String javaName, NodeKey key, SourceLocation location) {
    }

    /**
     * Resolves the root of a schema file named in the catalog.
     *
     * @param relativePath path relative to the schema root, as written
     * @param referrer the catalog value naming the file (where problems are reported)
     * @param role the catalog key, for messages (e.g. {@code payload_schema})
     * @return the root's type, or empty when the file is missing or broken (already reported)
     */
    Optional<Resolved> resolveFile(String relativePath, Located<String> referrer, String role) {
        Optional<String> path = relativePath.contains("\\") || relativePath.startsWith("/")
                || relativePath.matches("[A-Za-z][A-Za-z0-9+.-]*:.*") ? Optional.empty()
                : SchemaFiles.normalize("", relativePath);
        if (path.isEmpty() || path.get().isEmpty()) {
            out.error(referrer.location(), referrer.path(), SchemaRule.SCHEMA_FILE.id(), role + " '" + relativePath
                    + "' must be a relative path to a file inside the catalog folder (the folder of topics.yaml)");
            return Optional.empty();
        }
        SchemaFile file = files.load(path.get());
        switch (file.status()) {
            case MISSING:
                out.error(referrer.location(), referrer.path(), SchemaRule.SCHEMA_FILE.id(), role + " '"
                        + relativePath + "' does not exist (no file " + file.displayPath() + ")");
                return Optional.empty();
            case UNREADABLE:
                out.error(referrer.location(), referrer.path(), SchemaRule.SCHEMA_FILE.id(), role + " '"
                        + relativePath + "' cannot be read: " + file.problem());
                return Optional.empty();
            case EMPTY:
                out.error(referrer.location(), referrer.path(), SchemaRule.SCHEMA_FILE.id(), role + " '"
                        + relativePath + "' is empty; expected a JSON Schema");
                return Optional.empty();
            case INVALID:
                return Optional.empty();
            default:
                return Optional.of(resolve(new NodeKey(file.path(), ""), file.root()));
        }
    }

    private Resolved resolve(NodeKey key, RawNode node) {
        Resolved cached = resolved.get(key);
        if (cached != null) {
            return cached;
        }
        resolving.addLast(key);
        Resolved result;
        try {
            result = compute(key, node);
        } finally {
            resolving.removeLast();
        }
        resolved.put(key, result);
        return result;
    }

    private Resolved compute(NodeKey key, RawNode node) {
        Origin origin = new Origin(node.location(), key.pointer());
        Resolved any = new Resolved(new SchemaType.AnyType(origin), false);
        if (node instanceof RawScalar scalar && scalar.kind() == RawScalar.Kind.BOOLEAN) {
            if (!Boolean.parseBoolean(scalar.text())) {
                error(node, SchemaRule.SCHEMA_KEYWORD, "the schema false (no value is valid) is not supported;"
                        + " supported are object schemas and true");
            }
            return any;
        }
        if (!(node instanceof RawMap map)) {
            error(node, SchemaRule.SCHEMA_VALUE, "a schema must be a JSON object, found " + node.describe());
            return any;
        }
        if (!isPropertySchema(key.pointer())) {
            map.entry(REDACT).ifPresent(e -> error(e, SchemaRule.SCHEMA_REDACT, REDACT + " marks a property; put it"
                    + " on the property's schema under properties, not on a definition, a root, items or map values"));
        }
        if (map.entry("$ref").isPresent()) {
            return followRef(key, map, any);
        }
        checkKeywords(key, map);
        Optional<RawMap.Entry> typeEntry = map.entry("type");
        if (typeEntry.isEmpty()) {
            List<String> needType = map.entries().stream().map(RawMap.Entry::key)
                    .filter(k -> TYPE_KEYWORDS.containsKey(k) || k.equals("enum")).toList();
            if (!needType.isEmpty()) {
                error(map, SchemaRule.SCHEMA_TYPE, "missing 'type': '" + needType.get(0)
                        + "' needs one; supported are " + SUPPORTED_TYPES);
            }
            return any;
        }
        Optional<TypeSpec> spec = typeSpec(typeEntry.get().value());
        if (spec.isEmpty()) {
            return any;
        }
        String type = spec.get().name();
        for (RawMap.Entry entry : map.entries()) {
            Set<String> applies = TYPE_KEYWORDS.get(entry.key());
            if (applies != null && !applies.contains(type)) {
                error(entry, SchemaRule.SCHEMA_KEYWORD, "keyword '" + entry.key() + "' applies to "
                        + String.join(" and ", new TreeSet<>(applies)) + ", not to " + type);
            }
        }
        if (map.entry("enum").isPresent() && !type.equals("string")) {
            error(map.entry("enum").get(), SchemaRule.SCHEMA_TYPE,
                    "enum is supported for strings only, not for " + type + "; supported are enums of strings");
            return any;
        }
        SchemaType result;
        switch (type) {
            case "string":
                result = map.entry("enum").isPresent() ? enumType(key, map, origin, spec.get().nullable())
                        : stringType(map, origin);
                break;
            case "integer":
                result = integerType(map, origin);
                break;
            case "number":
                result = numberType(map, origin);
                break;
            case "boolean":
                result = new SchemaType.BooleanType(origin);
                break;
            case "array":
                result = arrayType(key, map, origin);
                break;
            default:
                result = objectType(key, map, origin);
                break;
        }
        return new Resolved(result, spec.get().nullable());
    }

    private record TypeSpec(String name, boolean nullable) {
    }

    private Optional<TypeSpec> typeSpec(RawNode typeNode) {
        List<String> names = new ArrayList<>();
        if (typeNode instanceof RawScalar s && s.kind() == RawScalar.Kind.STRING) {
            names.add(s.text());
        } else if (typeNode instanceof RawList list) {
            for (RawNode item : list.items()) {
                if (item instanceof RawScalar s && s.kind() == RawScalar.Kind.STRING) {
                    if (!names.contains(s.text())) {
                        names.add(s.text());
                    }
                } else {
                    error(item, SchemaRule.SCHEMA_VALUE, "type names must be strings, found " + item.describe());
                    return Optional.empty();
                }
            }
        } else {
            error(typeNode, SchemaRule.SCHEMA_VALUE, "type must be a string or a list of strings, found "
                    + typeNode.describe());
            return Optional.empty();
        }
        boolean nullable = names.remove("null");
        for (String name : names) {
            if (!TYPES.contains(name)) {
                error(typeNode, SchemaRule.SCHEMA_TYPE, "unknown type '" + name + "'; supported are " + SUPPORTED_TYPES
                        + Suggestions.didYouMean(name, TYPES));
                return Optional.empty();
            }
        }
        if (names.isEmpty()) {
            error(typeNode, SchemaRule.SCHEMA_TYPE, "unsupported type: null alone; supported are " + SUPPORTED_TYPES);
            return Optional.empty();
        }
        if (names.size() > 1) {
            error(typeNode, SchemaRule.SCHEMA_TYPE, "unsupported type list " + names
                    + " with more than one non-null type; supported are " + SUPPORTED_TYPES);
            return Optional.empty();
        }
        return Optional.of(new TypeSpec(names.get(0), nullable));
    }

    private void checkKeywords(NodeKey key, RawMap map) {
        for (RawMap.Entry entry : map.entries()) {
            String keyword = entry.key();
            if (UNSUPPORTED.contains(keyword)) {
                error(entry, SchemaRule.SCHEMA_KEYWORD, "unsupported keyword '" + keyword + "'; supported are "
                        + SUPPORTED_KEYWORDS);
            } else if (keyword.equals("$id") && !key.pointer().isEmpty()) {
                error(entry, SchemaRule.SCHEMA_KEYWORD, "unsupported keyword '$id' below the root (it would change"
                        + " how $ref resolves); supported are " + SUPPORTED_KEYWORDS);
            } else if (keyword.equals("$schema")) {
                if (!(entry.value() instanceof RawScalar s && DRAFT_07.contains(s.text()))) {
                    error(entry, SchemaRule.SCHEMA_KEYWORD, "unsupported $schema " + describeValue(entry.value())
                            + "; supported is draft-07 (http://json-schema.org/draft-07/schema#)");
                }
            } else if (keyword.equals("definitions")) {
                if (!(entry.value() instanceof RawMap)) {
                    error(entry, SchemaRule.SCHEMA_VALUE, "definitions must be an object of schemas");
                }
            } else if (keyword.equals("title") || keyword.equals("description") || keyword.equals("$comment")) {
                if (!(entry.value() instanceof RawScalar s && s.kind() == RawScalar.Kind.STRING)) {
                    error(entry, SchemaRule.SCHEMA_VALUE, keyword + " must be a string, found "
                            + entry.value().describe());
                }
            } else if (!ANNOTATIONS.contains(keyword) && !TYPE_KEYWORDS.containsKey(keyword)
                    && !keyword.equals("type") && !keyword.equals("enum") && !keyword.equals(REDACT)) {
                error(entry, SchemaRule.SCHEMA_KEYWORD, "unknown keyword '" + keyword + "'"
                        + Suggestions.closest(keyword, supportedKeywords()).map(s -> "; did you mean '" + s + "'?")
                                .orElse("; supported are " + SUPPORTED_KEYWORDS));
            }
        }
    }

    private Resolved followRef(NodeKey key, RawMap map, Resolved any) {
        RawMap.Entry refEntry = map.entry("$ref").orElseThrow();
        for (RawMap.Entry entry : map.entries()) {
            if (!REF_SIBLINGS.contains(entry.key())) {
                error(entry, SchemaRule.SCHEMA_KEYWORD, "keyword '" + entry.key() + "' next to $ref is ignored by"
                        + " draft-07; move it into the referenced schema (beside $ref only description, title,"
                        + " $comment and " + REDACT + " are supported)");
            }
        }
        if (!(refEntry.value() instanceof RawScalar refScalar && refScalar.kind() == RawScalar.Kind.STRING)) {
            error(refEntry.value(), SchemaRule.SCHEMA_VALUE, "$ref must be a string, found "
                    + refEntry.value().describe());
            return any;
        }
        Optional<SchemaFiles.Target> target = files.follow(key.file(), refScalar);
        if (target.isEmpty()) {
            return any;
        }
        if (resolving.contains(target.get().key())) {
            files.cycle(refScalar, resolving, target.get().key(), "recursive types cannot become Java records");
            return any;
        }
        return resolve(target.get().key(), target.get().node());
    }

    private SchemaType enumType(NodeKey key, RawMap map, Origin origin, boolean nullable) {
        RawMap.Entry entry = map.entry("enum").orElseThrow();
        for (String keyword : List.of("format", "minLength", "maxLength", "pattern")) {
            map.entry(keyword).ifPresent(e -> error(e, SchemaRule.SCHEMA_KEYWORD, "keyword '" + keyword
                    + "' has no effect together with enum; remove it"));
        }
        List<String> values = new ArrayList<>();
        if (!(entry.value() instanceof RawList list) || list.items().isEmpty()) {
            error(entry.value(), SchemaRule.SCHEMA_VALUE, "enum must be a non-empty list of strings");
        } else {
            for (RawNode item : list.items()) {
                if (item instanceof RawScalar s && s.kind() == RawScalar.Kind.STRING) {
                    if (values.contains(s.text())) {
                        error(item, SchemaRule.SCHEMA_VALUE, "enum value '" + s.text() + "' is listed twice");
                    }
                    values.add(s.text());
                } else if (!(nullable && item instanceof RawScalar s && s.isNull())) {
                    error(item, SchemaRule.SCHEMA_TYPE, "enum values must be strings, found " + item.describe()
                            + "; supported are enums of strings");
                }
            }
        }
        return new SchemaType.EnumType(className(key, map, origin), description(map), values, origin);
    }

    private SchemaType stringType(RawMap map, Origin origin) {
        SchemaType.StringFormat format = SchemaType.StringFormat.NONE;
        Optional<RawMap.Entry> formatEntry = map.entry("format");
        if (formatEntry.isPresent()) {
            String name = formatEntry.get().value() instanceof RawScalar s ? s.text() : "";
            format = FORMATS.get(name);
            if (format == null) {
                error(formatEntry.get(), SchemaRule.SCHEMA_KEYWORD, "unsupported format " + describeValue(
                        formatEntry.get().value()) + "; supported are " + String.join(", ", new TreeSet<>(FORMATS.keySet())));
                format = SchemaType.StringFormat.NONE;
            }
        }
        Integer minLength = nonNegative(map, "minLength");
        Integer maxLength = nonNegative(map, "maxLength");
        if (minLength != null && maxLength != null && minLength > maxLength) {
            error(map.entry("minLength").orElseThrow(), SchemaRule.SCHEMA_VALUE, "minLength " + minLength
                    + " exceeds maxLength " + maxLength + "; no string is valid");
        }
        String pattern = null;
        Optional<RawMap.Entry> patternEntry = map.entry("pattern");
        if (patternEntry.isPresent()) {
            if (patternEntry.get().value() instanceof RawScalar s && s.kind() == RawScalar.Kind.STRING) {
                try {
                    Pattern.compile(s.text());
                    pattern = s.text();
                } catch (PatternSyntaxException e) {
                    error(patternEntry.get().value(), SchemaRule.SCHEMA_PATTERN, "pattern '" + s.text()
                            + "' does not compile as a Java regular expression: " + e.getDescription()
                            + " near index " + e.getIndex());
                }
            } else {
                error(patternEntry.get().value(), SchemaRule.SCHEMA_VALUE, "pattern must be a string");
            }
        }
        return new SchemaType.StringType(format, minLength, maxLength, pattern, origin);
    }

    private SchemaType integerType(RawMap map, Origin origin) {
        Long low = null;
        Long high = null;
        try {
            BigDecimal minimum = number(map, "minimum");
            BigDecimal exclusiveMinimum = number(map, "exclusiveMinimum");
            BigDecimal maximum = number(map, "maximum");
            BigDecimal exclusiveMaximum = number(map, "exclusiveMaximum");
            if (minimum != null) {
                low = minimum.setScale(0, RoundingMode.CEILING).longValueExact();
            }
            if (exclusiveMinimum != null) {
                long bound = exclusiveMinimum.setScale(0, RoundingMode.FLOOR).longValueExact() + 1;
                low = low == null ? bound : Math.max(low, bound);
            }
            if (maximum != null) {
                high = maximum.setScale(0, RoundingMode.FLOOR).longValueExact();
            }
            if (exclusiveMaximum != null) {
                long bound = exclusiveMaximum.setScale(0, RoundingMode.CEILING).longValueExact() - 1;
                high = high == null ? bound : Math.min(high, bound);
            }
        } catch (ArithmeticException e) {
            error(map, SchemaRule.SCHEMA_VALUE, "integer bounds must lie within the range of a Java long");
            return new SchemaType.IntegerType(null, null, origin);
        }
        if (low != null && high != null && low > high) {
            error(map, SchemaRule.SCHEMA_VALUE, "the lower bound " + low + " exceeds the upper bound " + high
                    + "; no integer is valid");
        }
        return new SchemaType.IntegerType(low, high, origin);
    }

    private SchemaType numberType(RawMap map, Origin origin) {
        BigDecimal minimum = number(map, "minimum");
        BigDecimal exclusiveMinimum = number(map, "exclusiveMinimum");
        BigDecimal maximum = number(map, "maximum");
        BigDecimal exclusiveMaximum = number(map, "exclusiveMaximum");
        boolean minimumExclusive = exclusiveMinimum != null
                && (minimum == null || exclusiveMinimum.compareTo(minimum) >= 0);
        boolean maximumExclusive = exclusiveMaximum != null
                && (maximum == null || exclusiveMaximum.compareTo(maximum) <= 0);
        BigDecimal low = minimumExclusive ? exclusiveMinimum : minimum;
        BigDecimal high = maximumExclusive ? exclusiveMaximum : maximum;
        if (low != null && high != null && (low.compareTo(high) > 0
                || low.compareTo(high) == 0 && (minimumExclusive || maximumExclusive))) {
            error(map, SchemaRule.SCHEMA_VALUE, "the lower bound " + low.toPlainString() + " is not below the upper"
                    + " bound " + high.toPlainString() + "; no number is valid");
        }
        return new SchemaType.NumberType(low, high, origin, minimumExclusive, maximumExclusive);
    }

    private SchemaType arrayType(NodeKey key, RawMap map, Origin origin) {
        Optional<RawMap.Entry> items = map.entry("items");
        SchemaType itemType = new SchemaType.AnyType(origin);
        if (items.isPresent()) {
            if (items.get().value() instanceof RawList) {
                error(items.get(), SchemaRule.SCHEMA_KEYWORD, "unsupported keyword form: items as a list of"
                        + " schemas (tuples); supported is one schema for every item");
            } else {
                Resolved item = resolve(new NodeKey(key.file(), items.get().value().path()), items.get().value());
                if (item.nullable()) {
                    error(items.get(), SchemaRule.SCHEMA_TYPE, "unsupported: list items that may be null; null is"
                            + " supported for properties only");
                }
                itemType = item.type();
            }
        }
        Integer minItems = nonNegative(map, "minItems");
        Integer maxItems = nonNegative(map, "maxItems");
        if (minItems != null && maxItems != null && minItems > maxItems) {
            error(map.entry("minItems").orElseThrow(), SchemaRule.SCHEMA_VALUE, "minItems " + minItems
                    + " exceeds maxItems " + maxItems + "; no list is valid");
        }
        boolean uniqueItems = false;
        Optional<RawMap.Entry> unique = map.entry("uniqueItems");
        if (unique.isPresent()) {
            if (unique.get().value() instanceof RawScalar s && s.kind() == RawScalar.Kind.BOOLEAN) {
                uniqueItems = Boolean.parseBoolean(s.text());
            } else {
                error(unique.get().value(), SchemaRule.SCHEMA_VALUE, "uniqueItems must be true or false");
            }
        }
        return new SchemaType.ArrayType(itemType, minItems, maxItems, uniqueItems, origin);
    }

    private SchemaType objectType(NodeKey key, RawMap map, Origin origin) {
        RawMap properties = null;
        Optional<RawMap.Entry> propertiesEntry = map.entry("properties");
        if (propertiesEntry.isPresent()) {
            if (propertiesEntry.get().value() instanceof RawMap m) {
                properties = m;
            } else {
                error(propertiesEntry.get().value(), SchemaRule.SCHEMA_VALUE, "properties must be an object of"
                        + " schemas");
            }
        }
        Boolean additional = null;
        RawNode additionalSchema = null;
        Optional<RawMap.Entry> additionalEntry = map.entry("additionalProperties");
        if (additionalEntry.isPresent()) {
            RawNode value = additionalEntry.get().value();
            if (value instanceof RawScalar s && s.kind() == RawScalar.Kind.BOOLEAN) {
                additional = Boolean.parseBoolean(s.text());
            } else if (value instanceof RawMap) {
                additionalSchema = value;
            } else {
                error(value, SchemaRule.SCHEMA_VALUE, "additionalProperties must be true, false or a schema");
            }
        }
        Map<String, RawNode> required = required(map);
        if (properties == null) {
            required.values().forEach(node -> error(node, SchemaRule.SCHEMA_VALUE, "required names '"
                    + ((RawScalar) node).text() + "' but the object declares no properties"));
            if (Boolean.FALSE.equals(additional)) {
                return new SchemaType.ObjectType(className(key, map, origin), description(map), List.of(), true,
                        origin);
            }
            if (additionalSchema == null) {
                return new SchemaType.MapType(new SchemaType.AnyType(origin), origin);
            }
            Resolved values = resolve(new NodeKey(key.file(), additionalSchema.path()), additionalSchema);
            if (values.nullable()) {
                error(additionalEntry.get(), SchemaRule.SCHEMA_TYPE, "unsupported: map values that may be null;"
                        + " null is supported for properties only");
            }
            return new SchemaType.MapType(values.type(), origin);
        }
        if (additionalSchema != null) {
            error(additionalEntry.get(), SchemaRule.SCHEMA_KEYWORD, "unsupported: additionalProperties as a schema"
                    + " together with properties; supported are properties with additionalProperties true or false,"
                    + " or additionalProperties as a schema without properties (a map)");
        }
        String javaName = className(key, map, origin);
        List<SchemaType.Property> list = new ArrayList<>();
        Map<String, String> javaNames = new HashMap<>();
        for (RawMap.Entry entry : properties.entries()) {
            Resolved property = resolve(new NodeKey(key.file(), entry.value().path()), entry.value());
            String propertyName = JavaNames.propertyName(entry.key());
            if (!JavaNames.isIdentifier(propertyName)) {
                error(entry, SchemaRule.JAVA_NAME, "property name '" + entry.key() + "' gives no Java identifier ('"
                        + propertyName + "'); use snake_case letters and digits, starting with a letter");
            } else {
                String other = javaNames.putIfAbsent(propertyName, entry.key());
                if (other != null) {
                    error(entry, SchemaRule.JAVA_NAME, "property '" + entry.key() + "' and property '" + other
                            + "' both become the Java name '" + propertyName + "'; rename one");
                }
            }
            list.add(new SchemaType.Property(entry.key(), propertyName, property.type(),
                    required.containsKey(entry.key()), property.nullable(), propertyDescription(entry.value(), property.type()),
                    redacted(entry.value(), property.type())));
        }
        for (Map.Entry<String, RawNode> name : required.entrySet()) {
            if (properties.get(name.getKey()).isEmpty()) {
                error(name.getValue(), SchemaRule.SCHEMA_VALUE, "required names '" + name.getKey()
                        + "', which is not among the properties" + Suggestions.didYouMean(name.getKey(),
                                properties.entries().stream().map(RawMap.Entry::key).toList()));
            }
        }
        return new SchemaType.ObjectType(javaName, description(map), list, Boolean.FALSE.equals(additional), origin);
    }

    /**
     * Whether a property schema carries {@code "x-onex-redact": true} on a type the generated codec can redact
     * without breaking the schema: a string without format or pattern (redaction rewrites its text, so a pattern
     * could break, and uuids, date-times and uris are not free text) whose maxLength, if any, has room for
     * {@code [REDACTED]}, or a free-form object (any JSON value per entry), redacted entry by entry.
     */
    private boolean redacted(RawNode propertySchema, SchemaType type) {
        Optional<RawMap.Entry> mark = propertySchema instanceof RawMap m ? m.entry(REDACT) : Optional.empty();
        if (mark.isEmpty()) {
            return false;
        }
        RawNode value = mark.get().value();
        if (!(value instanceof RawScalar s && s.kind() == RawScalar.Kind.BOOLEAN && Boolean.parseBoolean(s.text()))) {
            error(mark.get(), SchemaRule.SCHEMA_REDACT, REDACT + " must be true, found " + describeValue(value)
                    + "; redaction cannot be switched off in a schema: leave the keyword out of fields that are not"
                    + " free text");
            return false;
        }
        Optional<String> problem = notRedactable(type);
        problem.ifPresent(p -> error(mark.get(), SchemaRule.SCHEMA_REDACT, REDACT + " marks free text; " + p));
        return problem.isEmpty();
    }

    private static Optional<String> notRedactable(SchemaType type) {
        if (type instanceof SchemaType.StringType s) {
            if (s.format() != SchemaType.StringFormat.NONE) {
                return Optional.of("a string with format " + s.format().name().toLowerCase(Locale.ROOT).replace('_', '-')
                        + " is an identifier or a value, not text to redact");
            }
            if (s.pattern() != null) {
                return Optional.of("a string with a pattern is a code, and a redacted value could break the pattern;"
                        + " remove the pattern or the keyword");
            }
            if (s.maxLength() != null && s.maxLength() < REDACTED_LENGTH) {
                return Optional.of("maxLength " + s.maxLength() + " leaves no room for [REDACTED] ("
                        + REDACTED_LENGTH + " characters), which replaces a value that grows too long when redacted");
            }
            return Optional.empty();
        }
        if (type instanceof SchemaType.MapType m) {
            return m.values() instanceof SchemaType.AnyType ? Optional.empty()
                    : Optional.of("a map with typed values cannot take [REDACTED] in place of a value; only a"
                            + " free-form object (additionalProperties any JSON value) is redacted entry by entry");
        }
        String kind;
        if (type instanceof SchemaType.EnumType) {
            kind = "an enum";
        } else if (type instanceof SchemaType.ObjectType) {
            kind = "an object with properties (mark its free-text properties instead)";
        } else if (type instanceof SchemaType.ArrayType) {
            kind = "an array";
        } else if (type instanceof SchemaType.AnyType) {
            kind = "a value of any type";
        } else {
            kind = "a number or a boolean";
        }
        return Optional.of("it applies to strings and free-form objects, not to " + kind);
    }

    /**
     * True when the pointer names a schema under an object's {@code properties} ({@code .../properties/<name>}),
     * as opposed to, say, a definition that happens to be called {@code properties}.
     */
    static boolean isPropertySchema(String pointer) {
        if (pointer.isEmpty()) {
            return false;
        }
        String[] tokens = pointer.substring(1).split("/", -1);
        boolean property = false;
        for (int i = 0; i < tokens.length; i++) {
            boolean member = (tokens[i].equals("definitions") || tokens[i].equals("properties")) && i + 1 < tokens.length;
            property = member && tokens[i].equals("properties");
            if (member) {
                i++;
            }
        }
        return property;
    }

    private Map<String, RawNode> required(RawMap map) {
        Map<String, RawNode> names = new LinkedHashMap<>();
        Optional<RawMap.Entry> entry = map.entry("required");
        if (entry.isEmpty()) {
            return names;
        }
        if (!(entry.get().value() instanceof RawList list)) {
            error(entry.get().value(), SchemaRule.SCHEMA_VALUE, "required must be a list of property names");
            return names;
        }
        for (RawNode item : list.items()) {
            if (item instanceof RawScalar s && s.kind() == RawScalar.Kind.STRING) {
                if (names.putIfAbsent(s.text(), item) != null) {
                    error(item, SchemaRule.SCHEMA_VALUE, "required lists '" + s.text() + "' twice");
                }
            } else {
                error(item, SchemaRule.SCHEMA_VALUE, "required must list property names, found " + item.describe());
            }
        }
        return names;
    }

    /** Names an object or enum type and reports invalid titles and clashes with other nodes. */
    private String className(NodeKey key, RawMap map, Origin origin) {
        Optional<String> title = stringValue(map, "title");
        String name = nameFor(key);
        if (title.isPresent() && !JavaNames.isClassName(name)) {
            error(map.entry("title").orElseThrow(), SchemaRule.JAVA_NAME, "title '" + title.get()
                    + "' is not a Java class name; write it in PascalCase (letters and digits, starting with an"
                    + " upper-case letter), e.g. " + suggestClassName(title.get()));
        } else if (!JavaNames.isClassName(name)) {
            error(map, SchemaRule.JAVA_NAME, "no Java class name can be derived for this schema ('" + name
                    + "'); give it a PascalCase title");
        }
        Named first = classNames.putIfAbsent(name.toLowerCase(Locale.ROOT), new Named(name, key, origin.location()));
        if (first != null && !first.key().equals(key)) {
            String names = first.javaName().equals(name) ? "Java class name '" + name + "' is"
                    : "Java class names '" + first.javaName() + "' and '" + name + "' (equal but for case) are";
            error(map, SchemaRule.JAVA_NAME_CLASH, names + " produced by two schemas: " + first.key() + " ("
                    + first.location() + ") and " + key + " (" + origin.location() + "); give one of them a"
                    + " distinct title");
        }
        return name;
    }

    private static String suggestClassName(String title) {
        String pascal = JavaNames.pascalCase(title.replaceAll("[^A-Za-z0-9_ .-]", " "));
        return JavaNames.isClassName(pascal) ? pascal : "NodeHeartbeatPayload";
    }

    /** The class name the node's location gives it (see the class comment). */
    private String nameFor(NodeKey key) {
        SchemaFile file = files.loaded(key.file());
        RawNode node = file.root();
        String name = stringValue(node, "title").orElse(fileBaseName(key.file()));
        List<String> tokens = key.pointer().isEmpty() ? List.of()
                : List.of(key.pointer().substring(1).split("/", -1));
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i).replace("~1", "/").replace("~0", "~");
            node = child(node, token);
            if ((token.equals("definitions") || token.equals("properties")) && i + 1 < tokens.size()) {
                String member = tokens.get(++i).replace("~1", "/").replace("~0", "~");
                node = child(node, member);
                name = token.equals("definitions") ? JavaNames.pascalCase(member) : name + JavaNames.pascalCase(member);
            } else if (token.equals("items")) {
                name = name + "Item";
            } else if (token.equals("additionalProperties")) {
                name = name + "Value";
            } else {
                name = name + JavaNames.pascalCase(token);
            }
            Optional<String> title = stringValue(node, "title");
            if (title.isPresent()) {
                name = title.get();
            }
        }
        return name;
    }

    private static RawNode child(RawNode node, String token) {
        if (node instanceof RawMap m) {
            return m.get(token).orElse(null);
        }
        if (node instanceof RawList l && token.matches("[0-9]+") && Integer.parseInt(token) < l.items().size()) {
            return l.items().get(Integer.parseInt(token));
        }
        return null;
    }

    private static String fileBaseName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return JavaNames.pascalCase(dot > 0 ? name.substring(0, dot) : name);
    }

    private static Optional<String> stringValue(RawNode node, String key) {
        if (node instanceof RawMap m && m.get(key).orElse(null) instanceof RawScalar s
                && s.kind() == RawScalar.Kind.STRING) {
            return Optional.of(s.text());
        }
        return Optional.empty();
    }

    private static String description(RawMap map) {
        return stringValue(map, "description").orElse("");
    }

    /** A property's own description; for a $ref without one, the referenced object's or enum's. */
    private static String propertyDescription(RawNode propertySchema, SchemaType type) {
        Optional<String> own = stringValue(propertySchema, "description");
        if (own.isPresent()) {
            return own.get();
        }
        if (type instanceof SchemaType.ObjectType o) {
            return o.description();
        }
        return type instanceof SchemaType.EnumType e ? e.description() : "";
    }

    private Integer nonNegative(RawMap map, String keyword) {
        Optional<RawMap.Entry> entry = map.entry(keyword);
        if (entry.isEmpty()) {
            return null;
        }
        if (entry.get().value() instanceof RawScalar s && s.kind() == RawScalar.Kind.INTEGER) {
            try {
                int value = Integer.parseInt(s.text());
                if (value >= 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        error(entry.get().value(), SchemaRule.SCHEMA_VALUE, keyword + " must be a non-negative integer, found "
                + entry.get().value().describe());
        return null;
    }

    private BigDecimal number(RawMap map, String keyword) {
        Optional<RawMap.Entry> entry = map.entry(keyword);
        if (entry.isEmpty()) {
            return null;
        }
        RawNode value = entry.get().value();
        if (value instanceof RawScalar s && (s.kind() == RawScalar.Kind.INTEGER || s.kind() == RawScalar.Kind.NUMBER)) {
            return new BigDecimal(s.text());
        }
        String hint = value instanceof RawScalar s && s.kind() == RawScalar.Kind.BOOLEAN
                && keyword.startsWith("exclusive") ? " (in draft-07 " + keyword + " is the bound itself, not a"
                        + " boolean as in draft-04)" : "";
        error(value, SchemaRule.SCHEMA_VALUE, keyword + " must be a number, found " + value.describe() + hint);
        return null;
    }

    private void error(RawNode node, SchemaRule rule, String message) {
        out.error(node.location(), node.path(), rule.id(), message);
    }

    private void error(RawMap.Entry entry, SchemaRule rule, String message) {
        out.error(entry.keyLocation(), entry.value().path(), rule.id(), message);
    }

    private static String describeValue(RawNode node) {
        return node instanceof RawScalar s && s.kind() == RawScalar.Kind.STRING ? "'" + s.text() + "'"
                : node.describe();
    }

    private static Map<String, Set<String>> typeKeywords() {
        Map<String, Set<String>> map = new HashMap<>();
        for (String k : List.of("properties", "required", "additionalProperties")) {
            map.put(k, Set.of("object"));
        }
        for (String k : List.of("items", "minItems", "maxItems", "uniqueItems")) {
            map.put(k, Set.of("array"));
        }
        for (String k : List.of("format", "minLength", "maxLength", "pattern")) {
            map.put(k, Set.of("string"));
        }
        for (String k : List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")) {
            map.put(k, Set.of("integer", "number"));
        }
        return Map.copyOf(map);
    }

    private static Set<String> supportedKeywords() {
        Set<String> all = new TreeSet<>(ANNOTATIONS);
        all.addAll(TYPE_KEYWORDS.keySet());
        all.add("type");
        all.add("enum");
        all.add("$ref");
        all.add(REDACT);
        return new LinkedHashSet<>(all);
    }
}
