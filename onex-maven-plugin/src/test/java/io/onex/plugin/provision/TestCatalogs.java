package io.onex.plugin.provision;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.CleanupPolicy;
import io.onex.plugin.model.Direction;
import io.onex.plugin.model.EventClass;
import io.onex.rules.PrincipalClass;
import io.onex.plugin.model.SchemaType;
import io.onex.plugin.model.SourceLocation;
import io.onex.plugin.model.Topic;
import io.onex.plugin.model.TopicName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Catalogs built in code: the twelve topics of spec section 10 with the access of section 12. */
final class TestCatalogs {

    private static final SourceLocation HERE = SourceLocation.of("test");
    private static final SchemaType.ObjectType NO_PAYLOAD =
            new SchemaType.ObjectType("Payload", "", List.of(), true, new SchemaType.Origin(HERE, ""));

    private static final List<PrincipalClass> NODE = List.of(PrincipalClass.NODE_SERVICES);
    private static final List<PrincipalClass> REGISTRY = List.of(PrincipalClass.REGISTRY_SERVICES);
    private static final List<PrincipalClass> NODES_AND_INFRA =
            List.of(PrincipalClass.NODE_SERVICES, PrincipalClass.INFRASTRUCTURE_SERVICES);
    private static final List<PrincipalClass> REGISTRY_AND_OBSERVABILITY =
            List.of(PrincipalClass.REGISTRY_SERVICES, PrincipalClass.OBSERVABILITY);
    private static final List<PrincipalClass> NODES_AND_OBSERVABILITY =
            List.of(PrincipalClass.NODE_SERVICES, PrincipalClass.OBSERVABILITY);

    private TestCatalogs() {
    }

    /** The canonical twelve topics, as onex-schemas' topics.yaml declares them, without their legacy names. */
    static Catalog canonical() {
        return new Catalog(List.of(
                topic("node", "introspection", "published", EventClass.NODE_LIFECYCLE, Duration.ofDays(1), NODE,
                        REGISTRY_AND_OBSERVABILITY),
                topic("node", "heartbeat", "published", EventClass.NODE_LIFECYCLE, Duration.ofHours(1), NODE,
                        REGISTRY_AND_OBSERVABILITY),
                topic("node", "shutdown", "announced", EventClass.NODE_LIFECYCLE, Duration.ofDays(1), NODE,
                        REGISTRY_AND_OBSERVABILITY),
                topic("registry", "introspection", "requested", EventClass.REGISTRY_CONTROL, Duration.ofHours(1),
                        REGISTRY, NODES_AND_OBSERVABILITY),
                topic("registry", "node", "registered", EventClass.REGISTRY_STATE, Duration.ofDays(7), REGISTRY,
                        NODES_AND_OBSERVABILITY),
                topic("registry", "node", "registration_failed", EventClass.REGISTRY_STATE, Duration.ofDays(7),
                        REGISTRY, NODES_AND_OBSERVABILITY),
                topic("registry", "node", "deregistered", EventClass.REGISTRY_STATE, Duration.ofDays(7), REGISTRY,
                        NODES_AND_OBSERVABILITY),
                topic("registry", "workflow", "started", EventClass.WORKFLOW, Duration.ofDays(7), REGISTRY,
                        NODES_AND_OBSERVABILITY),
                topic("registry", "workflow", "completed", EventClass.WORKFLOW, Duration.ofDays(30), REGISTRY,
                        NODES_AND_OBSERVABILITY),
                topic("registry", "workflow", "failed", EventClass.WORKFLOW, Duration.ofDays(30), REGISTRY,
                        NODES_AND_OBSERVABILITY),
                topic("infra", "circuit_breaker", "state_changed", EventClass.INFRASTRUCTURE_SIGNAL,
                        Duration.ofDays(7), NODES_AND_INFRA, REGISTRY_AND_OBSERVABILITY),
                topic("infra", "error", "detected", EventClass.TRACE_ERROR_CORRELATION, Duration.ofDays(7),
                        NODES_AND_INFRA, REGISTRY_AND_OBSERVABILITY)),
                NO_PAYLOAD, HERE);
    }

    /** A catalog of the given topics only. */
    static Catalog of(Topic... topics) {
        return new Catalog(List.of(topics), NO_PAYLOAD, HERE);
    }

    static Topic topic(String domain, String entity, String event, EventClass eventClass, Duration retention,
            List<PrincipalClass> producers, List<PrincipalClass> readers) {
        return new Topic(new TopicName(domain, entity, event, 1), eventClass, eventClass.keyField(), Optional.empty(),
                retention, CleanupPolicy.DELETE, false, 3, Optional.empty(), Direction.INTERNAL, "meaning", "",
                List.of(), Optional.empty(), producers, readers, NO_PAYLOAD, "schema.json", HERE);
    }
}
