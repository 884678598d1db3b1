package io.onex.plugin.generate;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.CleanupPolicy;
import io.onex.plugin.model.Contract;
import io.onex.plugin.model.Direction;
import io.onex.plugin.model.EventClass;
import io.onex.plugin.model.NodeType;
import io.onex.rules.PrincipalClass;
import io.onex.plugin.model.SchemaType;
import io.onex.plugin.model.SchemaType.Origin;
import io.onex.plugin.model.SchemaType.Property;
import io.onex.plugin.model.SchemaType.StringFormat;
import io.onex.plugin.model.SourceLocation;
import io.onex.plugin.model.Topic;
import io.onex.plugin.model.TopicName;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A small hand-built model that exercises every schema type the generators support. */
final class ModelFixtures {
    private ModelFixtures() {
    }

    static Origin at(String pointer) {
        return new Origin(new SourceLocation("fixture.schema.json", 1, 1), pointer);
    }

    static SchemaType.StringType string() {
        return new SchemaType.StringType(StringFormat.NONE, 1, 255, null, at("/s"));
    }

    static Catalog catalog() {
        SchemaType.EnumType nodeType = new SchemaType.EnumType("NodeType", "ONEX node kind.",
                List.of("EFFECT", "COMPUTE", "REDUCER", "ORCHESTRATOR"), at("/definitions/NodeType"));
        SchemaType.ObjectType metrics = new SchemaType.ObjectType("PerformanceMetrics", "Performance figures.", List.of(
                new Property("cpu_usage_percent", "cpuUsagePercent",
                        new SchemaType.NumberType(BigDecimal.ZERO, BigDecimal.valueOf(100), at("/cpu")), true, false, "CPU %"),
                new Property("uptime_seconds", "uptimeSeconds", new SchemaType.IntegerType(0L, null, at("/up")), false, false, "")),
                true, at("/properties/performance_metrics"));
        SchemaType.ObjectType heartbeat = new SchemaType.ObjectType("HeartbeatPayload", "Liveness signal.", List.of(
                new Property("node_id", "nodeId", string(), true, false, "Node id."),
                new Property("node_type", "nodeType", nodeType, true, false, "Kind."),
                new Property("node_version", "nodeVersion",
                        new SchemaType.StringType(StringFormat.NONE, null, null, "^\\d+\\.\\d+\\.\\d+$", at("/v")), true, false, ""),
                new Property("uptime_seconds", "uptimeSeconds", new SchemaType.IntegerType(0L, null, at("/u")), true, false, ""),
                new Property("memory_usage_mb", "memoryUsageMb", new SchemaType.NumberType(BigDecimal.ZERO, null, at("/m")), false, false, ""),
                new Property("endpoints", "endpoints", new SchemaType.MapType(
                        new SchemaType.StringType(StringFormat.URI, null, null, null, at("/e")), at("/endpoints")), false, false, ""),
                new Property("capabilities", "capabilities", new SchemaType.MapType(new SchemaType.BooleanType(at("/c")), at("/cap")),
                        false, false, ""),
                new Property("performance_metrics", "performanceMetrics", metrics, false, false, ""),
                new Property("registered_at", "registeredAt", new SchemaType.StringType(StringFormat.DATE_TIME, null, null, null, at("/r")),
                        false, false, "")),
                true, at(""));
        SchemaType.ObjectType request = new SchemaType.ObjectType("IntrospectionRequestedPayload", "", List.of(
                new Property("request_id", "requestId", string(), true, false, ""),
                new Property("target_node_ids", "targetNodeIds", new SchemaType.ArrayType(string(), null, null, true, at("/t")),
                        true, true, ""),
                new Property("target_node_types", "targetNodeTypes", new SchemaType.ArrayType(nodeType, 1, null, false, at("/tt")),
                        false, true, ""),
                new Property("reason", "reason", string(), false, false, "")),
                true, at(""));
        SchemaType.ObjectType error = new SchemaType.ObjectType("ErrorDetectedPayload", "", List.of(
                new Property("error_code", "errorCode", string(), true, false, ""),
                new Property("message", "message", string(), true, false, "", true),
                new Property("detail", "detail", new SchemaType.StringType(StringFormat.NONE, null, null, null, at("/d")), false,
                        true, "", true),
                new Property("context", "context", new SchemaType.MapType(new SchemaType.AnyType(at("/a")), at("/ctx")), false, false,
                        "", true),
                new Property("event_id", "eventId", new SchemaType.StringType(StringFormat.UUID, null, null, null, at("/id")), false, false, "")),
                true, at(""));
        SourceLocation loc = new SourceLocation("topics.yaml", 1, 1);
        Topic hb = new Topic(new TopicName("node", "heartbeat", "published", 1), EventClass.NODE_LIFECYCLE, "node_id", Optional.empty(),
                Duration.ofHours(1), CleanupPolicy.DELETE, false, 3, Optional.empty(), Direction.NODE_TO_REGISTRY,
                "Liveness signal", "Ephemeral", List.of(), Optional.of("node.heartbeat"), List.of(PrincipalClass.NODE_SERVICES),
                List.of(PrincipalClass.REGISTRY_SERVICES), heartbeat, "payloads/hb.json", loc);
        Topic req = new Topic(new TopicName("registry", "introspection", "requested", 1), EventClass.REGISTRY_CONTROL, "request_id",
                Optional.of("broadcast"), Duration.ofHours(1), CleanupPolicy.DELETE, false, 3, Optional.empty(),
                Direction.REGISTRY_TO_NODES, "Registry requests re-broadcast", "", List.of(), Optional.empty(),
                List.of(PrincipalClass.REGISTRY_SERVICES), List.of(PrincipalClass.NODE_SERVICES), request, "payloads/req.json", loc);
        Topic err = new Topic(new TopicName("infra", "error", "detected", 1), EventClass.TRACE_ERROR_CORRELATION, "correlation_id",
                Optional.empty(), Duration.ofDays(7), CleanupPolicy.DELETE, false, 3, Optional.empty(), Direction.INTERNAL,
                "Infrastructure-level error", "", List.of(), Optional.empty(), List.of(PrincipalClass.INFRASTRUCTURE_SERVICES),
                List.of(PrincipalClass.OBSERVABILITY), error, "payloads/err.json", loc);
        SchemaType.ObjectType envelope = new SchemaType.ObjectType("EventEnvelope", "", List.of(), true, at(""));
        return new Catalog(List.of(hb, req, err), envelope, loc);
    }

    static List<Contract> contracts(Catalog catalog) {
        Topic hb = catalog.topics().get(0);
        Topic req = catalog.topics().get(1);
        SourceLocation loc = new SourceLocation("contract.yaml", 1, 1);
        return List.of(new Contract("registry-effect", "1.0.0", NodeType.EFFECT,
                List.of(new Contract.Channel(hb.fullName(), hb, Contract.TopicReference.CANONICAL, Optional.empty(), "node_id",
                        "heartbeat", "Periodic liveness signal", Optional.empty(), loc)),
                List.of(new Contract.Channel(req.fullName(), req, Contract.TopicReference.CANONICAL, Optional.empty(), "request_id",
                        "request", "Registry broadcast requesting introspection refresh",
                        Optional.of("handle_introspection_request"), loc)),
                loc));
    }
}
