package io.onex.sdk.lifecycle;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The node's count of operations in progress, reported as {@code active_operations_count}.
 *
 * <pre>{@code
 * try (ActiveOperations.Scope op = lifecycle.activeOperations().begin()) {
 *     ... do the work ...
 * }
 * }</pre>
 */
public final class ActiveOperations {

    private final AtomicLong count = new AtomicLong();

    /** Counts one operation until the returned scope is closed (closing twice counts once). */
    public Scope begin() {
        count.incrementAndGet();
        return new Scope();
    }

    /** Operations begun and not yet ended. */
    public long current() {
        return count.get();
    }

    /** One operation in progress. */
    public final class Scope implements AutoCloseable {
        private boolean closed;

        private Scope() {
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                count.decrementAndGet();
            }
        }
    }
}
