package io.onex.sdk.kafka;

/**
 * Told about every record the {@link OnexConsumerRunner} could not process. The runner has
 * already logged it and counted it in {@code consume_errors}; a configured dead-letter topic has
 * already received it.
 *
 * <p>Returning normally from {@link #handle} lets the runner commit past the record. Throwing makes the runner retry
 * the same record after a back-off, so a handler that must not lose a record (e.g. its store is
 * down) can hold the partition.
 */
@FunctionalInterface
public interface ConsumerErrorHandler {

    void handle(ConsumeFailure failure) throws Exception;

    /**
     * The runner stopped on its own, on an error that retrying cannot cure: a {@link ConsumeDeniedException} when
     * the cluster refused its group, its topics, its dead-letter topic or its credentials, or an unexpected error. Called
     * once, on the runner's thread, after the runner logged it at ERROR; {@link OnexConsumerRunner#failure()} returns
     * the same error. Does nothing by default; override it to alert or to stop the process.
     */
    default void runnerStopped(RuntimeException error) {
    }

    /** Does nothing beyond the runner's own logging, metric and dead-letter topic. */
    static ConsumerErrorHandler none() {
        return failure -> { };
    }
}
