package io.onex.plugin.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Topic;
import io.onex.plugin.parse.ParseResult;
import io.onex.plugin.parse.RawMap;
import io.onex.plugin.parse.RawScalar;
import io.onex.plugin.parse.SourceFile;
import io.onex.plugin.parse.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds each topic's {@link ValueSchema} from a validated catalog and the schema files beside it. */
public final class ValueSchemaAssembler {

    private ValueSchemaAssembler() {
    }

    /**
     * @param catalogRoot the folder holding {@code topics.yaml} (on disk or inside a jar's file system)
     * @param catalog the catalog loaded from that folder
     * @return one value schema per topic, in catalog order
     */
    public static List<ValueSchema> assemble(Path catalogRoot, Catalog catalog) {
        SchemaInliner inliner = new SchemaInliner(catalogRoot);
        String envelopeFile = envelopeSchemaPath(catalogRoot);
        List<ValueSchema> schemas = new ArrayList<>();
        for (Topic topic : catalog.topics()) {
            ObjectNode envelope = inliner.inline(envelopeFile);
            JsonNode properties = envelope.get("properties");
            if (properties == null || !properties.isObject() || !properties.has("payload")) {
                throw new SchemaInlineException(envelopeFile + ": the envelope schema has no properties/payload");
            }
            ObjectNode payload = inliner.inline(topic.payloadSchema());
            payload.remove("$schema");
            payload.remove("$id");
            ((ObjectNode) properties).set("payload", payload);
            schemas.add(new ValueSchema(topic.fullName(), envelope));
        }
        return List.copyOf(schemas);
    }

    /** The {@code envelope_schema} entry of topics.yaml (the catalog model keeps only its parsed type). */
    static String envelopeSchemaPath(Path catalogRoot) {
        Path file = catalogRoot.resolve("topics.yaml");
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        ParseResult parsed = YamlReader.read(new SourceFile("topics.yaml", file.toString(), content));
        if (parsed.root() instanceof RawMap map && map.get("envelope_schema").orElse(null) instanceof RawScalar s) {
            return s.text();
        }
        throw new SchemaInlineException(file + ": envelope_schema is missing");
    }
}
