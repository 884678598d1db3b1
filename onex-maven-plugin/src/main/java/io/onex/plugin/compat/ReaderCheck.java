package io.onex.plugin.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Our own, reader-centred comparison of two JSON Schemas: can every value valid under the writer's
 * schema be read by a consumer validating with the reader's schema? It follows the value space, not
 * the text, so it sees narrowings the registry's diff misses (for example a union whose alternatives
 * shrink while its keyword changes from {@code oneOf} to {@code anyOf}).
 *
 * <p>One deliberate assumption: writers send only the properties their schema declares. ONEX producers
 * serialize generated records, so a property added to an open content model cannot collide with
 * anything already written; the registry, which cannot know that, refuses such a change.
 *
 * <p>Keywords outside the supported subset ({@code not}, {@code if}/{@code then}/{@code else},
 * {@code patternProperties}, {@code dependencies}, {@code propertyNames}, {@code contains}, a
 * multi-schema {@code allOf}) make the check {@link #confident() not confident}: then it never claims
 * that readers would cope.
 */
public final class ReaderCheck {

    private static final Set<String> ALL_TYPES = Set.of("null", "boolean", "object", "array", "number", "integer",
            "string");
    private static final List<String> UNSUPPORTED = List.of("not", "if", "then", "else", "patternProperties",
            "dependencies", "propertyNames", "contains", "additionalItems");

    private final List<ReaderBreak> breaks = new ArrayList<>();
    private boolean confident = true;

    private ReaderCheck() {
    }

    /** Compares writer and reader schemas (both self-contained, {@code $ref}s inlined). */
    public static ReaderCheck compare(JsonNode writer, JsonNode reader) {
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
    private void covers(JsonNode w, JsonNode r, String at) {
        noteUnsupported(w);
        noteUnsupported(r);
        if (acceptsAnything(r) || rejectsEverything(w)) {
            return;
        }
        if (rejectsEverything(r)) {
            add(at, "SCHEMA_CLOSED", "readers accept no value here at all");
            return;
        }
        JsonNode wUnion = union(w);
        if (wUnion != null) {
            for (int i = 0; i < wUnion.size(); i++) {
                covers(withoutUnion(w, wUnion.get(i)), r, at);
            }
            return;
        }
        JsonNode rUnion = union(r);
        if (rUnion != null) {
            coversByUnion(w, r, rUnion, at);
            return;
        }
        JsonNode rAll = r.get("allOf");
        if (rAll != null && rAll.isArray()) {
            for (JsonNode part : rAll) {
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

    private void coversByUnion(JsonNode w, JsonNode r, JsonNode alternatives, String at) {
        String keyword = r.has("oneOf") ? "oneOf" : "anyOf";
        int accepting = 0;
        for (int i = 0; i < alternatives.size(); i++) {
            ReaderCheck branch = new ReaderCheck();
            branch.covers(w, withoutUnion(r, alternatives.get(i)), at + "/" + keyword + "/" + i);
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

    private void compareEnum(JsonNode w, JsonNode r, String at) {
        Set<JsonNode> rValues = enumValues(r);
        if (rValues == null) {
            return;
        }
        Set<JsonNode> wValues = enumValues(w);
        if (wValues == null) {
            add(at, "ENUM_RESTRICTED", "readers accept only " + text(rValues) + ", writers any " + describe(w));
            return;
        }
        Set<JsonNode> removed = new LinkedHashSet<>(wValues);
        removed.removeAll(rValues);
        if (!removed.isEmpty()) {
            add(at, "ENUM_VALUE_REMOVED", "writers may send " + text(removed) + ", which readers do not accept");
        }
    }

    private void compareNumbers(JsonNode w, JsonNode r, String at) {
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
    private void exclusive(JsonNode w, JsonNode r, String at, String keyword, int direction) {
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

    private void compareStrings(JsonNode w, JsonNode r, String at) {
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
        String rPattern = r.path("pattern").asText(null);
        if (rPattern != null && !rPattern.equals(w.path("pattern").asText(null))) {
            add(at, "PATTERN_CHANGED", "readers require the pattern " + rPattern + ", which strings valid for"
                    + " writers need not match");
        }
        String rFormat = r.path("format").asText(null);
        if (rFormat != null && !rFormat.equals(w.path("format").asText(null))) {
            add(at, "FORMAT_CHANGED", "readers require format " + rFormat);
        }
    }

    private void compareObjects(JsonNode w, JsonNode r, String at) {
        Set<String> wRequired = strings(w.get("required"));
        for (String name : strings(r.get("required"))) {
            if (!wRequired.contains(name)) {
                add(at + "/required", "REQUIRED_ADDED", "readers require '" + name + "', which writers may omit");
            }
        }
        JsonNode wProps = w.path("properties");
        JsonNode rProps = r.path("properties");
        JsonNode rAdditional = r.get("additionalProperties");
        Iterator<String> names = wProps.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            String child = at + "/properties/" + name.replace("~", "~0").replace("/", "~1");
            if (rProps.has(name)) {
                covers(wProps.get(name), rProps.get(name), child);
            } else if (rAdditional != null && rAdditional.isBoolean() && !rAdditional.asBoolean()) {
                add(child, "PROPERTY_REJECTED", "writers may send '" + name + "', which the readers' closed content"
                        + " model (additionalProperties: false) rejects");
            } else if (rAdditional != null && rAdditional.isObject()) {
                covers(wProps.get(name), rAdditional, child);
            }
        }
        JsonNode wAdditional = w.get("additionalProperties");
        boolean writerOpen = wAdditional == null || (wAdditional.isBoolean() && wAdditional.asBoolean())
                || wAdditional.isObject();
        if (writerOpen && rAdditional != null && rAdditional.isBoolean() && !rAdditional.asBoolean()
                && wAdditional != null) {
            // An explicitly open writer model (additionalProperties: true or a schema) promises extra properties.
            add(at + "/additionalProperties", "CONTENT_MODEL_CLOSED", "writers may send properties beyond the"
                    + " declared ones, which the readers' closed content model rejects");
        }
        if (wAdditional != null && wAdditional.isObject() && rAdditional != null && rAdditional.isObject()) {
            covers(wAdditional, rAdditional, at + "/additionalProperties");
        }
        BigDecimal rMin = bound(r, "minProperties");
        if (rMin != null && (bound(w, "minProperties") == null || bound(w, "minProperties").compareTo(rMin) < 0)) {
            add(at, "SIZE_NARROWED", "readers require at least " + rMin + " properties");
        }
        BigDecimal rMax = bound(r, "maxProperties");
        if (rMax != null && (bound(w, "maxProperties") == null || bound(w, "maxProperties").compareTo(rMax) > 0)) {
            add(at, "SIZE_NARROWED", "readers allow at most " + rMax + " properties");
        }
    }

    private void compareArrays(JsonNode w, JsonNode r, String at) {
        JsonNode wItems = w.get("items");
        JsonNode rItems = r.get("items");
        if (rItems != null && rItems.isArray() || wItems != null && wItems.isArray()) {
            confident = false; // tuple validation is outside the modelled subset
        } else if (rItems != null) {
            covers(wItems == null ? com.fasterxml.jackson.databind.node.BooleanNode.TRUE : wItems, rItems,
                    at + "/items");
        }
        BigDecimal rMin = bound(r, "minItems");
        if (rMin != null && rMin.signum() > 0 && (bound(w, "minItems") == null
                || bound(w, "minItems").compareTo(rMin) < 0)) {
            add(at, "SIZE_NARROWED", "readers require at least " + rMin + " items");
        }
        BigDecimal rMax = bound(r, "maxItems");
        if (rMax != null && (bound(w, "maxItems") == null || bound(w, "maxItems").compareTo(rMax) > 0)) {
            add(at, "SIZE_NARROWED", "readers allow at most " + rMax + " items");
        }
        if (r.path("uniqueItems").asBoolean(false) && !w.path("uniqueItems").asBoolean(false)) {
            add(at, "UNIQUE_ITEMS_ADDED", "readers require unique items, writers may repeat them");
        }
    }

    private void noteUnsupported(JsonNode schema) {
        if (schema.isObject()) {
            for (String keyword : UNSUPPORTED) {
                if (schema.has(keyword)) {
                    confident = false;
                }
            }
            JsonNode all = schema.get("allOf");
            if (all != null && all.size() > 1) {
                confident = false;
            }
            if (schema.has("oneOf") && schema.has("anyOf")) {
                confident = false;
            }
        }
    }

    private void add(String pointer, String kind, String detail) {
        breaks.add(new ReaderBreak(pointer.isEmpty() ? "/" : pointer, kind, detail));
    }

    private static JsonNode union(JsonNode schema) {
        JsonNode one = schema.get("oneOf");
        if (one != null && one.isArray()) {
            return one;
        }
        JsonNode any = schema.get("anyOf");
        return any != null && any.isArray() ? any : null;
    }

    /** The alternative with the keywords of its parent (other than the union) applied too. */
    private static JsonNode withoutUnion(JsonNode parent, JsonNode alternative) {
        if (!alternative.isObject()) {
            return alternative;
        }
        var merged = ((com.fasterxml.jackson.databind.node.ObjectNode) parent).deepCopy();
        merged.remove("oneOf");
        merged.remove("anyOf");
        alternative.fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
        return merged;
    }

    private static boolean acceptsAnything(JsonNode schema) {
        if (schema.isBoolean()) {
            return schema.asBoolean();
        }
        Iterator<String> names = schema.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!Set.of("title", "description", "$comment", "examples", "default", "$schema", "$id", "definitions",
                    "readOnly", "writeOnly").contains(name)) {
                return false;
            }
        }
        return true;
    }

    private static boolean rejectsEverything(JsonNode schema) {
        return schema.isBoolean() && !schema.asBoolean();
    }

    /** The JSON types a schema admits; an enum or const without a type admits its values' types. */
    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.get("type");
        Set<String> types = new TreeSet<>();
        if (type != null && type.isTextual()) {
            types.add(type.asText());
        } else if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            Set<JsonNode> values = enumValues(schema);
            if (values != null) {
                values.forEach(v -> types.add(jsonType(v)));
            } else {
                types.addAll(ALL_TYPES);
            }
        }
        return types;
    }

    private static String jsonType(JsonNode value) {
        if (value.isNull()) {
            return "null";
        } else if (value.isBoolean()) {
            return "boolean";
        } else if (value.isIntegralNumber()) {
            return "integer";
        } else if (value.isNumber()) {
            return "number";
        } else if (value.isTextual()) {
            return "string";
        } else if (value.isArray()) {
            return "array";
        }
        return "object";
    }

    private static Set<JsonNode> enumValues(JsonNode schema) {
        if (schema.has("const")) {
            return Set.of(schema.get("const"));
        }
        JsonNode values = schema.get("enum");
        if (values == null || !values.isArray()) {
            return null;
        }
        Set<JsonNode> set = new LinkedHashSet<>();
        values.forEach(set::add);
        return set;
    }

    private static boolean overlaps(Set<String> types, String a, String b) {
        return types.contains(a) || types.contains(b);
    }

    private static BigDecimal bound(JsonNode schema, String keyword) {
        JsonNode value = schema.get(keyword);
        return value != null && value.isNumber() ? value.decimalValue() : null;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        if (array != null && array.isArray()) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    private static String describe(JsonNode schema) {
        Set<JsonNode> values = enumValues(schema);
        return values != null ? text(values) : String.join(" or ", types(schema));
    }

    private static String text(Set<JsonNode> values) {
        return values.stream().map(JsonNode::toString).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
