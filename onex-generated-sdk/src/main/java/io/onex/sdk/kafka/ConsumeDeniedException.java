package io.onex.sdk.kafka;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;

/**
 * The cluster refused an {@link OnexConsumerRunner}: no ACL lets its principal use its consumer group
 * ({@code GroupAuthorizationException}), read its topics ({@code TopicAuthorizationException}) or write its
 * dead-letter topic, or its credentials were refused. The runner stops on it instead of polling in a loop (nothing
 * changes until the ACLs or credentials do); {@link OnexConsumerRunner#failure()} returns it and
 * {@link ConsumerErrorHandler#runnerStopped} receives it. Nothing was committed past the last handled record, so a
 * new runner resumes where this one stopped. The cause is Kafka's exception.
 */
public final class ConsumeDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String group;
    private final List<String> topics;
    private final Optional<String> principal;

    private ConsumeDeniedException(String group, Set<String> topics, Optional<String> principal, String message,
            RuntimeException cause) {
        super(message, cause);
        this.group = group;
        this.topics = List.copyOf(new TreeSet<>(topics));
        this.principal = principal;
    }

    /** A refusal while polling or committing: of the group, of topics, or of the credentials. */
    static ConsumeDeniedException polling(String group, Optional<String> principal, RuntimeException cause) {
        String who = AccessDenial.describe(principal);
        String stopped = "consumer runner " + group + " stopped: ";
        String kafka = " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
        if (cause instanceof AuthenticationException) {
            return new ConsumeDeniedException(group, Set.of(), principal, stopped + "the cluster refused the credentials"
                    + " of " + who + kafka + "; check the client's SASL or TLS settings", cause);
        }
        if (cause instanceof GroupAuthorizationException g) {
            String denied = g.groupId() != null ? g.groupId() : group;
            return new ConsumeDeniedException(denied, Set.of(), principal, stopped + "the cluster does not authorize " + who
                    + " to use consumer group " + denied + kafka + "; grant READ on the group to that principal (the"
                    + " onex-maven-plugin's provision goal grants groups by principal class or by contract), or run under"
                    + " a group the ACLs allow (OnexConsumerRunner.Builder.service or groupId,"
                    + " OnexNode.Builder.requestListenerService)", cause);
        }
        if (cause instanceof TopicAuthorizationException t) {
            Set<String> names = new TreeSet<>(t.unauthorizedTopics());
            return new ConsumeDeniedException(group, names, principal, stopped + "the cluster does not authorize " + who
                    + " to read " + (names.isEmpty() ? "its topics" : "topic" + (names.size() == 1 ? " " : "s ")
                    + String.join(", ", names)) + kafka + "; grant READ on "
                    + (names.size() == 1 ? "it" : "them") + " to that principal (the onex-maven-plugin's provision goal"
                    + " creates the ACLs of spec section 12), or subscribe only to what this service's role may read",
                    cause);
        }
        return new ConsumeDeniedException(group, Set.of(), principal, stopped + "the cluster denied " + who + kafka,
                cause);
    }

    /** A refusal of the write of a failed record to the dead-letter topic. */
    static ConsumeDeniedException deadLetter(String group, String topic, Optional<String> principal,
            RuntimeException cause) {
        return new ConsumeDeniedException(group, Set.of(topic), principal, "consumer runner " + group + " stopped: the"
                + " cluster does not authorize " + AccessDenial.describe(principal) + " to write its dead-letter topic "
                + topic + " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + "); grant WRITE on it,"
                + " or configure no dead-letter topic. The record that failed was not committed", cause);
    }

    /** The consumer group of the runner (or the one the cluster named). */
    public String group() {
        return group;
    }

    /** The topics the cluster refused, sorted; empty when it refused the group or the credentials. */
    public List<String> topics() {
        return topics;
    }

    /** The principal the client most likely authenticates as ({@code User:<sasl username>}), when it can be told. */
    public Optional<String> principal() {
        return principal;
    }
}
