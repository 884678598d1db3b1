package io.onex.nodes;

import io.onex.events.IntrospectionRequestPayload;
import io.onex.sdk.EventEnvelope;
import javax.annotation.processing.Generated;

/**
 * Handlers of the events node {@code registry-effect} subscribes to in {@code src/test/resources/golden-input/registry-effect.contract.yaml}.
 *
 * <p>Events may be missed by offline consumers and are not acknowledgements (spec section 2).
 */
@Generated("io.onex.plugin.generate.SubscriberGenerator")
public interface RegistryEffectSubscriber {
    /**
     * Registry broadcast requesting introspection refresh.
     *
     * <p>Topic {@code onex.registry.introspection.requested.v1}, keyed by {@code request_id}.
     *
     * @param event the typed event
     */
    void handleIntrospectionRequest(EventEnvelope<IntrospectionRequestPayload> event);
}
