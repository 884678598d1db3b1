package io.onex.sdk.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onex.sdk.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-15T10:30:00Z"));
    private final List<CircuitTransition> transitions = new CopyOnWriteArrayList<>();
    private CircuitBreaker breaker;

    @BeforeEach
    void setUp() {
        breaker = new CircuitBreaker("node/test", 3, Duration.ofSeconds(60), clock);
        breaker.addListener(transitions::add);
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            breaker.tryAcquire().orElseThrow().failure();
        }
    }

    @Test
    @DisplayName("stays closed below the threshold and a success resets the count")
    void successResetsCount() {
        fail(2);
        breaker.tryAcquire().orElseThrow().success();
        fail(2);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.consecutiveFailures()).isEqualTo(2);
        assertThat(transitions).isEmpty();
    }

    @Test
    @DisplayName("opens after the threshold of consecutive failures and then refuses calls")
    void opensAtThreshold() {
        fail(3);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.tryAcquire()).isEmpty();
        clock.advance(Duration.ofSeconds(59));
        assertThat(breaker.tryAcquire()).isEmpty();
        assertThat(transitions).singleElement().satisfies(t -> {
            assertThat(t.serviceName()).isEqualTo("node/test");
            assertThat(t.previousState()).isEqualTo(CircuitState.CLOSED);
            assertThat(t.newState()).isEqualTo(CircuitState.OPEN);
            assertThat(t.failureCount()).isEqualTo(3);
            assertThat(t.resetTimeout()).isEqualTo(Duration.ofSeconds(60));
        });
    }

    @Test
    @DisplayName("after the reset timeout exactly one trial passes; its success closes the breaker")
    void halfOpenTrialSuccessCloses() {
        fail(3);
        clock.advance(Duration.ofSeconds(60));
        CircuitBreaker.Permit trial = breaker.tryAcquire().orElseThrow();
        assertThat(trial.isTrial()).isTrue();
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(breaker.tryAcquire()).as("second call while the trial is in flight").isEmpty();
        trial.success();
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.consecutiveFailures()).isZero();
        assertThat(breaker.tryAcquire()).isPresent();
        assertThat(transitions).extracting(CircuitTransition::newState)
                .containsExactly(CircuitState.OPEN, CircuitState.HALF_OPEN, CircuitState.CLOSED);
    }

    @Test
    @DisplayName("a failed trial reopens the breaker for another reset timeout")
    void halfOpenTrialFailureReopens() {
        fail(3);
        clock.advance(Duration.ofSeconds(61));
        breaker.tryAcquire().orElseThrow().failure();
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        clock.advance(Duration.ofSeconds(30));
        assertThat(breaker.tryAcquire()).isEmpty();
        clock.advance(Duration.ofSeconds(30));
        assertThat(breaker.tryAcquire()).isPresent();
        assertThat(transitions).extracting(CircuitTransition::newState)
                .containsExactly(CircuitState.OPEN, CircuitState.HALF_OPEN, CircuitState.OPEN, CircuitState.HALF_OPEN);
        assertThat(transitions.get(2).failureCount()).isEqualTo(4);
    }

    @Test
    @DisplayName("a released trial lets the next call become the trial")
    void releasedTrial() {
        fail(3);
        clock.advance(Duration.ofSeconds(60));
        breaker.tryAcquire().orElseThrow().release();
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(breaker.tryAcquire()).hasValueSatisfying(p -> assertThat(p.isTrial()).isTrue());
    }

    @Test
    @DisplayName("late outcomes of calls begun before a transition are ignored")
    void staleOutcomesIgnored() {
        CircuitBreaker.Permit early = breaker.tryAcquire().orElseThrow();
        CircuitBreaker.Permit earlyFailure = breaker.tryAcquire().orElseThrow();
        fail(3);
        clock.advance(Duration.ofSeconds(60));
        CircuitBreaker.Permit trial = breaker.tryAcquire().orElseThrow();
        early.success();
        assertThat(breaker.state()).as("an old success does not close a half-open breaker").isEqualTo(CircuitState.HALF_OPEN);
        trial.success();
        earlyFailure.failure();
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.consecutiveFailures()).isZero();
    }

    @Test
    @DisplayName("a permit counts once however often it is reported")
    void permitCountsOnce() {
        CircuitBreaker.Permit p = breaker.tryAcquire().orElseThrow();
        p.failure();
        p.failure();
        p.failure();
        assertThat(breaker.consecutiveFailures()).isEqualTo(1);
    }

    @Test
    @DisplayName("rejects a threshold below one and a non-positive reset timeout")
    void validatesArguments() {
        assertThatThrownBy(() -> new CircuitBreaker("x", 0, Duration.ofSeconds(1), clock))
                .hasMessageContaining("failureThreshold");
        assertThatThrownBy(() -> new CircuitBreaker("x", 1, Duration.ZERO, clock))
                .hasMessageContaining("resetTimeout");
    }
}
