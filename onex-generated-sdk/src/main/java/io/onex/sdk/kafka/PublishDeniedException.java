package io.onex.sdk.kafka;

import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.common.errors.AuthenticationException;

/**
 * The cluster refused an accepted event: no ACL lets the bus's principal write the topic (Kafka's
 * {@code TopicAuthorizationException}; on a cluster provisioned from the catalog, spec section 12, a node service
 * may write only the node lifecycle topics and the two infrastructure topics), the idempotent producer was refused
 * its producer id, or the credentials were refused. The cause is Kafka's exception. Nothing was written, and sending
 * again changes nothing until the ACLs or credentials do; so the bus's circuit breaker, which guards against broker
 * outages, does not count it.
 */
public final class PublishDeniedException extends PublishFailedException {
    private static final long serialVersionUID = 1L;

    private final Optional<String> principal;

    /**
     * @param topic the physical topic name the refused write went to
     * @param eventId the refused event
     * @param principal the principal the client most likely authenticates as ({@code User:node-service}), if known
     * @param cause Kafka's authorization or authentication exception
     */
    public PublishDeniedException(String topic, UUID eventId, Optional<String> principal, RuntimeException cause) {
        super(topic, eventId, message(topic, eventId, principal, cause), cause);
        this.principal = principal;
    }

    private static String message(String topic, UUID eventId, Optional<String> principal, RuntimeException cause) {
        String who = AccessDenial.describe(principal);
        if (cause instanceof AuthenticationException) {
            return "event " + eventId + " was not sent to " + topic + ": the cluster refused the credentials of " + who
                    + " (" + cause.getMessage() + "); check the client's SASL or TLS settings";
        }
        return "event " + eventId + " was denied on " + topic + ": the cluster does not authorize " + who + " to write"
                + " it (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + "); grant WRITE on the topic"
                + " to that principal (the onex-maven-plugin's provision goal creates the ACLs of spec section 12 from"
                + " the catalog or the node contracts), or publish only what this node's role may";
    }

    /** The principal the client most likely authenticates as ({@code User:<sasl username>}), when it can be told. */
    public Optional<String> principal() {
        return principal;
    }
}
