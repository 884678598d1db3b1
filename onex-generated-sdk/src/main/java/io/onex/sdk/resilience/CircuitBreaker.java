package io.onex.sdk.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A consecutive-failure circuit breaker for asynchronous calls.
 *
 * <p>CLOSED: every call gets a {@link Permit}; {@code failureThreshold} failures in a row open
 * the breaker. OPEN: calls are refused until {@code resetTimeout} has passed on the injected
 * clock; the next call then moves to HALF_OPEN and becomes the single trial. HALF_OPEN: other
 * calls are refused; the trial's success closes the breaker, its failure reopens it.
 *
 * <p>Outcomes are reported through the permit, so a late outcome of a call that started
 * before a transition (an event still in flight when the breaker opened) is ignored rather than
 * miscounted. This hand-written state machine (instead of a resilience library) keeps exactly
 * these semantics, which the spec's state-change event describes ({@code failure_count},
 * {@code reset_timeout_seconds}), and adds no dependency to every node.
 */
public final class CircuitBreaker {

    private final String name;
    private final int failureThreshold;
    private final Duration resetTimeout;
    private final Clock clock;
    private final List<CircuitBreakerListener> listeners = new CopyOnWriteArrayList<>();

    private CircuitState state = CircuitState.CLOSED;
    private long generation;
    private int consecutiveFailures;
    private Instant openedAt;
    private boolean trialInFlight;

    /**
     * @param name the protected service, reported as {@code service_name}
     * @param failureThreshold consecutive failures that open the breaker (at least 1)
     * @param resetTimeout time in OPEN before a trial call (positive)
     * @param clock time source; tests pass a controllable one
     */
    public CircuitBreaker(String name, int failureThreshold, Duration resetTimeout, Clock clock) {
        this.name = Objects.requireNonNull(name, "name");
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1, was " + failureThreshold);
        }
        if (resetTimeout.isNegative() || resetTimeout.isZero()) {
            throw new IllegalArgumentException("resetTimeout must be positive, was " + resetTimeout);
        }
        this.failureThreshold = failureThreshold;
        this.resetTimeout = resetTimeout;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Registers a listener for every later transition. */
    public void addListener(CircuitBreakerListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public String name() {
        return name;
    }

    public int failureThreshold() {
        return failureThreshold;
    }

    public Duration resetTimeout() {
        return resetTimeout;
    }

    public synchronized CircuitState state() {
        return state;
    }

    /** Consecutive failures counted since the breaker last closed. */
    public synchronized int consecutiveFailures() {
        return consecutiveFailures;
    }

    /**
     * Asks to make a call.
     *
     * @return a permit to report the call's outcome with, or empty when the breaker refuses the call
     */
    public synchronized Optional<Permit> tryAcquire() {
        switch (state) {
            case CLOSED:
                return Optional.of(new Permit(generation, false));
            case OPEN:
                if (clock.instant().isBefore(openedAt.plus(resetTimeout))) {
                    return Optional.empty();
                }
                transition(CircuitState.HALF_OPEN);
                trialInFlight = true;
                return Optional.of(new Permit(generation, true));
            case HALF_OPEN:
                if (trialInFlight) {
                    return Optional.empty();
                }
                trialInFlight = true;
                return Optional.of(new Permit(generation, true));
            default:
                throw new IllegalStateException(state.name());
        }
    }

    private synchronized void complete(Permit permit, Outcome outcome) {
        if (permit.generation != generation) {
            return; // the call began before the last transition; its outcome says nothing about now
        }
        switch (state) {
            case CLOSED -> {
                if (outcome == Outcome.SUCCESS) {
                    consecutiveFailures = 0;
                } else if (outcome == Outcome.FAILURE && ++consecutiveFailures >= failureThreshold) {
                    open();
                }
            }
            case HALF_OPEN -> {
                if (!permit.trial) {
                    return;
                }
                trialInFlight = false;
                if (outcome == Outcome.SUCCESS) {
                    transition(CircuitState.CLOSED);
                    consecutiveFailures = 0;
                } else if (outcome == Outcome.FAILURE) {
                    consecutiveFailures++;
                    open();
                }
            }
            case OPEN -> {
                // only late outcomes of the same generation can land here; nothing to learn
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    private void open() {
        openedAt = clock.instant();
        transition(CircuitState.OPEN);
    }

    private void transition(CircuitState next) {
        CircuitState previous = state;
        state = next;
        generation++;
        CircuitTransition t = new CircuitTransition(name, previous, next, consecutiveFailures, resetTimeout, clock.instant());
        for (CircuitBreakerListener listener : listeners) {
            listener.onTransition(t);
        }
    }

    @Override
    public synchronized String toString() {
        return "CircuitBreaker[" + name + " " + state + ", failures=" + consecutiveFailures + "]";
    }

    private enum Outcome { SUCCESS, FAILURE, RELEASED }

    /** The right to make one call; report exactly one outcome. Later reports are ignored. */
    public final class Permit {
        private final long generation;
        private final boolean trial;
        private boolean done;

        private Permit(long generation, boolean trial) {
            this.generation = generation;
            this.trial = trial;
        }

        /** True for the single trial call of HALF_OPEN. */
        public boolean isTrial() {
            return trial;
        }

        /** The call succeeded. */
        public void success() {
            report(Outcome.SUCCESS);
        }

        /** The call failed in a way that says the protected service is unhealthy. */
        public void failure() {
            report(Outcome.FAILURE);
        }

        /** The call was not made (or failed for a reason unrelated to the service's health). */
        public void release() {
            report(Outcome.RELEASED);
        }

        private void report(Outcome outcome) {
            synchronized (CircuitBreaker.this) {
                if (done) {
                    return;
                }
                done = true;
                complete(this, outcome);
            }
        }
    }
}
