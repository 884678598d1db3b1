package io.onex.sdk.kafka;

import io.onex.sdk.OnexTopic;

/**
 * Rewrites the serialized envelope of one topic before it leaves the process, e.g. to redact
 * secrets from {@code onex.infra.error.detected.v1}. The result must still be a valid envelope
 * of the topic; the bus checks this by decoding it with the topic's codec.
 */
@FunctionalInterface
public interface RecordTransformer {

    /**
     * @param topic the catalog topic
     * @param envelope the envelope as compact UTF-8 JSON
     * @return the bytes to send instead
     */
    byte[] transform(OnexTopic<?> topic, byte[] envelope);
}
