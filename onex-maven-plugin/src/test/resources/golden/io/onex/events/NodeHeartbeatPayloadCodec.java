package io.onex.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import io.onex.sdk.OnexValidationException;
import io.onex.sdk.codec.Json;
import io.onex.sdk.codec.PayloadCodec;
import io.onex.sdk.redact.Redactor;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Streaming JSON codec of {@link NodeHeartbeatPayload}.
 */
@Generated("io.onex.plugin.generate.CodecGenerator")
public final class NodeHeartbeatPayloadCodec implements PayloadCodec<NodeHeartbeatPayload> {
    /**
     * The codec; stateless and thread-safe.
     */
    public static final NodeHeartbeatPayloadCodec INSTANCE = new NodeHeartbeatPayloadCodec();

    private static final SerializedString FIELD_NODE_ID = new SerializedString("node_id");

    private static final SerializedString FIELD_NODE_TYPE = new SerializedString("node_type");

    private static final SerializedString FIELD_NODE_VERSION = new SerializedString("node_version");

    private static final SerializedString FIELD_UPTIME_SECONDS = new SerializedString("uptime_seconds");

    private static final SerializedString FIELD_ACTIVE_OPERATIONS_COUNT = new SerializedString("active_operations_count");

    private static final SerializedString FIELD_MEMORY_USAGE_MB = new SerializedString("memory_usage_mb");

    private static final SerializedString FIELD_CPU_USAGE_PERCENT = new SerializedString("cpu_usage_percent");

    private NodeHeartbeatPayloadCodec() {
    }

    @Override
    public void write(JsonGenerator generator, NodeHeartbeatPayload value, Redactor redactor) throws
            IOException {
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
        generator.writeFieldName(FIELD_UPTIME_SECONDS);
        generator.writeNumber(value.uptimeSeconds());
        Long activeOperationsCount = value.activeOperationsCount();
        if (activeOperationsCount != null) {
            generator.writeFieldName(FIELD_ACTIVE_OPERATIONS_COUNT);
            generator.writeNumber(activeOperationsCount);
        }
        Double memoryUsageMb = value.memoryUsageMb();
        if (memoryUsageMb != null) {
            generator.writeFieldName(FIELD_MEMORY_USAGE_MB);
            generator.writeNumber(memoryUsageMb);
        }
        Double cpuUsagePercent = value.cpuUsagePercent();
        if (cpuUsagePercent != null) {
            generator.writeFieldName(FIELD_CPU_USAGE_PERCENT);
            generator.writeNumber(cpuUsagePercent);
        }
        generator.writeEndObject();
    }

    @Override
    public NodeHeartbeatPayload read(JsonParser parser, String pointer) throws IOException {
        Json.expectObject(parser, pointer);
        String nodeId = null;
        NodeType nodeType = null;
        String nodeVersion = null;
        long uptimeSeconds = 0L;
        boolean hasUptimeSeconds = false;
        Long activeOperationsCount = null;
        Double memoryUsageMb = null;
        Double cpuUsagePercent = null;
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
                case "uptime_seconds":
                    uptimeSeconds = Json.readLong(parser, pointer, "uptime_seconds");
                    hasUptimeSeconds = true;
                    break;
                case "active_operations_count":
                    activeOperationsCount = Json.readLong(parser, pointer, "active_operations_count");
                    break;
                case "memory_usage_mb":
                    memoryUsageMb = Json.readDouble(parser, pointer, "memory_usage_mb");
                    break;
                case "cpu_usage_percent":
                    cpuUsagePercent = Json.readDouble(parser, pointer, "cpu_usage_percent");
                    break;
                default:
                    parser.skipChildren();
            }
        }
        if (!hasUptimeSeconds) {
            throw Json.missing(pointer, "uptime_seconds");
        }
        try {
            return new NodeHeartbeatPayload(nodeId, nodeType, nodeVersion, uptimeSeconds, activeOperationsCount, memoryUsageMb, cpuUsagePercent);
        } catch (OnexValidationException e) {
            throw Json.invalid(pointer, e);
        }
    }
}
