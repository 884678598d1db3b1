package io.onex.plugin.provision;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;

/** Waits for Admin futures with a bound and turns their failures into one clear exception. */
final class KafkaCalls {

    /** Slack over the Admin client's own timeout, so the client reports its timeout first. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    private KafkaCalls() {
    }

    static <T> T await(KafkaFuture<T> future, Duration timeout, String action) throws ClusterAccessException {
        try {
            return future.get(timeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw failure(e.getCause() == null ? e : e.getCause(), timeout, action);
        } catch (java.util.concurrent.TimeoutException e) {
            throw failure(e, timeout, action);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterAccessException("interrupted while " + action, e);
        }
    }

    static ClusterAccessException failure(Throwable cause, Duration timeout, String action) {
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
                    + "; provisioning needs a principal allowed to describe and alter topics, configs and ACLs";
        } else {
            message = "the cluster failed a request while " + action + ": " + cause.getClass().getSimpleName()
                    + ": " + cause.getMessage();
        }
        return new ClusterAccessException(message, cause);
    }
}
