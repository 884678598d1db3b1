package io.onex.sdk.kafka;

import java.time.Duration;
import java.util.List;

/**
 * What {@link KafkaEventBus#close(Duration)} could not deliver: every event accepted before the
 * close whose acknowledgement never came, with the reason. Events that failed earlier were
 * already reported through their futures.
 *
 * @param unsent events that were not acknowledged
 * @param flushedCleanly true when every pending event was acknowledged within the timeout
 */
public record CloseReport(List<UnsentEvent> unsent, boolean flushedCleanly) {
    public CloseReport {
        unsent = List.copyOf(unsent);
    }

    /** True when nothing was lost. */
    public boolean isClean() {
        return flushedCleanly && unsent.isEmpty();
    }
}
