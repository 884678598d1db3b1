package io.onex.bench.codec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.apicurio.registry.resolver.ParsedSchemaImpl;
import io.apicurio.registry.resolver.SchemaLookupResult;
import io.apicurio.registry.resolver.SchemaParser;
import io.apicurio.registry.resolver.SchemaResolver;
import io.apicurio.registry.resolver.data.Record;
import io.apicurio.registry.resolver.strategy.ArtifactReference;
import io.apicurio.registry.resolver.strategy.ArtifactReferenceResolverStrategy;
import io.apicurio.registry.rest.client.RegistryClient;
import io.apicurio.registry.serde.SerdeConfig;
import io.apicurio.registry.serde.jsonschema.JsonSchemaKafkaDeserializer;
import io.apicurio.registry.serde.jsonschema.JsonSchemaKafkaSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Apicurio Registry's JSON Schema serde (2.6) with validation on, as a Kafka application would
 * configure it, on the hand-written plain envelope records. Only the registry is taken away: a
 * resolver hands out one schema that is already parsed, so every lookup is a cache hit and the
 * serde itself is measured. The schema is what a user registers for a topic: the envelope schema
 * with its {@code payload} pointing at the topic's payload schema, both from the onex-schemas jar.
 * The wire format is Apicurio's: a magic byte and the schema's id before the JSON.
 */
final class ApicurioContender implements Contender {
    private static final String TOPIC = "bench";

    private final JsonSchemaKafkaSerializer<Object> serializer;
    private final JsonSchemaKafkaDeserializer<Object> deserializer;
    private final Object event;
    private final int prefix;

    ApicurioContender(EventKind kind) {
        ObjectMapper mapper = Mappers.databind();
        FixedSchemaResolver resolver = new FixedSchemaResolver(topicSchema(mapper, kind));
        Map<String, Object> config = new HashMap<>();
        config.put(SerdeConfig.VALIDATION_ENABLED, true);
        config.put(SerdeConfig.ENABLE_HEADERS, false);
        config.put(SerdeConfig.DESERIALIZER_SPECIFIC_VALUE_RETURN_CLASS, kind.plainEnvelope().getName());
        this.serializer = new JsonSchemaKafkaSerializer<>(resolver);
        this.serializer.configure(config, false);
        this.serializer.setObjectMapper(mapper);
        this.deserializer = new JsonSchemaKafkaDeserializer<>(resolver);
        this.deserializer.configure(config, false);
        this.deserializer.setObjectMapper(mapper);
        try {
            this.event = mapper.readValue(kind.fixture(), kind.plainEnvelope());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] wire = serializer.serialize(TOPIC, event);
        int brace = 0;
        while (brace < wire.length && wire[brace] != '{') {
            brace++;
        }
        this.prefix = brace;
    }

    private static ParsedSchemaImpl<JsonSchema> topicSchema(ObjectMapper mapper, EventKind kind) {
        try (InputStream in = ApicurioContender.class.getClassLoader()
                .getResourceAsStream("onex/schemas/envelope.v1.schema.json")) {
            ObjectNode envelope = (ObjectNode) mapper.readTree(in);
            ObjectNode payload = mapper.createObjectNode().put("$ref", "classpath:" + kind.payloadSchema());
            ((ObjectNode) envelope.get("properties")).set("payload", payload);
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(
                    SchemaLocation.of("classpath:onex/schemas/envelope.v1.schema.json"), envelope,
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            schema.initializeValidators();
            return new ParsedSchemaImpl<JsonSchema>().setParsedSchema(schema).setRawSchema(mapper.writeValueAsBytes(envelope));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Object event() {
        return event;
    }

    @Override
    public byte[] serialize(Object value) {
        return serializer.serialize(TOPIC, value);
    }

    @Override
    public Object deserialize(byte[] bytes) {
        return deserializer.deserialize(TOPIC, bytes);
    }

    @Override
    public byte[] json(byte[] wire) {
        return Arrays.copyOfRange(wire, prefix, wire.length);
    }

    @Override
    public byte[] wire(byte[] json) {
        byte[] framed = serialize(event);
        byte[] wire = Arrays.copyOf(framed, prefix + json.length);
        System.arraycopy(json, 0, wire, prefix, json.length);
        return wire;
    }

    /** Every lookup answers with the one schema: the registry's cache, always hit. */
    private static final class FixedSchemaResolver implements SchemaResolver<JsonSchema, Object> {
        private final SchemaLookupResult<JsonSchema> result;
        private SchemaParser<JsonSchema, Object> parser;

        FixedSchemaResolver(ParsedSchemaImpl<JsonSchema> schema) {
            this.result = SchemaLookupResult.<JsonSchema>builder().parsedSchema(schema).globalId(1L).contentId(1L)
                    .groupId("default").artifactId("onex-bench").version("1").build();
        }

        @Override
        public void configure(Map<String, ?> configs, SchemaParser<JsonSchema, Object> schemaParser) {
            this.parser = schemaParser;
        }

        @Override
        public void setClient(RegistryClient client) {
        }

        @Override
        public void setArtifactResolverStrategy(ArtifactReferenceResolverStrategy<JsonSchema, Object> strategy) {
        }

        @Override
        public SchemaParser<JsonSchema, Object> getSchemaParser() {
            return parser;
        }

        @Override
        public SchemaLookupResult<JsonSchema> resolveSchema(Record<Object> data) {
            return result;
        }

        @Override
        public SchemaLookupResult<JsonSchema> resolveSchemaByArtifactReference(ArtifactReference reference) {
            return result;
        }

        @Override
        public void reset() {
        }

        @Override
        public void close() {
        }
    }
}
