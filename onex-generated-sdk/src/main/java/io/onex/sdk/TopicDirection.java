package io.onex.sdk;

/** Direction of a catalog topic (spec section 10). */
public enum TopicDirection {
    NODE_TO_REGISTRY,
    REGISTRY_TO_NODES,
    INTERNAL
}
