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
 * Streaming JSON codec of {@link PerformanceMetrics}.
 */
@Generated("io.onex.plugin.generate.CodecGenerator")
public final class PerformanceMetricsCodec implements PayloadCodec<PerformanceMetrics> {
    /**
     * The codec; stateless and thread-safe.
     */
    public static final PerformanceMetricsCodec INSTANCE = new PerformanceMetricsCodec();

    private static final SerializedString FIELD_CPU_USAGE_PERCENT = new SerializedString("cpu_usage_percent");

    private static final SerializedString FIELD_MEMORY_USAGE_MB = new SerializedString("memory_usage_mb");

    private static final SerializedString FIELD_UPTIME_SECONDS = new SerializedString("uptime_seconds");

    private static final SerializedString FIELD_ACTIVE_OPERATIONS_COUNT = new SerializedString("active_operations_count");

    private PerformanceMetricsCodec() {
    }

    @Override
    public void write(JsonGenerator generator, PerformanceMetrics value, Redactor redactor) throws
            IOException {
        generator.writeStartObject();
        Double cpuUsagePercent = value.cpuUsagePercent();
        if (cpuUsagePercent != null) {
            generator.writeFieldName(FIELD_CPU_USAGE_PERCENT);
            generator.writeNumber(cpuUsagePercent);
        }
        Double memoryUsageMb = value.memoryUsageMb();
        if (memoryUsageMb != null) {
            generator.writeFieldName(FIELD_MEMORY_USAGE_MB);
            generator.writeNumber(memoryUsageMb);
        }
        Long uptimeSeconds = value.uptimeSeconds();
        if (uptimeSeconds != null) {
            generator.writeFieldName(FIELD_UPTIME_SECONDS);
            generator.writeNumber(uptimeSeconds);
        }
        Long activeOperationsCount = value.activeOperationsCount();
        if (activeOperationsCount != null) {
            generator.writeFieldName(FIELD_ACTIVE_OPERATIONS_COUNT);
            generator.writeNumber(activeOperationsCount);
        }
        generator.writeEndObject();
    }

    @Override
    public PerformanceMetrics read(JsonParser parser, String pointer) throws IOException {
        Json.expectObject(parser, pointer);
        Double cpuUsagePercent = null;
        Double memoryUsageMb = null;
        Long uptimeSeconds = null;
        Long activeOperationsCount = null;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            parser.nextToken();
            switch (name) {
                case "cpu_usage_percent":
                    cpuUsagePercent = Json.readDouble(parser, pointer, "cpu_usage_percent");
                    break;
                case "memory_usage_mb":
                    memoryUsageMb = Json.readDouble(parser, pointer, "memory_usage_mb");
                    break;
                case "uptime_seconds":
                    uptimeSeconds = Json.readLong(parser, pointer, "uptime_seconds");
                    break;
                case "active_operations_count":
                    activeOperationsCount = Json.readLong(parser, pointer, "active_operations_count");
                    break;
                default:
                    parser.skipChildren();
            }
        }
        try {
            return new PerformanceMetrics(cpuUsagePercent, memoryUsageMb, uptimeSeconds, activeOperationsCount);
        } catch (OnexValidationException e) {
            throw Json.invalid(pointer, e);
        }
    }
}
