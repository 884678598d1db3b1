package io.onex.plugin.validate;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.CleanupPolicy;
import io.onex.plugin.model.Direction;
import io.onex.plugin.model.EventClass;
import io.onex.rules.PrincipalClass;
import io.onex.plugin.model.SchemaType;
import io.onex.plugin.model.SourceLocation;
import io.onex.plugin.model.Topic;
import io.onex.plugin.model.TopicName;
import io.onex.plugin.parse.ParseResult;
import io.onex.plugin.parse.RawList;
import io.onex.plugin.parse.RawNode;
import io.onex.plugin.parse.SourceFile;
import io.onex.plugin.parse.SourceTree;
import io.onex.plugin.parse.YamlReader;
import io.onex.plugin.validate.CatalogDraft.TopicDraft;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code topics.yaml} and the schemas it names from a source tree, checks every catalog rule and builds the
 * {@link Catalog}. Payload and envelope schema paths are relative to the folder holding {@code topics.yaml},
 * which is also the schema root no {@code $ref} may leave.
 */
public final class CatalogBuilder {

    /** The catalog's file name inside its folder. */
    public static final String CATALOG_FILE = "topics.yaml";

    private CatalogBuilder() {
    }

    /**
     * Reads and validates the catalog, then inlines the envelope and payload schemas from the files the rules
     * checked; the value is null when there is any error.
     */
    public static Checked<ValidatedCatalog> build(SourceTree tree) {
        Diagnostics out = new Diagnostics();
        SourceLocation catalogFile = SourceLocation.of(tree.displayRoot().equals(".") ? CATALOG_FILE
                : tree.displayRoot() + "/" + CATALOG_FILE);
        Optional<SourceFile> file;
        try {
            file = tree.read(CATALOG_FILE);
        } catch (IOException e) {
            out.error(catalogFile, "", FieldRule.INPUT_FILE.id(), "cannot read the catalog: " + e.getMessage());
            return new Checked<>(null, out.list());
        }
        if (file.isEmpty()) {
            out.error(catalogFile, "", FieldRule.INPUT_FILE.id(), "the catalog folder has no " + CATALOG_FILE
                    + "; point catalog at the folder holding " + CATALOG_FILE);
            return new Checked<>(null, out.list());
        }
        ParseResult parsed = YamlReader.read(file.get());
        out.addAll(parsed.diagnostics());
        if (parsed.hasErrors()) {
            return new Checked<>(null, out.list());
        }
        String display = file.get().displayPath();
        if (parsed.root() == null) {
            out.error(new SourceLocation(display, 1, 1), "", FieldRule.REQUIRED_FIELD.id(), "the catalog is empty;"
                    + " expected the keys catalog, spec_version, envelope_schema and topics");
            return new Checked<>(null, out.list());
        }
        SchemaResolver schemas = new SchemaResolver(tree, out);
        CatalogDraft draft = read(display, parsed.root(), schemas, out);
        if (draft == null) {
            return new Checked<>(null, out.list());
        }
        for (CatalogRule rule : CatalogRule.values()) {
            rule.check(draft, out);
        }
        if (out.hasErrors()) {
            return new Checked<>(null, out.list());
        }
        Catalog catalog = toCatalog(draft);
        List<String> files = new ArrayList<>();
        files.add(catalog.envelopeSchema());
        catalog.topics().forEach(topic -> files.add(topic.payloadSchema()));
        SchemaDocuments documents = SchemaDocuments.of(schemas.files(), files, out);
        return new Checked<>(new ValidatedCatalog(catalog, documents), out.list());
    }

    private static CatalogDraft read(String display, RawNode root, SchemaResolver schemas, Diagnostics out) {
        FieldReader top = new FieldReader(root, "the catalog", out);
        if (!top.isMap()) {
            return null;
        }
        Located<String> catalog = top.string("catalog", true);
        Located<String> specVersion = top.string("spec_version", true);
        Located<String> envelopeSchema = top.string("envelope_schema", true);
        Located<RawNode> topicsNode = top.node("topics", true);
        top.finish();

        SchemaType.ObjectType envelope = null;
        if (envelopeSchema.present()) {
            int errorsBefore = out.errorCount();
            envelope = objectRoot(schemas.resolveFile(envelopeSchema.value(), envelopeSchema, "envelope_schema"),
                    envelopeSchema, "envelope", out);
            if (out.errorCount() > errorsBefore) {
                envelope = null;
            }
        }
        List<TopicDraft> topics = new ArrayList<>();
        if (topicsNode.present()) {
            if (!(topicsNode.value() instanceof RawList list)) {
                out.error(topicsNode.location(), topicsNode.path(), FieldRule.FIELD_TYPE.id(),
                        "expected a list of topics, found " + topicsNode.value().describe());
            } else if (list.items().isEmpty()) {
                out.error(topicsNode.location(), topicsNode.path(), FieldRule.REQUIRED_FIELD.id(),
                        "topics is empty; the catalog lists at least one topic");
            } else {
                for (RawNode item : list.items()) {
                    readTopic(item, schemas, out).ifPresent(topics::add);
                }
            }
        }
        return new CatalogDraft(display, catalog, specVersion, envelopeSchema, envelope, topics);
    }

    private static Optional<TopicDraft> readTopic(RawNode node, SchemaResolver schemas, Diagnostics out) {
        FieldReader in = new FieldReader(node, "a topic", out);
        if (!in.isMap()) {
            return Optional.empty();
        }
        Located<String> name = in.string("name", true);
        Located<String> domain = in.string("domain", true);
        Located<String> entity = in.string("entity", true);
        Located<String> event = in.string("event", true);
        Located<Long> version = in.integer("version", true);
        Located<EventClass> eventClass = in.choice("event_class", true, Arrays.asList(EventClass.values()),
                EventClass::yamlName);
        Located<String> key = in.string("key", true);
        Located<String> meaning = in.string("meaning", true);
        Located<String> semantic = in.string("semantic", false);
        Located<List<String>> consumers = in.stringList("consumers", false);
        Located<String> retention = in.string("retention", true);
        Located<CleanupPolicy> cleanupPolicy = in.choice("cleanup_policy", true,
                Arrays.asList(CleanupPolicy.values()), CleanupPolicy::kafkaName);
        Located<Boolean> compactionAllowed = in.bool("compaction_allowed", true);
        Located<Long> partitions = in.integer("partitions", true);
        Located<String> justification = in.string("partition_justification", false);
        Located<Direction> direction = in.choice("direction", true, Arrays.asList(Direction.values()),
                Direction::yamlName);
        Located<String> payloadSchema = in.string("payload_schema", true);
        Located<String> legacyName = in.string("legacy_name", false);
        Located<String> broadcastKey = in.string("broadcast_key", false);
        Located<String> frequency = in.string("frequency", false);
        Located<List<PrincipalClass>> producers = in.choiceList("producers", true,
                Arrays.asList(PrincipalClass.values()), PrincipalClass::yamlName);
        Located<List<PrincipalClass>> readers = in.choiceList("readers", true,
                Arrays.asList(PrincipalClass.values()), PrincipalClass::yamlName);
        in.finish();
        for (Located<List<PrincipalClass>> principals : List.of(producers, readers)) {
            if (principals.present() && principals.value().isEmpty()) {
                out.error(principals.location(), principals.path(), FieldRule.REQUIRED_FIELD.id(),
                        principals.path().substring(principals.path().lastIndexOf('.') + 1)
                                + " is empty; name at least one principal class (section 12)");
            }
        }
        SchemaType.ObjectType payload = null;
        if (payloadSchema.present()) {
            int errorsBefore = out.errorCount();
            payload = objectRoot(schemas.resolveFile(payloadSchema.value(), payloadSchema, "payload_schema"),
                    payloadSchema, "payload", out);
            if (out.errorCount() > errorsBefore) {
                payload = null; // a broken schema is reported once; rules on the payload would only echo it
            }
        }
        return Optional.of(new TopicDraft(node.location(), node.path(), name, domain, entity, event, version,
                eventClass, key, meaning, semantic, consumers, retention, cleanupPolicy, compactionAllowed,
                partitions, justification, direction, payloadSchema, legacyName, broadcastKey, frequency, producers,
                readers, payload));
    }

    private static SchemaType.ObjectType objectRoot(Optional<SchemaResolver.Resolved> resolved,
            Located<String> referrer, String role, Diagnostics out) {
        if (resolved.isEmpty()) {
            return null;
        }
        if (resolved.get().type() instanceof SchemaType.ObjectType object && !resolved.get().nullable()) {
            return object;
        }
        out.error(referrer.location(), referrer.path(), SchemaRule.SCHEMA_ROOT.id(), "the " + role + " schema "
                + referrer.value() + " must be an object with properties (type: object), not "
                + describe(resolved.get()));
        return null;
    }

    private static String describe(SchemaResolver.Resolved resolved) {
        SchemaType type = resolved.type();
        String kind = type instanceof SchemaType.MapType ? "a map (additionalProperties without properties)"
                : type instanceof SchemaType.AnyType ? "a schema without type"
                : type.getClass().getSimpleName().replace("Type", "").toLowerCase();
        return resolved.nullable() ? kind + " that may be null" : kind;
    }

    private static Catalog toCatalog(CatalogDraft draft) {
        List<Topic> topics = new ArrayList<>();
        for (TopicDraft t : draft.topics()) {
            TopicName name = ((TopicNames.Canonical) TopicNames.classify(t.name().value())).name();
            Duration retention = CatalogRule.duration(t.retention()).orElseThrow();
            topics.add(new Topic(name, t.eventClass().value(), t.key().value(), t.broadcastKey().optional(),
                    retention, t.cleanupPolicy().value(), t.compactionAllowed().value(),
                    Math.toIntExact(t.partitions().value()), t.partitionJustification().optional(),
                    t.direction().value(), t.meaning().value(), t.semantic().optional().orElse(""),
                    t.consumers().optional().orElse(List.of()), t.legacyName().optional(), t.producers().value(),
                    t.readers().value(), t.payload(),
                    SchemaFiles.normalize("", t.payloadSchema().value()).orElseThrow(), t.location(),
                    CatalogRule.duration(t.frequency())));
        }
        return new Catalog(topics, draft.envelope(),
                SchemaFiles.normalize("", draft.envelopeSchema().value()).orElseThrow(), SourceLocation.of(draft.file()));
    }
}
