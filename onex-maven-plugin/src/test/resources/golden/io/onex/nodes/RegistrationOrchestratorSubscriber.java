package io.onex.nodes;

import io.onex.events.NodeIntrospectionPayload;
import io.onex.sdk.EventEnvelope;
import javax.annotation.processing.Generated;

/**
 * Handlers of the events node {@code registration-orchestrator} subscribes to in {@code src/test/resources/golden-input/registration-orchestrator.contract.yaml}.
 *
 * <p>Events may be missed by offline consumers and are not acknowledgements (spec section 2).
 */
@Generated("io.onex.plugin.generate.SubscriberGenerator")
public interface RegistrationOrchestratorSubscriber {
    /**
     * Triggers registration workflow for new/updated nodes.
     *
     * <p>Topic {@code onex.node.introspection.published.v1}, keyed by {@code node_id}.
     *
     * @param event the typed event
     */
    void handleIntrospectionEvent(EventEnvelope<NodeIntrospectionPayload> event);
}
