package io.onex.sdk.kafka;

/**
 * Headers the consumer runner adds to a record it copies to the dead-letter topic. The original
 * key, value and headers are kept unchanged.
 */
public final class DeadLetterHeaders {
    /** The physical topic the record came from. */
    public static final String ORIGINAL_TOPIC = "onex.dlt.original_topic";
    /** Its partition, in decimal. */
    public static final String ORIGINAL_PARTITION = "onex.dlt.original_partition";
    /** Its offset, in decimal. */
    public static final String ORIGINAL_OFFSET = "onex.dlt.original_offset";
    /** {@link ConsumeFailure.Kind} name. */
    public static final String ERROR_KIND = "onex.dlt.error_kind";
    /** What went wrong. */
    public static final String REASON = "onex.dlt.reason";
    /** Exception class name. */
    public static final String EXCEPTION = "onex.dlt.exception";
    /** The consumer group that failed to process it. */
    public static final String GROUP = "onex.dlt.group";

    private DeadLetterHeaders() {
    }
}
