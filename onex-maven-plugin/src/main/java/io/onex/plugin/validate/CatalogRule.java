package io.onex.plugin.validate;

import io.onex.plugin.model.CleanupPolicy;
import io.onex.plugin.model.Direction;
import io.onex.plugin.model.EventClass;
import io.onex.plugin.model.Rule;
import io.onex.plugin.model.SchemaType;
import io.onex.plugin.model.TopicName;
import io.onex.plugin.validate.CatalogDraft.TopicDraft;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rules on the topic catalog (topics.yaml), one constant per rule; each reports under its own id. */
public enum CatalogRule implements Rule {

    /** spec_version names the spec this plugin implements. */
    SPEC_VERSION("spec-version", "spec_version is v1, the spec this plugin implements") {
        @Override
        void check(CatalogDraft catalog, Diagnostics out) {
            Located<String> version = catalog.specVersion();
            if (version.present() && !version.value().equals("v1")) {
                out.error(version.location(), version.path(), id(), "spec_version must be v1 (this plugin implements"
                        + " ONEX event streaming topics v1), found '" + version.value() + "'");
            }
        }
    },

    /** Names follow onex.&lt;domain&gt;.&lt;entity&gt;.&lt;event&gt;.v&lt;version&gt;. */
    TOPIC_NAMING("topic-naming", "names are `onex.<domain>.<entity>.<event>.v<version>`, lowercase (section 3)") {
        @Override
        void check(CatalogDraft catalog, Diagnostics out) {
            for (TopicDraft topic : catalog.topics()) {
                Located<String> name = topic.name();
                if (!name.present()) {
                    continue;
                }
                TopicNames.Form form = TopicNames.classify(name.value());
                String problem;
                if (form instanceof TopicNames.Canonical) {
                    continue;
                } else if (form instanceof TopicNames.TenantPrefixed t) {
                    problem = "it carries the tenant prefix '" + t.tenant() + "'; tenant prefixes are added per"
                            + " deployment (section 12), the catalog holds the unprefixed name " + t.name().full();
                } else if (form instanceof TopicNames.Legacy) {
                    problem = "it is a legacy name; write the ONEX name here and the legacy one in legacy_name"
                            + " (section 9)";
                } else {
                    problem = ((TopicNames.Malformed) form).reason();
                }
                out.error(name.location(), name.path(), id(), "topic name '" + name.value() + "' is malformed: "
                        + problem + "; expected " + TopicNames.FORMAT + " (spec section 3)");
            }
        }
    },

    /** domain, entity, event and version repeat the parts of the name. */
    TOPIC_NAME_PARTS("topic-name-parts", "domain, entity, event and version equal the parts of the name") {
        @Override
        void check(CatalogDraft catalog, Diagnostics out) {
            for (TopicDraft topic : catalog.topics()) {
                if (!topic.name().present()
                        || !(TopicNames.classify(topic.name().value()) instanceof TopicNames.Canonical c)) {
                    continue;
                }
                TopicName parts = c.name();
                compare(topic.domain(), parts.domain(), "domain", topic, out);
                compare(topic.entity(), parts.entity(), "entity", topic, out);
                compare(topic.event(), parts.event(), "event", topic, out);
                if (topic.version().present() && topic.version().value() != parts.version()) {
                    out.error(topic.version().location(), topic.version().path(), id(), "version "
                            + topic.version().value() + " does not match the name " + topic.name().value()
                            + ", whose version is " + parts.version());
                }
            }
        }

        private void compare(Located<String> field, String expected, String what, TopicDraft topic, Diagnostics out) {
            if (field.present() && !field.value().equals(expected)) {
                out.error(field.location(), field.path(), id(), what + " '" + field.value() + "' does not match the"
                        + " name " + topic.name().value() + ", whose " + what + " is '" + expected + "'");
            }
        }
    },

    /** The key is the one the event class prescribes. */
    KEY_FIELD("key-field", "key is the keying rule's field for the event class (section 5)") {
        @Override
        void check(CatalogDraft catalog, Diagnostics out) {
            for (TopicDraft topic : catalog.topics()) {
                Located<String> key = topic.key();
                if (key.present() && topic.eventClass().present()
                        && !key.value().equals(topic.eventClass().value().keyField())) {
                    EventClass eventClass = topic.eventClass().value();
                    out.error(key.location(), key.path(), id(), "key must be " + eventClass.keyField() + " for "
                            + eventClass.yamlName() + " topics, found '" + key.value() + "' (spec section 5:"
                            + " arbitrary or per-topic keying is forbidden)");
                }
            }
        }
    },

    /** The key field is a required string of the payload, or of the envelope for trace/error correlation. */
    KEY_PAYLOAD("key-payload", "the key field is a required, non-null string property of the payload schema"
            + " (of the envelope for trace_error_correlation)") {
        @Override
        void check(CatalogDraft catalog, Diagnostics out) {
            for (TopicDraft topic : catalog.topics()) {
                Located<String> key = topic.key();
                if (!key.present() || !topic.eventClass().present()
                        || !key.value().equals(topic.eventClass().value().keyField())) {
                    continue;
                }
                boolean fromEnvelope = topic.eventClass().value().keySource() == EventClass.KeySource.ENVELOPE;
                SchemaType.ObjectType holder = fromEnvelope ? catalog.envelope() : topic.payload();
                if (holder == null) {
                    continue;
                }
                String where = fromEnvelope ? "the envelope schema " + catalog.envelopeSchema().value()
                        + " (trace_error_correlation topics take their key from the envelope)"
                        : "the payload schema " + topic.payloadSchema().value();
                Optional<SchemaType.Property> property = holder.property(key.value());
                String problem = null;
                if (property.isEmpty()) {
                    problem = "is not a property of " + where;
                } else if (!(property.get().type() instanceof SchemaType.StringType)) {
                    problem = "must be a string in " + where + ", but it is " + kind(property.get().type());
                } else if (property.get().nullable()) {
                    problem = "must not be nullable in " + where;
                } else if (!fromEnvelope && !property.get().required() && !topic.broadcastKey().present()) {
                    problem = "must be required in " + where + "; add it to 'required' (only a registry_control"
                            + " topic with a broadcast_key may leave it optional, section 6.2)";
                }
                if (problem != null) {
                    out.error(key.location(), key.path(), id(), "key field '" + key.value() + "' " + problem);
                }
            }
        }

        private String kind(SchemaType type) {
            if (type instanceof SchemaType.EnumType) {
                return "an enum";
            }
            if (type instanceof SchemaType.IntegerType) {
                return "an integer";
            }
            if (type instanceof SchemaType.NumberType) {
                return "a number";
            }
            if (type instanceof SchemaType.BooleanType) {
                return "a boolean";
            }
            if (type instanceof SchemaType.ArrayType) {
                return "an array";
            }
            if (type instanceof SchemaType.MapType) {
                return "a map";
            }
            return type instanceof SchemaType.ObjectType ? "an object" : "untyped";
        }
    },

    /** Three partitions unless a justification is written down. */
    PARTITIONS("partitions", "partitions is 3 unless partition_justification is given (section 8)") {
        @Override
        void check(CatalogDraft catalog, Diagnostics out) {
            for (TopicDraft topic : catalog.topics()) {
                Located<Long> partitions = topic.partitions();
                if (!partitions.present()) {
                    continue;
                }
                if (partitions.value() < 1 || partitions.value() > 10_000) {
                    out.error(partitions.location(), partitions.path(), id(), "partitions must be between 1 and"
                            + " 10000, found " + partitions.value());
                } else if (partitions.value() != 3 && (!topic.partitionJustification().present()
                        || topic.partitionJustification().value().isBlank())) {
                    out.error(partitions.location(), partitions.path(), id(), "partitions is "
                            + partitions.value() + " but spec section 8 sets 3 partitions per topic; use 3, or add"
                            + " partition_justification citing measured consumer lag or a documented throughput"
                            + " requirement");
                }
            }
        }
    },

    /** Retention is a positive ISO-8601 duration. */
    RETENTION("retention", "retention is a positive ISO-8601 duration (PT1H, P1D, P7D, ...)") {
        @Override
        void check(CatalogDraft catalog, Diagnostics out) {
            for (TopicDraft topic : catalog.topics()) {
                checkDuration(topic.retention(), "retention", id(), out);
            }
        }
    },

    /** A stated frequency is a positive ISO-8601 duration. */
    FREQUENCY("frequency", "frequency, when given, is a positive ISO-8601 duration (PT30S, ...)") {
        @Override
        void check(CatalogDraft catalog, Diagnostics out) {
            for (TopicDraft topic : catalog.topics()) {
                checkDuration(topic.frequency(), "frequency", id(), out);
            }
        }
    },

    /** No two topics share a name, legacy names included. */
    UNIQUE_NAMES("unique-names", "topic names and legacy names are unique across the catalog") {
        @Override
        void check(CatalogDraft catalog, Diagnostics out) {
            Map<String, Located<String>> seen = new HashMap<>();
            for (TopicDraft topic : catalog.topics()) {
                for (Located<String> name : List.of(topic.name(), topic.legacyName())) {
                    if (!name.present()) {
                        continue;
                    }
                    Located<String> first = seen.putIfAbsent(name.value(), name);
                    if (first != null) {
                        out.error(name.location(), name.path(), id(), "topic name '" + name.value()
                                + "' is already used at line " + first.location().line() + " (" + first.path()
                                + "); names and legacy names must be unique");
                    }
                }
            }
        }
    },

    /**
     * A legacy alias is a pre-ONEX name. Declaring the alias is the migration mapping of section 9, not a use of
     * the legacy name, so it draws no warning here; every use of it (a contract's topic) gets the warning of
     * section 9 from {@link ContractRule#LEGACY_TOPIC}.
     */
    LEGACY_NAME("legacy-name", "legacy_name is a pre-ONEX name (lowercase words joined by dots, no onex namespace,"
            + " no version), distinct from every ONEX name") {
        @Override
        void check(CatalogDraft catalog, Diagnostics out) {
            for (TopicDraft topic : catalog.topics()) {
                Located<String> legacy = topic.legacyName();
                if (!legacy.present()) {
                    continue;
                }
                if (!(TopicNames.classify(legacy.value()) instanceof TopicNames.Legacy)) {
                    out.error(legacy.location(), legacy.path(), id(), "legacy_name '" + legacy.value() + "' is not a"
                            + " legacy name; legacy names are lowercase words joined by dots without the onex"
                            + " namespace or a version, such as node.introspection (section 9)");
                }
            }
        }
    },

    /** broadcast_key belongs to registry control topics only. */
    BROADCAST_KEY("broadcast-key", "broadcast_key appears on registry_control topics only (section 6.2)") {
        @Override
        void check(CatalogDraft catalog, Diagnostics out) {
            for (TopicDraft topic : catalog.topics()) {
                Located<String> broadcast = topic.broadcastKey();
                if (broadcast.present() && topic.eventClass().present()
                        && topic.eventClass().value() != EventClass.REGISTRY_CONTROL) {
                    out.error(broadcast.location(), broadcast.path(), id(), "broadcast_key is only for"
                            + " registry_control topics (section 6.2), not for "
                            + topic.eventClass().value().yamlName());
                } else if (broadcast.present() && broadcast.value().isBlank()) {
                    out.error(broadcast.location(), broadcast.path(), id(), "broadcast_key must not be blank");
                }
            }
        }
    },

    /** Compaction only where it is allowed. */
    COMPACTION("compaction", "cleanup_policy compact requires compaction_allowed: true (section 7)") {
        @Override
        void check(CatalogDraft catalog, Diagnostics out) {
            for (TopicDraft topic : catalog.topics()) {
                if (topic.cleanupPolicy().present() && topic.cleanupPolicy().value() == CleanupPolicy.COMPACT
                        && topic.compactionAllowed().present() && !topic.compactionAllowed().value()) {
                    out.error(topic.cleanupPolicy().location(), topic.cleanupPolicy().path(), id(), "cleanup_policy"
                            + " is compact but compaction_allowed is false (spec section 7 defers compaction unless"
                            + " explicitly required)");
                }
            }
        }
    },

    /** The direction of section 10 follows from the event class. */
    TOPIC_DIRECTION("topic-direction", "direction fits the event class: node_lifecycle -> node_to_registry,"
            + " registry_control -> registry_to_nodes, others internal (section 10)") {
        @Override
        void check(CatalogDraft catalog, Diagnostics out) {
            for (TopicDraft topic : catalog.topics()) {
                if (!topic.direction().present() || !topic.eventClass().present()) {
                    continue;
                }
                Direction expected = expectedDirection(topic.eventClass().value());
                if (topic.direction().value() != expected) {
                    out.error(topic.direction().location(), topic.direction().path(), id(), "direction must be "
                            + expected.yamlName() + " for " + topic.eventClass().value().yamlName() + " topics"
                            + " (spec section 10), found " + topic.direction().value().yamlName());
                }
            }
        }
    },

    /** The envelope carries the fields of section 4. */
    ENVELOPE("envelope", "the envelope schema has event_id, event_type, source, correlation_id, timestamp and"
            + " payload (section 4)") {
        @Override
        void check(CatalogDraft catalog, Diagnostics out) {
            if (catalog.envelope() == null) {
                return;
            }
            for (String field : ENVELOPE_FIELDS) {
                if (catalog.envelope().property(field).isEmpty()) {
                    out.error(catalog.envelopeSchema().location(), catalog.envelopeSchema().path(), id(),
                            "the envelope schema " + catalog.envelopeSchema().value() + " lacks the property '"
                                    + field + "' (spec section 4: " + String.join(", ", ENVELOPE_FIELDS) + ")");
                }
            }
        }
    };

    static final List<String> ENVELOPE_FIELDS =
            List.of("event_id", "event_type", "source", "correlation_id", "timestamp", "payload");

    private final String id;
    private final String summary;

    CatalogRule(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    /** The id printed in diagnostics. */
    @Override
    public String id() {
        return id;
    }

    /** One line saying what the rule requires. */
    @Override
    public String summary() {
        return summary;
    }

    abstract void check(CatalogDraft catalog, Diagnostics out);

    /** The warning of spec section 9 for a legacy topic name, word for word. */
    static String legacyWarning(String legacyName) {
        return "Topic '" + legacyName + "' does not have version suffix. Consider using ONEX format:"
                + " onex.<domain>.<name>.v1";
    }

    static Direction expectedDirection(EventClass eventClass) {
        switch (eventClass) {
            case NODE_LIFECYCLE:
                return Direction.NODE_TO_REGISTRY;
            case REGISTRY_CONTROL:
                return Direction.REGISTRY_TO_NODES;
            default:
                return Direction.INTERNAL;
        }
    }

    /** Parses an ISO-8601 duration; empty when absent or invalid. */
    static Optional<Duration> duration(Located<String> text) {
        if (!text.present()) {
            return Optional.empty();
        }
        try {
            Duration duration = Duration.parse(text.value());
            return duration.isNegative() || duration.isZero() ? Optional.empty() : Optional.of(duration);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void checkDuration(Located<String> text, String what, String rule, Diagnostics out) {
        if (!text.present()) {
            return;
        }
        try {
            Duration duration = Duration.parse(text.value());
            if (duration.isNegative() || duration.isZero()) {
                out.error(text.location(), text.path(), rule, what + " must be positive, found " + text.value());
            }
        } catch (DateTimeParseException e) {
            out.error(text.location(), text.path(), rule, what + " '" + text.value() + "' is not an ISO-8601"
                    + " duration such as PT30S, PT1H, P1D or P7D");
        }
    }
}
