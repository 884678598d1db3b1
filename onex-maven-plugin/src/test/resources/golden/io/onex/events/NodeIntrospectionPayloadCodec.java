package io.onex.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import io.onex.sdk.OnexValidationException;
import io.onex.sdk.codec.Json;
import io.onex.sdk.codec.PayloadCodec;
import io.onex.sdk.redact.Redactor;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Streaming JSON codec of {@link NodeIntrospectionPayload}.
 */
@Generated("io.onex.plugin.generate.CodecGenerator")
public final class NodeIntrospectionPayloadCodec implements PayloadCodec<NodeIntrospectionPayload> {
    /**
     * The codec; stateless and thread-safe.
     */
    public static final NodeIntrospectionPayloadCodec INSTANCE = new NodeIntrospectionPayloadCodec();

    private static final SerializedString FIELD_NODE_ID = new SerializedString("node_id");

    private static final SerializedString FIELD_NODE_TYPE = new SerializedString("node_type");

    private static final SerializedString FIELD_NODE_VERSION = new SerializedString("node_version");

    private static final SerializedString FIELD_CAPABILITIES = new SerializedString("capabilities");

    private static final SerializedString FIELD_ENDPOINTS = new SerializedString("endpoints");

    private static final SerializedString FIELD_METADATA = new SerializedString("metadata");

    private static final SerializedString FIELD_NETWORK_ID = new SerializedString("network_id");

    private static final SerializedString FIELD_DEPLOYMENT_ID = new SerializedString("deployment_id");

    private static final SerializedString FIELD_EPOCH = new SerializedString("epoch");

    private static final SerializedString FIELD_PERFORMANCE_METRICS = new SerializedString("performance_metrics");

    private NodeIntrospectionPayloadCodec() {
    }

    @Override
    public void write(JsonGenerator generator, NodeIntrospectionPayload value, Redactor redactor)
            throws IOException {
        generator.writeStartObject();
        generator.writeFieldName(FIELD_NODE_ID);
        generator.writeString(value.nodeId());
        generator.writeFieldName(FIELD_NODE_TYPE);
        generator.writeString(value.nodeType().json());
        String nodeVersion = value.nodeVersion();
        if (nodeVersion != null) {
            generator.writeFieldName(FIELD_NODE_VERSION);
            generator.writeString(nodeVersion);
        }
        Map<String, Boolean> capabilities = value.capabilities();
        if (capabilities != null) {
            generator.writeFieldName(FIELD_CAPABILITIES);
            generator.writeStartObject();
            for (Map.Entry<String, Boolean> entry0 : capabilities.entrySet()) {
                generator.writeFieldName(entry0.getKey());
                generator.writeBoolean(entry0.getValue());
            }
            generator.writeEndObject();
        }
        Map<String, String> endpoints = value.endpoints();
        if (endpoints != null) {
            generator.writeFieldName(FIELD_ENDPOINTS);
            generator.writeStartObject();
            for (Map.Entry<String, String> entry0 : endpoints.entrySet()) {
                generator.writeFieldName(entry0.getKey());
                generator.writeString(entry0.getValue());
            }
            generator.writeEndObject();
        }
        Map<String, String> metadata = value.metadata();
        if (metadata != null) {
            generator.writeFieldName(FIELD_METADATA);
            generator.writeStartObject();
            for (Map.Entry<String, String> entry0 : metadata.entrySet()) {
                generator.writeFieldName(entry0.getKey());
                generator.writeString(entry0.getValue());
            }
            generator.writeEndObject();
        }
        String networkId = value.networkId();
        if (networkId != null) {
            generator.writeFieldName(FIELD_NETWORK_ID);
            generator.writeString(networkId);
        }
        String deploymentId = value.deploymentId();
        if (deploymentId != null) {
            generator.writeFieldName(FIELD_DEPLOYMENT_ID);
            generator.writeString(deploymentId);
        }
        Long epoch = value.epoch();
        if (epoch != null) {
            generator.writeFieldName(FIELD_EPOCH);
            generator.writeNumber(epoch);
        }
        PerformanceMetrics performanceMetrics = value.performanceMetrics();
        if (performanceMetrics != null) {
            generator.writeFieldName(FIELD_PERFORMANCE_METRICS);
            PerformanceMetricsCodec.INSTANCE.write(generator, performanceMetrics, redactor);
        }
        generator.writeEndObject();
    }

    @Override
    public NodeIntrospectionPayload read(JsonParser parser, String pointer) throws IOException {
        Json.expectObject(parser, pointer);
        String nodeId = null;
        NodeType nodeType = null;
        String nodeVersion = null;
        Map<String, Boolean> capabilities = null;
        Map<String, String> endpoints = null;
        Map<String, String> metadata = null;
        String networkId = null;
        String deploymentId = null;
        Long epoch = null;
        PerformanceMetrics performanceMetrics = null;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            parser.nextToken();
            switch (name) {
                case "node_id":
                    nodeId = Json.readString(parser, pointer, "node_id");
                    break;
                case "node_type":
                    nodeType = Json.readEnum(parser, pointer, "node_type", NodeType::lookup, NodeType.ALLOWED_VALUES);
                    break;
                case "node_version":
                    nodeVersion = Json.readString(parser, pointer, "node_version");
                    break;
                case "capabilities":
                    capabilities = readCapabilities(parser, pointer + "/" + "capabilities");
                    break;
                case "endpoints":
                    endpoints = readEndpoints(parser, pointer + "/" + "endpoints");
                    break;
                case "metadata":
                    metadata = readMetadata(parser, pointer + "/" + "metadata");
                    break;
                case "network_id":
                    networkId = Json.readString(parser, pointer, "network_id");
                    break;
                case "deployment_id":
                    deploymentId = Json.readString(parser, pointer, "deployment_id");
                    break;
                case "epoch":
                    epoch = Json.readLong(parser, pointer, "epoch");
                    break;
                case "performance_metrics":
                    performanceMetrics = PerformanceMetricsCodec.INSTANCE.read(parser, pointer + "/" + "performance_metrics");
                    break;
                default:
                    parser.skipChildren();
            }
        }
        try {
            return new NodeIntrospectionPayload(nodeId, nodeType, nodeVersion, capabilities, endpoints, metadata, networkId, deploymentId, epoch, performanceMetrics);
        } catch (OnexValidationException e) {
            throw Json.invalid(pointer, e);
        }
    }

    private static Map<String, Boolean> readCapabilities(JsonParser parser, String pointer) throws
            IOException {
        Json.expectObject(parser, pointer);
        Map<String, Boolean> map = new LinkedHashMap<>();
        String key;
        while ((key = parser.nextFieldName()) != null) {
            parser.nextToken();
            map.put(key, Json.readBoolean(parser, pointer, Json.escape(key)));
        }
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, String> readEndpoints(JsonParser parser, String pointer) throws
            IOException {
        Json.expectObject(parser, pointer);
        Map<String, String> map = new LinkedHashMap<>();
        String key;
        while ((key = parser.nextFieldName()) != null) {
            parser.nextToken();
            map.put(key, Json.readString(parser, pointer, Json.escape(key)));
        }
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, String> readMetadata(JsonParser parser, String pointer) throws
            IOException {
        Json.expectObject(parser, pointer);
        Map<String, String> map = new LinkedHashMap<>();
        String key;
        while ((key = parser.nextFieldName()) != null) {
            parser.nextToken();
            map.put(key, Json.readString(parser, pointer, Json.escape(key)));
        }
        return Collections.unmodifiableMap(map);
    }
}
