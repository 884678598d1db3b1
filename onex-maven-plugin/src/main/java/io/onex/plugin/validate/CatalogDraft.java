package io.onex.plugin.validate;

import io.onex.plugin.model.CleanupPolicy;
import io.onex.plugin.model.Direction;
import io.onex.plugin.model.EventClass;
import io.onex.rules.PrincipalClass;
import io.onex.plugin.model.SchemaType;
import io.onex.plugin.model.SourceLocation;
import java.util.List;

/**
 * The catalog as read, before the catalog rules have passed: every value with its location, null where absent
 * or unusable.
 */
record CatalogDraft(String file, Located<String> catalog, Located<String> specVersion,
        Located<String> envelopeSchema, SchemaType.ObjectType envelope, List<TopicDraft> topics) {

    /** One entry of {@code topics}. */
    record TopicDraft(
            SourceLocation location,
            String path,
            Located<String> name,
            Located<String> domain,
            Located<String> entity,
            Located<String> event,
            Located<Long> version,
            Located<EventClass> eventClass,
            Located<String> key,
            Located<String> meaning,
            Located<String> semantic,
            Located<List<String>> consumers,
            Located<String> retention,
            Located<CleanupPolicy> cleanupPolicy,
            Located<Boolean> compactionAllowed,
            Located<Long> partitions,
            Located<String> partitionJustification,
            Located<Direction> direction,
            Located<String> payloadSchema,
            Located<String> legacyName,
            Located<String> broadcastKey,
            Located<String> frequency,
            Located<List<PrincipalClass>> producers,
            Located<List<PrincipalClass>> readers,
            SchemaType.ObjectType payload) {
    }
}
