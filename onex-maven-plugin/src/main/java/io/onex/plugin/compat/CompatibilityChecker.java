package io.onex.plugin.compat;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Topic;
import io.onex.plugin.parse.RawNode;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The offline compatibility check: schema subjects through {@link SchemaComparison}, catalogs through {@link CatalogComparison}. */
public final class CompatibilityChecker {

    private CompatibilityChecker() {
    }

    public static CompatibilityResult check(CompatibilityRequest request) {
        SchemaSnapshot current = request.current();
        List<SchemaSnapshot> baselines = request.baselines();
        if (baselines.isEmpty()) {
            return new CompatibilityResult(request.level(), List.of(), List.of());
        }
        List<SchemaSnapshot> compared = request.level().transitive() ? baselines
                : List.of(baselines.get(baselines.size() - 1));
        TreeSet<String> subjects = new TreeSet<>(current.schemas().keySet());
        compared.forEach(b -> b.schemas().keySet().forEach(s -> subjects.add(currentName(current, s))));
        List<CompatibilityResult.Subject> results = new ArrayList<>();
        SchemaSnapshot latest = compared.get(compared.size() - 1);
        for (String subject : subjects) {
            List<Finding> findings = new ArrayList<>();
            String file = current.schemas().containsKey(subject) ? current.fileOf(subject)
                    : latestFile(compared, subject, current);
            List<Map.Entry<String, RawNode>> history = new ArrayList<>();
            for (SchemaSnapshot baseline : compared) {
                baselineSchema(baseline, subject, current).ifPresent(json ->
                        history.add(new AbstractMap.SimpleEntry<>(baseline.label(), json)));
            }
            RawNode schema = current.schemas().get(subject);
            if (schema == null) {
                if (current.catalog().isEmpty()) { // in catalog mode a removed topic is a catalog finding
                    findings.add(new Finding(subject, file, "", "SCHEMA_REMOVED", Finding.Source.READERS_ONLY,
                            "the schema file is gone (present in " + latest.label() + "); its readers and writers"
                                    + " have no contract any more"));
                }
            } else {
                findings.addAll(SchemaComparison.compare(subject, file, request.level(), history, schema,
                        retention(current.catalog(), subject)));
            }
            results.add(new CompatibilityResult.Subject(subject, file, findings));
        }
        if (current.catalog().isPresent() && latest.catalog().isPresent()) {
            List<Finding> catalogFindings = new ArrayList<>();
            for (SchemaSnapshot baseline : compared) {
                baseline.catalog().ifPresent(old -> catalogFindings.addAll(
                        CatalogComparison.compare(old, current.catalog().get(), baseline.label())));
            }
            results = attach(results, catalogFindings.stream().distinct().toList());
        }
        return new CompatibilityResult(request.level(), baselines.stream().map(SchemaSnapshot::label).toList(),
                results);
    }

    /** The current name of a baseline subject: a topic renamed with a legacy alias keeps its history. */
    private static String currentName(SchemaSnapshot current, String baselineSubject) {
        return current.catalog().flatMap(c -> c.find(baselineSubject)).map(Topic::fullName).orElse(baselineSubject);
    }

    private static Optional<RawNode> baselineSchema(SchemaSnapshot baseline, String subject, SchemaSnapshot current) {
        RawNode direct = baseline.schemas().get(subject);
        if (direct != null) {
            return Optional.of(direct);
        }
        Optional<String> legacy = current.catalog().flatMap(c -> c.find(subject)).flatMap(Topic::legacyName);
        return legacy.map(name -> baseline.schemas().get(name));
    }

    private static String latestFile(List<SchemaSnapshot> baselines, String subject, SchemaSnapshot current) {
        for (int i = baselines.size() - 1; i >= 0; i--) {
            if (baselines.get(i).schemas().containsKey(subject)) {
                return baselines.get(i).fileOf(subject);
            }
        }
        return subject;
    }

    private static String retention(Optional<Catalog> catalog, String subject) {
        return catalog.flatMap(c -> c.find(subject)).map(t -> t.retention().toString()).orElse("");
    }

    private static List<CompatibilityResult.Subject> attach(List<CompatibilityResult.Subject> subjects,
            List<Finding> catalogFindings) {
        List<CompatibilityResult.Subject> out = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        for (CompatibilityResult.Subject s : subjects) {
            List<Finding> all = new ArrayList<>(s.findings());
            catalogFindings.stream().filter(f -> f.subject().equals(s.name())).forEach(all::add);
            out.add(new CompatibilityResult.Subject(s.name(), s.file(), all));
            seen.add(s.name());
        }
        catalogFindings.stream().filter(f -> !seen.contains(f.subject())).map(Finding::subject).distinct()
                .forEach(name -> out.add(new CompatibilityResult.Subject(name, "topics.yaml", catalogFindings.stream()
                        .filter(f -> f.subject().equals(name)).toList())));
        return out;
    }
}
