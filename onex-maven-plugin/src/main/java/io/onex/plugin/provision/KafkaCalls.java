package io.onex.plugin.provision;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;

/**
 * Waits for Admin futures with a bound and turns their failures into one clear exception; shared by the goals that
 * talk to a cluster.
 */
public final class KafkaCalls {

    /** Slack over the Admin client's own timeout, so the client reports its timeout first. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    private static final String PROVISION_HINT = "provisioning needs a principal allowed to describe and alter topics,"
            + " configs and ACLs";

    private KafkaCalls() {
    }

    /** Waits for a future of a provisioning call. */
    public static <T> T await(KafkaFuture<T> future, Duration timeout, String action) throws ClusterAccessException {
        return await(future, timeout, action, PROVISION_HINT);
    }

    /**
     * Waits for a future.
     *
     * @param authorizationHint what the principal needs, said when the cluster denies the call
     */
    public static <T> T await(KafkaFuture<T> future, Duration timeout, String action, String authorizationHint)
            throws ClusterAccessException {
        try {
            return future.get(timeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw failure(e.getCause() == null ? e : e.getCause(), timeout, action, authorizationHint);
        } catch (java.util.concurrent.TimeoutException e) {
            throw failure(e, timeout, action, authorizationHint);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterAccessException("interrupted while " + action, e);
        }
    }

    static ClusterAccessException failure(Throwable cause, Duration timeout, String action) {
        return failure(cause, timeout, action, PROVISION_HINT);
    }

    /** The one exception for a failed call, saying what to check. */
    public static ClusterAccessException failure(Throwable cause, Duration timeout, String action,
            String authorizationHint) {
        String message;
        if (cause instanceof org.apache.kafka.common.errors.TimeoutException
                || cause instanceof java.util.concurrent.TimeoutException) {
            message = "no answer from the cluster within " + timeout.toSeconds() + " s while " + action
                    + "; check that bootstrapServers (onex.bootstrapServers) is right and the brokers are reachable";
        } else if (cause instanceof AuthenticationException) {
            message = "the cluster rejected the client's credentials while " + action + ": " + cause.getMessage()
                    + "; check the SASL settings (kafkaPropertiesFile, kafkaProperties or serverId)";
        } else if (cause instanceof AuthorizationException) {
            message = "the client's principal is not authorized while " + action + ": " + cause.getMessage()
                    + "; " + authorizationHint;
        } else {
            message = "the cluster failed a request while " + action + ": " + cause.getClass().getSimpleName()
                    + ": " + cause.getMessage();
        }
        return new ClusterAccessException(message, cause);
    }
}
