package io.onex.sdk;

/**
 * A topic that is not one of the catalog's constants ({@code io.onex.events.OnexTopics}) reached the SDK's
 * publishing or consuming API: a hand-made {@link TopicDescriptor} or another {@link OnexTopic} implementation. The
 * SDK writes and reads only the catalog's topics (spec section 10), with the name, key, partitions and event type the
 * catalog fixes, so such a topic is refused before anything is sent or subscribed. Field {@code topic}, rule
 * {@code catalog}.
 */
public final class NonCatalogTopicException extends OnexValidationException {
    private static final long serialVersionUID = 1L;

    private final String topic;

    /**
     * @param topic the refused topic's name, as it reports it
     * @param reason what is wrong, naming the topic
     */
    public NonCatalogTopicException(String topic, String reason) {
        super("topic", "catalog", reason);
        this.topic = topic;
    }

    /** The refused topic's name as it reports it (may be null for a broken implementation). */
    public String topic() {
        return topic;
    }
}
