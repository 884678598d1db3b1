package io.onex.bench.codec;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/**
 * What a user hand-writes for validated JSON: Jackson databind on plain records plus networknt
 * json-schema-validator checking the envelope schema and the topic's payload schema, both read
 * from the onex-schemas jar, with format assertions (uuid, date-time, uri) on. Writing goes
 * through a tree so the outgoing event is validated before its bytes exist; reading validates the
 * tree before binding it.
 */
final class NetworkntContender implements Contender {
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private final ObjectMapper mapper;
    private final ObjectReader reader;
    private final JsonSchema envelopeSchema;
    private final JsonSchema payloadSchema;
    private final Object event;

    NetworkntContender(EventKind kind) {
        this.mapper = Mappers.databind();
        JavaType type = mapper.getTypeFactory().constructParametricType(PlainEvents.Envelope.class, kind.plainPayload());
        this.reader = mapper.readerFor(type);
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        this.envelopeSchema = load(factory, "onex/schemas/envelope.v1.schema.json");
        this.payloadSchema = load(factory, kind.payloadSchema());
        try {
            this.event = deserialize(kind.fixture());
        } catch (Exception e) {
            throw new IllegalStateException("fixture is not valid: " + e.getMessage(), e);
        }
    }

    private static JsonSchema load(JsonSchemaFactory factory, String classpathLocation) {
        JsonSchema schema = factory.getSchema(SchemaLocation.of("classpath:" + classpathLocation), CONFIG);
        schema.initializeValidators();
        return schema;
    }

    @Override
    public Object event() {
        return event;
    }

    @Override
    public byte[] serialize(Object value) throws Exception {
        JsonNode tree = mapper.valueToTree(value);
        validate(tree);
        return mapper.writeValueAsBytes(tree);
    }

    @Override
    public Object deserialize(byte[] bytes) throws Exception {
        JsonNode tree = mapper.readTree(bytes);
        validate(tree);
        return reader.readValue(tree);
    }

    private void validate(JsonNode envelope) {
        Set<ValidationMessage> errors = envelopeSchema.validate(envelope);
        if (errors.isEmpty()) {
            errors = payloadSchema.validate(envelope.get("payload"));
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("invalid event: " + errors);
        }
    }
}
