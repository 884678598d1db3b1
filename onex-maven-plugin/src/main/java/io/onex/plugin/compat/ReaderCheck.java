package io.onex.plugin.compat;

import io.onex.plugin.model.SourceLocation;
import io.onex.plugin.parse.JsonWriter;
import io.onex.plugin.parse.RawList;
import io.onex.plugin.parse.RawMap;
import io.onex.plugin.parse.RawNode;
import io.onex.plugin.parse.RawScalar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Our own, reader-centred comparison of two JSON Schemas: can every value valid under the writer's
 * schema be read by a consumer validating with the reader's schema? It follows the value space, not
 * the text, so it sees narrowings the registry's diff misses (for example a union whose alternatives
 * shrink while its keyword changes from {@code oneOf} to {@code anyOf}).
 *
 * <p>It reads any draft-07 schema as a raw tree (the schemas of a baseline, of a plain folder or of a
 * registry may use keywords code generation refuses). One deliberate assumption: writers send only the
 * properties their schema declares. ONEX producers serialize generated records, so a property added to
 * an open content model cannot collide with anything already written; the registry, which cannot know
 * that, refuses such a change.
 *
 * <p>Keywords outside the supported subset ({@code not}, {@code if}/{@code then}/{@code else},
 * {@code patternProperties}, {@code dependencies}, {@code propertyNames}, {@code contains}, a
 * multi-schema {@code allOf}, tuple {@code items}) make the check {@link #confident() not confident}:
 * then it never claims that readers would cope.
 */
public final class ReaderCheck {

    private static final Set<String> ALL_TYPES = Set.of("null", "boolean", "object", "array", "number", "integer",
            "string");
    private static final List<String> UNSUPPORTED = List.of("not", "if", "then", "else", "patternProperties",
            "dependencies", "propertyNames", "contains", "additionalItems");
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "$comment", "examples",
            "default", "$schema", "$id", "definitions", "readOnly", "writeOnly");
    private static final RawNode ANY = new RawScalar(RawScalar.Kind.BOOLEAN, "true", SourceLocation.of("(any)"), "");

    private final List<ReaderBreak> breaks = new ArrayList<>();
    private boolean confident = true;

    private ReaderCheck() {
    }

    /** Compares writer and reader schemas (both self-contained, {@code $ref}s inlined). */
    public static ReaderCheck compare(RawNode writer, RawNode reader) {
        ReaderCheck check = new ReaderCheck();
        check.covers(writer, reader, "");
        return check;
    }

    public List<ReaderBreak> breaks() {
        return List.copyOf(breaks);
    }

    /** False when a schema used keywords this check does not model. */
    public boolean confident() {
        return confident;
    }

    /** Records into {@code breaks} every way a value valid under {@code w} may be invalid under {@code r}. */
    private void covers(RawNode w, RawNode r, String at) {
        noteUnsupported(w);
        noteUnsupported(r);
        if (acceptsAnything(r) || rejectsEverything(w)) {
            return;
        }
        if (rejectsEverything(r)) {
            add(at, "SCHEMA_CLOSED", "readers accept no value here at all");
            return;
        }
        Optional<RawList> wUnion = union(w);
        if (wUnion.isPresent()) {
            for (RawNode alternative : wUnion.get().items()) {
                covers(withoutUnion(w, alternative), r, at);
            }
            return;
        }
        Optional<RawList> rUnion = union(r);
        if (rUnion.isPresent()) {
            coversByUnion(w, r, rUnion.get(), at);
            return;
        }
        if (get(r, "allOf").orElse(null) instanceof RawList all) {
            for (RawNode part : all.items()) {
                covers(w, part, at + "/allOf");
            }
        }
        Set<String> wTypes = types(w);
        Set<String> rTypes = types(r);
        Set<String> missing = new TreeSet<>();
        for (String t : wTypes) {
            if (!rTypes.contains(t) && !(t.equals("integer") && rTypes.contains("number"))) {
                missing.add(t);
            }
        }
        if (!missing.isEmpty()) {
            add(at, "TYPE_NARROWED", "writers may send " + String.join(" or ", missing) + ", readers accept only "
                    + String.join(" or ", new TreeSet<>(rTypes)));
        }
        compareEnum(w, r, at);
        if (overlaps(wTypes, "number", "integer") && overlaps(rTypes, "number", "integer")) {
            compareNumbers(w, r, at);
        }
        if (wTypes.contains("string") && rTypes.contains("string")) {
            compareStrings(w, r, at);
        }
        if (wTypes.contains("object") && rTypes.contains("object")) {
            compareObjects(w, r, at);
        }
        if (wTypes.contains("array") && rTypes.contains("array")) {
            compareArrays(w, r, at);
        }
    }

    private void coversByUnion(RawNode w, RawNode r, RawList alternatives, String at) {
        String keyword = get(r, "oneOf").isPresent() ? "oneOf" : "anyOf";
        int accepting = 0;
        for (int i = 0; i < alternatives.items().size(); i++) {
            ReaderCheck branch = new ReaderCheck();
            branch.covers(w, withoutUnion(r, alternatives.items().get(i)), at + "/" + keyword + "/" + i);
            confident &= branch.confident;
            if (branch.breaks.isEmpty()) {
                accepting++;
            }
        }
        if (accepting == 0) {
            add(at, "UNION_NARROWED", "writers may send " + describe(w) + ", which no alternative of the readers' "
                    + keyword + " accepts");
        } else if (keyword.equals("oneOf") && accepting > 1) {
            add(at, "ONE_OF_AMBIGUOUS", "a value writers may send (" + describe(w) + ") matches " + accepting
                    + " alternatives of the readers' oneOf, which requires exactly one");
        }
    }

    private void compareEnum(RawNode w, RawNode r, String at) {
        Map<String, RawNode> rValues = enumValues(r);
        if (rValues == null) {
            return;
        }
        Map<String, RawNode> wValues = enumValues(w);
        if (wValues == null) {
            add(at, "ENUM_RESTRICTED", "readers accept only " + text(rValues) + ", writers any " + describe(w));
            return;
        }
        Map<String, RawNode> removed = new LinkedHashMap<>(wValues);
        removed.keySet().removeAll(rValues.keySet());
        if (!removed.isEmpty()) {
            add(at, "ENUM_VALUE_REMOVED", "writers may send " + text(removed) + ", which readers do not accept");
        }
    }

    private void compareNumbers(RawNode w, RawNode r, String at) {
        BigDecimal rMin = bound(r, "minimum");
        BigDecimal wMin = bound(w, "minimum");
        if (rMin != null && (wMin == null || wMin.compareTo(rMin) < 0)) {
            add(at, "RANGE_NARROWED", "readers require minimum " + rMin.toPlainString() + ", writers "
                    + (wMin == null ? "have no minimum" : "may send " + wMin.toPlainString()));
        }
        BigDecimal rMax = bound(r, "maximum");
        BigDecimal wMax = bound(w, "maximum");
        if (rMax != null && (wMax == null || wMax.compareTo(rMax) > 0)) {
            add(at, "RANGE_NARROWED", "readers require maximum " + rMax.toPlainString() + ", writers "
                    + (wMax == null ? "have no maximum" : "may send " + wMax.toPlainString()));
        }
        exclusive(w, r, at, "exclusiveMinimum", -1);
        exclusive(w, r, at, "exclusiveMaximum", 1);
        BigDecimal rStep = bound(r, "multipleOf");
        BigDecimal wStep = bound(w, "multipleOf");
        if (rStep != null && (wStep == null || wStep.remainder(rStep).signum() != 0)) {
            add(at, "MULTIPLE_OF_CHANGED", "readers require multiples of " + rStep.toPlainString());
        }
    }

    /** direction -1: exclusiveMinimum (writers must stay above); +1: exclusiveMaximum (below). */
    private void exclusive(RawNode w, RawNode r, String at, String keyword, int direction) {
        BigDecimal rb = bound(r, keyword);
        if (rb == null) {
            return;
        }
        BigDecimal wb = bound(w, keyword);
        BigDecimal wInclusive = bound(w, direction < 0 ? "minimum" : "maximum");
        boolean ok = (wb != null && wb.compareTo(rb) * direction <= 0)
                || (wInclusive != null && wInclusive.compareTo(rb) * direction < 0);
        if (!ok) {
            add(at, "RANGE_NARROWED", "readers require " + keyword + " " + rb.toPlainString());
        }
    }

    private void compareStrings(RawNode w, RawNode r, String at) {
        BigDecimal rMin = bound(r, "minLength");
        BigDecimal wMin = bound(w, "minLength");
        if (rMin != null && rMin.signum() > 0 && (wMin == null || wMin.compareTo(rMin) < 0)) {
            add(at, "LENGTH_NARROWED", "readers require at least " + rMin + " characters");
        }
        BigDecimal rMax = bound(r, "maxLength");
        BigDecimal wMax = bound(w, "maxLength");
        if (rMax != null && (wMax == null || wMax.compareTo(rMax) > 0)) {
            add(at, "LENGTH_NARROWED", "readers allow at most " + rMax + " characters");
        }
        Optional<String> rPattern = scalarText(r, "pattern");
        if (rPattern.isPresent() && !rPattern.equals(scalarText(w, "pattern"))) {
            add(at, "PATTERN_CHANGED", "readers require the pattern " + rPattern.get() + ", which strings valid for"
                    + " writers need not match");
        }
        Optional<String> rFormat = scalarText(r, "format");
        if (rFormat.isPresent() && !rFormat.equals(scalarText(w, "format"))) {
            add(at, "FORMAT_CHANGED", "readers require format " + rFormat.get());
        }
    }

    private void compareObjects(RawNode w, RawNode r, String at) {
        Set<String> wRequired = strings(get(w, "required"));
        for (String name : strings(get(r, "required"))) {
            if (!wRequired.contains(name)) {
                add(at + "/required", "REQUIRED_ADDED", "readers require '" + name + "', which writers may omit");
            }
        }
        RawMap rProps = get(r, "properties").orElse(null) instanceof RawMap m ? m : null;
        Optional<RawNode> rAdditional = get(r, "additionalProperties");
        boolean readerClosed = rAdditional.filter(ReaderCheck::isFalse).isPresent();
        Optional<RawMap> readerValues = rAdditional.filter(RawMap.class::isInstance).map(RawMap.class::cast);
        if (get(w, "properties").orElse(null) instanceof RawMap wProps) {
            for (RawMap.Entry property : wProps.entries()) {
                String name = property.key();
                String child = at + "/properties/" + name.replace("~", "~0").replace("/", "~1");
                Optional<RawNode> readerProperty = rProps == null ? Optional.empty() : rProps.get(name);
                if (readerProperty.isPresent()) {
                    covers(property.value(), readerProperty.get(), child);
                } else if (readerClosed) {
                    add(child, "PROPERTY_REJECTED", "writers may send '" + name + "', which the readers' closed"
                            + " content model (additionalProperties: false) rejects");
                } else if (readerValues.isPresent()) {
                    covers(property.value(), readerValues.get(), child);
                }
            }
        }
        Optional<RawNode> wAdditional = get(w, "additionalProperties");
        boolean writerExplicitlyOpen = wAdditional.filter(a -> isTrue(a) || a instanceof RawMap).isPresent();
        if (writerExplicitlyOpen && readerClosed) {
            // An explicitly open writer model (additionalProperties: true or a schema) promises extra properties.
            add(at + "/additionalProperties", "CONTENT_MODEL_CLOSED", "writers may send properties beyond the"
                    + " declared ones, which the readers' closed content model rejects");
        }
        if (wAdditional.orElse(null) instanceof RawMap writerValues && readerValues.isPresent()) {
            covers(writerValues, readerValues.get(), at + "/additionalProperties");
        }
        BigDecimal rMin = bound(r, "minProperties");
        BigDecimal wMin = bound(w, "minProperties");
        if (rMin != null && (wMin == null || wMin.compareTo(rMin) < 0)) {
            add(at, "SIZE_NARROWED", "readers require at least " + rMin + " properties");
        }
        BigDecimal rMax = bound(r, "maxProperties");
        BigDecimal wMax = bound(w, "maxProperties");
        if (rMax != null && (wMax == null || wMax.compareTo(rMax) > 0)) {
            add(at, "SIZE_NARROWED", "readers allow at most " + rMax + " properties");
        }
    }

    private void compareArrays(RawNode w, RawNode r, String at) {
        Optional<RawNode> wItems = get(w, "items");
        Optional<RawNode> rItems = get(r, "items");
        if (rItems.orElse(null) instanceof RawList || wItems.orElse(null) instanceof RawList) {
            confident = false; // tuple validation is outside the modelled subset
        } else if (rItems.isPresent()) {
            covers(wItems.orElse(ANY), rItems.get(), at + "/items");
        }
        BigDecimal rMin = bound(r, "minItems");
        BigDecimal wMin = bound(w, "minItems");
        if (rMin != null && rMin.signum() > 0 && (wMin == null || wMin.compareTo(rMin) < 0)) {
            add(at, "SIZE_NARROWED", "readers require at least " + rMin + " items");
        }
        BigDecimal rMax = bound(r, "maxItems");
        BigDecimal wMax = bound(w, "maxItems");
        if (rMax != null && (wMax == null || wMax.compareTo(rMax) > 0)) {
            add(at, "SIZE_NARROWED", "readers allow at most " + rMax + " items");
        }
        if (get(r, "uniqueItems").filter(ReaderCheck::isTrue).isPresent()
                && get(w, "uniqueItems").filter(ReaderCheck::isTrue).isEmpty()) {
            add(at, "UNIQUE_ITEMS_ADDED", "readers require unique items, writers may repeat them");
        }
    }

    private void noteUnsupported(RawNode schema) {
        if (schema instanceof RawMap map) {
            for (String keyword : UNSUPPORTED) {
                if (map.entry(keyword).isPresent()) {
                    confident = false;
                }
            }
            if (map.get("allOf").orElse(null) instanceof RawList all && all.items().size() > 1) {
                confident = false;
            }
            if (map.entry("oneOf").isPresent() && map.entry("anyOf").isPresent()) {
                confident = false;
            }
        }
    }

    private void add(String pointer, String kind, String detail) {
        breaks.add(new ReaderBreak(pointer.isEmpty() ? "/" : pointer, kind, detail));
    }

    /** The value of a keyword, when the schema is an object that has it. */
    private static Optional<RawNode> get(RawNode schema, String keyword) {
        return schema instanceof RawMap map ? map.get(keyword) : Optional.empty();
    }

    private static Optional<RawList> union(RawNode schema) {
        if (get(schema, "oneOf").orElse(null) instanceof RawList one) {
            return Optional.of(one);
        }
        return get(schema, "anyOf").filter(RawList.class::isInstance).map(RawList.class::cast);
    }

    /** The alternative with the keywords of its parent (other than the union) applied too. */
    private static RawNode withoutUnion(RawNode parent, RawNode alternative) {
        if (!(alternative instanceof RawMap chosen)) {
            return alternative;
        }
        RawMap merged = ((RawMap) parent).without(Set.of("oneOf", "anyOf"));
        for (RawMap.Entry entry : chosen.entries()) {
            merged = merged.with(entry.key(), entry.value());
        }
        return merged;
    }

    /** {@code true}, or an object with annotations only; anything that is no schema at all counts as no constraint. */
    private static boolean acceptsAnything(RawNode schema) {
        if (schema instanceof RawMap map) {
            return map.entries().stream().allMatch(e -> ANNOTATIONS.contains(e.key()));
        }
        return !isFalse(schema);
    }

    private static boolean rejectsEverything(RawNode schema) {
        return isFalse(schema);
    }

    private static boolean isTrue(RawNode node) {
        return node instanceof RawScalar s && s.kind() == RawScalar.Kind.BOOLEAN && Boolean.parseBoolean(s.text());
    }

    private static boolean isFalse(RawNode node) {
        return node instanceof RawScalar s && s.kind() == RawScalar.Kind.BOOLEAN && !Boolean.parseBoolean(s.text());
    }

    /** The JSON types a schema admits; an enum or const without a type admits its values' types. */
    private static Set<String> types(RawNode schema) {
        Optional<RawNode> type = get(schema, "type");
        Set<String> types = new TreeSet<>();
        if (type.orElse(null) instanceof RawScalar name && name.kind() == RawScalar.Kind.STRING) {
            types.add(name.text());
        } else if (type.orElse(null) instanceof RawList names) {
            names.items().stream().filter(RawScalar.class::isInstance).forEach(n -> types.add(((RawScalar) n).text()));
        } else {
            Map<String, RawNode> values = enumValues(schema);
            if (values != null) {
                values.values().forEach(v -> types.add(jsonType(v)));
            } else {
                types.addAll(ALL_TYPES);
            }
        }
        return types;
    }

    private static String jsonType(RawNode value) {
        if (value instanceof RawMap) {
            return "object";
        }
        if (value instanceof RawList) {
            return "array";
        }
        return switch (((RawScalar) value).kind()) {
            case NULL -> "null";
            case BOOLEAN -> "boolean";
            case INTEGER -> "integer";
            case NUMBER -> "number";
            case STRING -> "string";
        };
    }

    /** The values of {@code const} or {@code enum} by their canonical JSON, in order; null when there are none. */
    private static Map<String, RawNode> enumValues(RawNode schema) {
        Optional<RawNode> constant = get(schema, "const");
        if (constant.isPresent()) {
            return Map.of(JsonWriter.canonical(constant.get()), constant.get());
        }
        if (!(get(schema, "enum").orElse(null) instanceof RawList values)) {
            return null;
        }
        Map<String, RawNode> set = new LinkedHashMap<>();
        values.items().forEach(v -> set.putIfAbsent(JsonWriter.canonical(v), v));
        return set;
    }

    private static boolean overlaps(Set<String> types, String a, String b) {
        return types.contains(a) || types.contains(b);
    }

    private static BigDecimal bound(RawNode schema, String keyword) {
        if (get(schema, keyword).orElse(null) instanceof RawScalar s
                && (s.kind() == RawScalar.Kind.INTEGER || s.kind() == RawScalar.Kind.NUMBER)) {
            return new BigDecimal(s.text());
        }
        return null;
    }

    private static Optional<String> scalarText(RawNode schema, String keyword) {
        return get(schema, keyword).filter(RawScalar.class::isInstance).map(n -> ((RawScalar) n).text());
    }

    private static Set<String> strings(Optional<RawNode> array) {
        Set<String> out = new LinkedHashSet<>();
        if (array.orElse(null) instanceof RawList list) {
            list.items().stream().filter(RawScalar.class::isInstance).forEach(n -> out.add(((RawScalar) n).text()));
        }
        return out;
    }

    private static String describe(RawNode schema) {
        Map<String, RawNode> values = enumValues(schema);
        return values != null ? text(values) : String.join(" or ", types(schema));
    }

    private static String text(Map<String, RawNode> values) {
        return String.join(", ", values.values().stream().map(JsonWriter::compact).toList());
    }
}
