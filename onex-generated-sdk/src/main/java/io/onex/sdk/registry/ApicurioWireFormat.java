package io.onex.sdk.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apicurio.registry.rest.client.exception.RestClientException;
import io.apicurio.registry.serde.SerdeConfig;
import io.apicurio.registry.serde.SerdeHeaders;
import io.apicurio.registry.serde.jsonschema.JsonSchemaKafkaDeserializer;
import io.apicurio.registry.serde.jsonschema.JsonSchemaKafkaSerializer;
import io.onex.sdk.OnexDeserializationException;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.kafka.WireFormat;
import io.onex.sdk.kafka.WireFormatUnavailableException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.common.header.Headers;

/**
 * The schema registry's wire format: every envelope goes through Apicurio Registry's JSON Schema
 * serde ({@code io.apicurio:apicurio-registry-serdes-jsonschema-serde} 2.6, which the node adds to
 * its dependencies). Records then carry the global id of the topic's value schema, as registered by
 * the plugin's {@code register} goal (group {@code onex}, artifact {@code <topic>-value}), and any
 * Apicurio JSON Schema consumer can read them; the serde validates every value against that schema
 * on both sides.
 *
 * <p>The JSON itself is the SDK's: the envelope is encoded by the topic's generated codec
 * (snake_case fields, RFC 3339 timestamps), parsed into a Jackson tree and handed to the serde as a
 * {@link JsonNode}. The serde's own {@code ObjectMapper} writes a tree as it is, so the record value
 * is the same envelope JSON the plain format sends (plus, when headers are disabled, the serde's
 * magic byte and id in front). Records are never built from the payload records by reflection, which
 * would produce camelCase names.
 *
 * <p>Reading accepts both formats: a record with an Apicurio id (header or magic byte) is
 * deserialized and validated by the serde; a record without one (published by a plain-JSON node,
 * e.g. during the switch-over) is passed to the codec as it is.
 *
 * <pre>{@code
 * WireFormat wire = ApicurioWireFormat.create("http://registry:8080/apis/registry/v2");
 * KafkaEventBus bus = KafkaEventBusConfig.builder(bootstrap, "node/postgres-adapter").wireFormat(wire).buildBus();
 * OnexConsumerRunner runner = OnexConsumerRunner.builder(props, dispatcher).service("registry")
 *         .wireFormat(ApicurioWireFormat.create("http://registry:8080/apis/registry/v2")).build();
 * }</pre>
 */
public final class ApicurioWireFormat implements WireFormat {

    /** The group the {@code register} goal uses by default. */
    public static final String DEFAULT_GROUP = "onex";

    private static final String VALIDATION_FAILURE = "Error validating data against json schema";
    private static final byte MAGIC_BYTE = 0;
    /** Simple names of the I/O exceptions Apicurio's JDK HTTP transport reports in its error bean. */
    private static final Set<String> TRANSPORT_FAILURES = Set.of("ConnectException", "HttpConnectTimeoutException",
            "HttpTimeoutException", "ClosedChannelException", "SocketException", "IOException", "UnknownHostException");

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonSchemaKafkaSerializer<JsonNode> serializer = new JsonSchemaKafkaSerializer<>();
    private final JsonSchemaKafkaDeserializer<JsonNode> deserializer = new JsonSchemaKafkaDeserializer<>();
    private final String description;

    private ApicurioWireFormat(Map<String, Object> config) {
        serializer.configure(config, false);
        deserializer.configure(config, false);
        this.description = "Apicurio JSON Schema serde (" + config.get(SerdeConfig.REGISTRY_URL) + ", group "
                + config.get(SerdeConfig.EXPLICIT_ARTIFACT_GROUP_ID) + ")";
    }

    /**
     * The registry format with the defaults: group {@value #DEFAULT_GROUP}, the latest version of
     * {@code <topic>-value}, no auto-registration (schemas are registered by the build), validation on,
     * the schema id in record headers (Apicurio's default).
     *
     * @param registryUrl the REST v2 API, e.g. {@code http://registry:8080/apis/registry/v2}
     */
    public static ApicurioWireFormat create(String registryUrl) {
        return create(Map.of(SerdeConfig.REGISTRY_URL, Objects.requireNonNull(registryUrl, "registryUrl")));
    }

    /**
     * The registry format with Apicurio serde properties ({@code apicurio.registry.*},
     * {@code apicurio.auth.*}), e.g. {@link SerdeConfig#ENABLE_HEADERS} {@code false} for the
     * magic-byte prefix, credentials, or another group. Unset properties take the defaults of
     * {@link #create(String)}; the payload is always handed over as a JSON tree.
     */
    public static ApicurioWireFormat create(Map<String, ?> serdeConfig) {
        Map<String, Object> config = new LinkedHashMap<>(serdeConfig);
        if (!(config.get(SerdeConfig.REGISTRY_URL) instanceof String url) || url.isBlank()) {
            throw new IllegalArgumentException(SerdeConfig.REGISTRY_URL + " (the registry's REST v2 URL) is required");
        }
        config.putIfAbsent(SerdeConfig.EXPLICIT_ARTIFACT_GROUP_ID, DEFAULT_GROUP);
        config.putIfAbsent(SerdeConfig.FIND_LATEST_ARTIFACT, true);
        config.putIfAbsent(SerdeConfig.AUTO_REGISTER_ARTIFACT, false);
        config.putIfAbsent(SerdeConfig.VALIDATION_ENABLED, true);
        config.put(SerdeConfig.DESERIALIZER_SPECIFIC_VALUE_RETURN_CLASS, JsonNode.class);
        return new ApicurioWireFormat(config);
    }

    @Override
    public byte[] toWire(OnexTopic<?> topic, Headers headers, byte[] envelopeJson) {
        JsonNode tree;
        try {
            tree = mapper.readTree(envelopeJson);
        } catch (IOException e) {
            throw new IllegalStateException(topic.topicName() + ": the codec wrote unreadable JSON", e);
        }
        try {
            // The canonical name picks the artifact (<topic>-value) whatever physical name (legacy,
            // tenant-prefixed) the record goes to.
            return serializer.serialize(topic.topicName(), headers, tree);
        } catch (RuntimeException e) {
            if (isUnavailable(e)) {
                throw new WireFormatUnavailableException(topic.topicName() + ": the schema registry is not reachable ("
                        + e.getMessage() + ")", e);
            }
            String validation = validationMessage(e);
            if (validation != null) {
                throw new IllegalArgumentException(topic.topicName() + ": the registry's schema refuses the event: "
                        + validation, e);
            }
            throw new IllegalStateException(topic.topicName() + ": the registry serde failed: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] fromWire(String topic, Headers headers, byte[] value) {
        if (!carriesSchemaId(headers, value)) {
            return value;
        }
        JsonNode tree;
        try {
            tree = deserializer.deserialize(topic, headers, value);
        } catch (RuntimeException e) {
            if (isUnavailable(e)) {
                throw new WireFormatUnavailableException(topic + ": the schema registry is not reachable ("
                        + e.getMessage() + ")", e);
            }
            String validation = validationMessage(e);
            throw new OnexDeserializationException(topic, "", validation != null
                    ? "the registry's schema refuses the value: " + validation
                    : "not readable in the registry's wire format: " + e, e);
        }
        try {
            return mapper.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new OnexDeserializationException(topic, "", "cannot re-encode the registry value: " + e.getMessage(), e);
        }
    }

    /** An Apicurio record names its schema in a header or behind the magic byte; plain JSON starts with '{'. */
    private static boolean carriesSchemaId(Headers headers, byte[] value) {
        if (headers != null && (headers.lastHeader(SerdeHeaders.HEADER_VALUE_GLOBAL_ID) != null
                || headers.lastHeader(SerdeHeaders.HEADER_VALUE_CONTENT_ID) != null)) {
            return true;
        }
        return value.length > 0 && value[0] == MAGIC_BYTE;
    }

    /**
     * Whether the registry did not answer (or answered with a server error): Apicurio's client turns
     * I/O failures into a {@link RestClientException} without a cause, naming the original exception
     * class in its error bean.
     */
    private static boolean isUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpTimeoutException) {
                return true;
            }
            if (t instanceof RestClientException rest && rest.getError() != null) {
                io.apicurio.registry.rest.v2.beans.Error error = rest.getError();
                if (TRANSPORT_FAILURES.contains(String.valueOf(error.getName()))
                        || (error.getErrorCode() != null && error.getErrorCode() >= 500)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String validationMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null && t.getMessage().startsWith(VALIDATION_FAILURE)) {
                return t.getMessage().substring(t.getMessage().indexOf(':') + 1).trim();
            }
        }
        return null;
    }

    @Override
    public void close() {
        serializer.close();
        deserializer.close();
    }

    @Override
    public String toString() {
        return description;
    }
}
