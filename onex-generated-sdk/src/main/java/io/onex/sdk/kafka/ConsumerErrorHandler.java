package io.onex.sdk.kafka;

/**
 * Told about every record the {@link OnexConsumerRunner} could not process. The runner has
 * already logged it and counted it in {@code consume_errors}; a configured dead-letter topic has
 * already received it.
 *
 * <p>Returning normally lets the runner commit past the record. Throwing makes the runner retry
 * the same record after a back-off, so a handler that must not lose a record (e.g. its store is
 * down) can hold the partition.
 */
@FunctionalInterface
public interface ConsumerErrorHandler {

    void handle(ConsumeFailure failure) throws Exception;

    /** Does nothing beyond the runner's own logging, metric and dead-letter topic. */
    static ConsumerErrorHandler none() {
        return failure -> { };
    }
}
