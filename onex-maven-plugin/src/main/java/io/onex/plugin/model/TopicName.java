package io.onex.plugin.model;

/**
 * The parts of a canonical topic name {@code onex.<domain>.<entity>.<event>.v<version>} (spec section 3).
 *
 * @param domain logical domain, e.g. {@code node}
 * @param entity entity type, e.g. {@code heartbeat}
 * @param event event meaning, e.g. {@code published}
 * @param version schema version, e.g. {@code 1}
 */
public record TopicName(String domain, String entity, String event, int version) {

    /** The full canonical name. */
    public String full() {
        return "onex." + domain + "." + entity + "." + event + ".v" + version;
    }

    /** The event type carried in the envelope: the name without its version suffix. */
    public String eventType() {
        return "onex." + domain + "." + entity + "." + event;
    }
}
