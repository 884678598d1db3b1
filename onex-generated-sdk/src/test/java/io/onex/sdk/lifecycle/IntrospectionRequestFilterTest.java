package io.onex.sdk.lifecycle;

import static io.onex.sdk.lifecycle.IntrospectionRequestFilter.Decision.NOT_TARGETED;
import static io.onex.sdk.lifecycle.IntrospectionRequestFilter.Decision.RATE_LIMITED;
import static io.onex.sdk.lifecycle.IntrospectionRequestFilter.Decision.REEMIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.onex.sdk.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IntrospectionRequestFilterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-15T10:30:00Z"));
    private final IntrospectionRequestFilter filter =
            new IntrospectionRequestFilter("postgres-adapter-001", "EFFECT", Duration.ofSeconds(10), clock);

    @Test
    @DisplayName("a broadcast (both target lists null) targets every node")
    void broadcast() {
        assertThat(filter.targets(null, null)).isTrue();
    }

    @Test
    @DisplayName("a request targets the node by id or by type, and not otherwise")
    void targeting() {
        assertThat(filter.targets(List.of("postgres-adapter-001"), null)).isTrue();
        assertThat(filter.targets(null, List.of("EFFECT"))).isTrue();
        assertThat(filter.targets(List.of("other"), List.of("EFFECT"))).as("a match in either list").isTrue();
        assertThat(filter.targets(List.of("other"), null)).isFalse();
        assertThat(filter.targets(null, List.of("COMPUTE", "REDUCER"))).isFalse();
        assertThat(filter.targets(List.of(), null)).as("an empty list names nobody").isFalse();
    }

    @Test
    @DisplayName("re-emission happens at most once per minimum interval; other nodes' requests do not count")
    void rateLimit() {
        assertThat(filter.offer(null, null)).isEqualTo(REEMIT);
        assertThat(filter.offer(List.of("postgres-adapter-001"), null)).isEqualTo(RATE_LIMITED);
        assertThat(filter.offer(List.of("someone-else"), null)).isEqualTo(NOT_TARGETED);
        clock.advance(Duration.ofSeconds(9));
        assertThat(filter.offer(null, List.of("EFFECT"))).isEqualTo(RATE_LIMITED);
        clock.advance(Duration.ofSeconds(1));
        assertThat(filter.offer(null, List.of("EFFECT"))).isEqualTo(REEMIT);
    }

    @Test
    @DisplayName("an emission for another reason (startup) also starts the interval")
    void startupCounts() {
        filter.emitted();
        assertThat(filter.offer(null, null)).isEqualTo(RATE_LIMITED);
    }
}
