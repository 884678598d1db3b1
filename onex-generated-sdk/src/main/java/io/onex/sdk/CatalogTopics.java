package io.onex.sdk;

import io.onex.events.EnumONEXTopic;
import io.onex.events.OnexTopics;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Which {@link OnexTopic} objects are the catalog's: exactly the constants of {@link OnexTopics}, by identity, so a
 * hand-made descriptor that copies a catalog name is not one.
 */
final class CatalogTopics {

    private static final Set<OnexTopic<?>> CONSTANTS;

    static {
        Set<OnexTopic<?>> constants = Collections.newSetFromMap(new IdentityHashMap<>());
        constants.addAll(OnexTopics.ALL);
        CONSTANTS = Collections.unmodifiableSet(constants);
    }

    private CatalogTopics() {
    }

    static boolean contains(OnexTopic<?> topic) {
        return CONSTANTS.contains(topic);
    }

    static NonCatalogTopicException refusal(OnexTopic<?> topic) {
        String name = nameOf(topic);
        String what = name == null ? "a topic without a name (" + topic.getClass().getName() + ")" : "\"" + name + "\"";
        String reason = EnumONEXTopic.find(String.valueOf(name))
                .map(constant -> what + " is a hand-made topic object, not the catalog constant "
                        + OnexTopics.class.getName() + "." + constant.name())
                .orElse(what + " is not a topic of the ONEX catalog");
        return new NonCatalogTopicException(name, reason + ": the SDK publishes and consumes only the constants of "
                + OnexTopics.class.getName() + ", whose name, key, partitions and event type the catalog fixes"
                + " (spec section 10)");
    }

    private static String nameOf(OnexTopic<?> topic) {
        try {
            return topic.topicName();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
