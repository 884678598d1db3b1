package io.onex.plugin.compat;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Breaking catalog changes that no schema registry sees, because they are not in any schema: topics
 * removed or renamed without a legacy alias, keys, partitions, cleanup policy, retention and payload
 * schema of a topic.
 */
public final class CatalogComparison {

    private CatalogComparison() {
    }

    public static List<Finding> compare(Catalog baseline, Catalog current, String baselineLabel) {
        List<Finding> findings = new ArrayList<>();
        for (Topic old : baseline.topics()) {
            Optional<Topic> now = current.find(old.fullName());
            if (now.isEmpty()) {
                Optional<Topic> renamed = current.topics().stream()
                        .filter(t -> t.payloadSchema().equals(old.payloadSchema()))
                        .filter(t -> baseline.find(t.fullName()).isEmpty())
                        .findFirst();
                findings.add(renamed.map(t -> finding(old, "/name", "TOPIC_RENAMED", "renamed to " + t.fullName()
                        + " without legacy_name: " + old.fullName() + "; producers and consumers still using "
                        + old.fullName() + " lose each other (declare the old name as legacy_name and dual-publish,"
                        + " spec section 9)"))
                        .orElseGet(() -> finding(old, "", "TOPIC_REMOVED", "the topic is gone from the catalog"
                                + " (present in " + baselineLabel + "); its consumers receive nothing more and its"
                                + " producers fail validation; keep it, or retire it through a new major catalog")));
                continue;
            }
            Topic topic = now.get();
            if (!topic.fullName().equals(old.fullName())) {
                continue; // renamed with the old name kept as legacy alias: the section 9 migration path
            }
            if (!topic.keyField().equals(old.keyField())) {
                findings.add(finding(topic, "/key", "KEY_CHANGED", "key field " + old.keyField() + " -> "
                        + topic.keyField() + ": records of one entity now land on other partitions, so consumers"
                        + " lose per-key ordering and compaction merges the wrong records"));
            }
            if (topic.partitions() != old.partitions() && !topic.keyField().isEmpty()) {
                findings.add(finding(topic, "/partitions", "PARTITIONS_CHANGED", "partitions " + old.partitions()
                        + " -> " + topic.partitions() + " on a topic keyed by " + topic.keyField() + ": the key ->"
                        + " partition mapping changes, so consumers see one key's records out of order"));
            }
            if (topic.cleanupPolicy() != old.cleanupPolicy()) {
                findings.add(finding(topic, "/cleanup_policy", "CLEANUP_POLICY_CHANGED", "cleanup policy "
                        + old.cleanupPolicy().kafkaName() + " -> " + topic.cleanupPolicy().kafkaName()
                        + ": consumers relying on " + (old.cleanupPolicy().kafkaName().equals("compact")
                        ? "the latest record per key being kept" : "every record within the retention")
                        + " no longer get it"));
            }
            if (topic.retention().compareTo(old.retention()) < 0) {
                findings.add(finding(topic, "/retention", "RETENTION_CUT", "retention " + old.retention() + " -> "
                        + topic.retention() + ": consumers that are offline or replay for longer than "
                        + topic.retention() + " lose records they could read before"));
            }
            if (!topic.payloadSchema().equals(old.payloadSchema())
                    || !topic.payload().javaName().equals(old.payload().javaName())) {
                findings.add(finding(topic, "/payload_schema", "PAYLOAD_SCHEMA_SWAPPED", "payload schema "
                        + old.payloadSchema() + " (" + old.payload().javaName() + ") -> " + topic.payloadSchema()
                        + " (" + topic.payload().javaName() + "): a topic's payload type is fixed for its version;"
                        + " a different payload needs a new topic version (.v" + (topic.name().version() + 1) + ")"));
            }
            if (old.legacyName().isPresent() && topic.legacyName().isEmpty()) {
                findings.add(finding(topic, "/legacy_name", "LEGACY_ALIAS_REMOVED", "legacy name "
                        + old.legacyName().get() + " removed: clients still on the legacy name no longer resolve"
                        + " to this topic"));
            }
        }
        return findings;
    }

    private static Finding finding(Topic topic, String field, String kind, String message) {
        return new Finding(topic.fullName(), "topics.yaml", field.isEmpty() ? "" : "topics[" + topic.fullName() + "]"
                + field.replace('/', '.'), kind, Finding.Source.CATALOG, message);
    }
}
