package io.onex.plugin.validate;

import io.onex.plugin.model.EventClass;
import io.onex.plugin.model.NodeType;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which node types may publish and subscribe to each event class, derived from spec sections 6, 10, 12 and 13.
 *
 * <ul>
 *   <li>Node lifecycle (introspection, heartbeat, shutdown): every node announces itself, so every node type
 *       publishes; the registry side consumes them (section 12: onex.node.* is read by registry services), which
 *       among node types are the orchestrators that run registration workflows and the reducers that fold state
 *       (section 13: the registration orchestrator subscribes to introspection).</li>
 *   <li>Registry control (introspection requested): the registry asks, so only orchestrators publish; every node
 *       re-announces itself, so every node type subscribes (section 13: the effect node subscribes).</li>
 *   <li>Registry state (registered, registration failed, deregistered): registry-side state transitions, published
 *       by orchestrators and reducers (section 13: the orchestrator publishes registered and registration_failed);
 *       anyone may observe them (section 12: onex.registry.* is read by node services).</li>
 *   <li>Workflow (started, completed, failed): orchestrators coordinate workflows (section 11), so only they
 *       publish; effects (audit sinks), computes and reducers may consume the audit trail.</li>
 *   <li>Infrastructure signals (circuit breaker): effects perform I/O (section 11) and hold the circuit breakers,
 *       so only effects publish, from their own bus (the catalog lets node services write exactly the two
 *       {@code onex.infra.*} topics; see onex-schemas' README); orchestrators and reducers react to them.</li>
 *   <li>Trace/error correlation (error detected): any node type can detect and report an error (the payload's
 *       node_type names it); orchestrators and reducers consume them.</li>
 * </ul>
 */
public final class DirectionTable {

    private static final Map<EventClass, EnumSet<NodeType>> PUBLISHERS = new EnumMap<>(EventClass.class);
    private static final Map<EventClass, EnumSet<NodeType>> SUBSCRIBERS = new EnumMap<>(EventClass.class);

    static {
        EnumSet<NodeType> all = EnumSet.allOf(NodeType.class);
        EnumSet<NodeType> registrySide = EnumSet.of(NodeType.REDUCER, NodeType.ORCHESTRATOR);
        define(EventClass.NODE_LIFECYCLE, all, registrySide);
        define(EventClass.REGISTRY_CONTROL, EnumSet.of(NodeType.ORCHESTRATOR), all);
        define(EventClass.REGISTRY_STATE, registrySide, all);
        define(EventClass.WORKFLOW, EnumSet.of(NodeType.ORCHESTRATOR),
                EnumSet.of(NodeType.EFFECT, NodeType.COMPUTE, NodeType.REDUCER));
        define(EventClass.INFRASTRUCTURE_SIGNAL, EnumSet.of(NodeType.EFFECT), registrySide);
        define(EventClass.TRACE_ERROR_CORRELATION, all, registrySide);
    }

    private DirectionTable() {
    }

    private static void define(EventClass eventClass, EnumSet<NodeType> publishers, EnumSet<NodeType> subscribers) {
        PUBLISHERS.put(eventClass, EnumSet.copyOf(publishers));
        SUBSCRIBERS.put(eventClass, EnumSet.copyOf(subscribers));
    }

    /** Node types that may publish topics of the class. */
    public static Set<NodeType> publishers(EventClass eventClass) {
        return EnumSet.copyOf(PUBLISHERS.get(eventClass));
    }

    /** Node types that may subscribe to topics of the class. */
    public static Set<NodeType> subscribers(EventClass eventClass) {
        return EnumSet.copyOf(SUBSCRIBERS.get(eventClass));
    }
}
