package io.onex.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.codec.Rfc3339;
import io.onex.sdk.redact.Redactor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The topic schemas of onex-schemas, checked with a real validator (networknt, draft-07, formats on). */
final class SchemaSupport {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_PATH)
            .build();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private SchemaSupport() {
    }

    static JsonSchema schema(String pathUnderOnex) {
        return CACHE.computeIfAbsent(pathUnderOnex, p -> {
            JsonSchema s = FACTORY.getSchema(SchemaLocation.of("classpath:onex/" + p), CONFIG);
            s.initializeValidators();
            return s;
        });
    }

    static String payloadSchema(EnumONEXTopic topic) {
        return "schemas/payloads/" + topic.topicName().substring("onex.".length()).replace('.', '-')
                .replaceFirst("-v(\\d+)$", ".v$1").replace('_', '-') + ".schema.json";
    }

    /** Validation messages of a serialized envelope: the envelope schema, then the payload against its topic schema. */
    static Set<ValidationMessage> validateEnvelope(EnumONEXTopic topic, byte[] bytes) {
        try {
            JsonNode envelope = JSON.readTree(bytes);
            Set<ValidationMessage> messages = new java.util.LinkedHashSet<>(schema("schemas/envelope.v1.schema.json").validate(envelope));
            messages.addAll(schema(payloadSchema(topic)).validate(envelope.get("payload")));
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode resource(String name) {
        try (InputStream in = SchemaSupport.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Serializes a decoded event with its topic's codec, as in an internal environment: these tests check that the
     * codec writes back what it read, and the spec's examples carry host names (the error example's
     * {@code "host": "db.example.com"}), which only an internal environment keeps. They carry no secrets; redaction
     * has its own tests ({@code RedactedFieldsTest}).
     */
    @SuppressWarnings("unchecked")
    static <P> byte[] encode(EnumONEXTopic topic, EventEnvelope<?> event) {
        return ((OnexTopic<P>) topic.topic()).codec().encode((EventEnvelope<P>) event, Redactor.forEnvironment(true));
    }

    static JsonNode readTree(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Two lossless differences are normalised away: timestamps are written in UTC (the same
     * instant), and an optional nullable field reads the same whether it was null or absent.
     */
    static JsonNode normalized(JsonNode node) {
        if (node.isTextual()) {
            Instant instant = Rfc3339.parse(node.textValue());
            if (instant != null) {
                char[] buf = new char[40];
                return TextNode.valueOf(new String(buf, 0, Rfc3339.format(instant, buf)));
            }
            return node;
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    copy.set(e.getKey(), normalized(e.getValue()));
                }
            });
            return copy;
        }
        return node;
    }

    /** A valid envelope around the payload, as JSON bytes. */
    static byte[] wrap(EnumONEXTopic topic, JsonNode payload) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("event_id", "4f1c2a3b-5d6e-4f70-8a9b-0c1d2e3f4a5b");
        envelope.put("event_type", topic.eventType());
        envelope.put("source", "node/postgres-adapter");
        envelope.put("correlation_id", "9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a");
        envelope.put("timestamp", "2025-01-15T10:30:05.123Z");
        envelope.set("payload", payload);
        try {
            return JSON.writeValueAsBytes(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
