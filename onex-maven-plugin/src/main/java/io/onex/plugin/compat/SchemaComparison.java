package io.onex.plugin.compat;

import io.onex.plugin.model.CompatibilityLevel;
import io.onex.plugin.parse.JsonWriter;
import io.onex.plugin.parse.RawNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares one subject's current schema with its earlier versions at a level: the registry's verdict
 * (Apicurio's checker), then our reader check on top, each registry difference marked with whether
 * readers really break.
 */
public final class SchemaComparison {

    /** Why the registry refuses some changes readers cope with, by Apicurio diff type. */
    private static final Map<String, String> WHY_READERS_COPE = Map.of(
            "OBJECT_TYPE_PROPERTY_SCHEMAS_NARROWED", "the property is new and optional; writers of the old schema"
                    + " never sent it, they only could have under the open content model",
            "OBJECT_TYPE_PROPERTY_SCHEMA_ADDED", "the property is new and optional; writers of the old schema"
                    + " never sent it, they only could have under the open content model",
            "COMBINED_TYPE_CRITERION_EXTENDED", "the alternatives are the same disjoint types, so a value matches"
                    + " one of them under oneOf and anyOf alike",
            "COMBINED_TYPE_CRITERION_NARROWED", "the alternatives are the same disjoint types, so a value matches"
                    + " one of them under oneOf and anyOf alike",
            "COMBINED_TYPE_CRITERION_CHANGED", "the alternatives are the same disjoint types, so a value matches"
                    + " one of them under oneOf and anyOf alike");

    private SchemaComparison() {
    }

    /**
     * @param subject topic or file
     * @param file the file shown in the report
     * @param level the compatibility level
     * @param history earlier versions (label, self-contained schema), oldest first
     * @param current the current schema, self-contained
     * @param retention how long old records stay readable, for the message; may be empty
     */
    public static List<Finding> compare(String subject, String file, CompatibilityLevel level,
            List<Map.Entry<String, RawNode>> history, RawNode current, String retention) {
        if (level == CompatibilityLevel.NONE || history.isEmpty()) {
            return List.of();
        }
        // Apicurio's checker reads schema text; ours reads the trees
        List<RegistryDifference> registry = RegistryRules.check(level, history.stream().map(Map.Entry::getValue)
                .map(JsonWriter::compact).toList(), JsonWriter.compact(current));
        List<Break> readerBreaks = new ArrayList<>();
        boolean confident = true;
        List<Map.Entry<String, RawNode>> compared = level.transitive() ? history
                : List.of(history.get(history.size() - 1));
        for (Map.Entry<String, RawNode> version : compared) {
            RawNode then = version.getValue();
            if (level.backward()) {
                ReaderCheck check = ReaderCheck.compare(then, current);
                confident &= check.confident();
                check.breaks().forEach(b -> readerBreaks.add(new Break(b, "consumers on the current schema cannot"
                        + " read records written with " + version.getKey()
                        + (retention.isEmpty() ? "" : " (kept in the topic for " + retention + ", and on replay)"))));
            }
            if (level.forward()) {
                ReaderCheck check = ReaderCheck.compare(current, then);
                confident &= check.confident();
                check.breaks().forEach(b -> readerBreaks.add(new Break(b, "consumers still on " + version.getKey()
                        + " cannot read records written with the current schema")));
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<Break> matched = new ArrayList<>();
        for (RegistryDifference difference : registry) {
            List<Break> related = readerBreaks.stream().filter(b -> related(difference.pointer(), b.found.pointer()))
                    .toList();
            matched.addAll(related);
            String pointer = difference.pointer().isEmpty() ? "/" : difference.pointer();
            if (!related.isEmpty()) {
                Break first = related.get(0);
                findings.add(new Finding(subject, file, pointer, difference.kind(),
                        Finding.Source.REGISTRY_AND_READERS, first.found.detail() + "; " + first.readers));
            } else if (confident) {
                findings.add(new Finding(subject, file, pointer, difference.kind(), Finding.Source.REGISTRY_ONLY,
                        "the registry refuses this at " + level + ", but readers would cope: " + WHY_READERS_COPE
                        .getOrDefault(difference.kind(), "no value valid for the writers is invalid for the readers")));
            } else {
                findings.add(new Finding(subject, file, pointer, difference.kind(), Finding.Source.REGISTRY,
                        "the registry refuses this at " + level));
            }
        }
        readerBreaks.stream().filter(b -> !matched.contains(b)).distinct().forEach(b -> findings.add(new Finding(
                subject, file, b.found.pointer(), b.found.kind(), Finding.Source.READERS_ONLY,
                b.found.detail() + "; " + b.readers + "; the registry would not catch this")));
        return findings;
    }

    /** The same location, or one inside the other. */
    static boolean related(String a, String b) {
        String x = a.isEmpty() || a.equals("/") ? "" : a;
        String y = b.isEmpty() || b.equals("/") ? "" : b;
        return x.equals(y) || x.startsWith(y + "/") || y.startsWith(x + "/") || x.isEmpty() || y.isEmpty();
    }

    private record Break(ReaderBreak found, String readers) {
    }
}
