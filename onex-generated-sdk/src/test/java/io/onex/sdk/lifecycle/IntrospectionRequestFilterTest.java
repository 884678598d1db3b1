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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntrospectionRequestFilterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-15T10:30:00Z"));
    private final IntrospectionRequestFilter filter =
            new IntrospectionRequestFilter("postgres-adapter-001", "EFFECT", Duration.ofSeconds(10), clock);

    @Test
    @DisplayName("a broadcast (both target lists null) targets every node")
    void broadcast() {
        assertThat(filter.targets(null, null)).isTrue();
    }

    @ParameterizedTest(name = "ids {0}, types {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            null                            | null            | true
            postgres-adapter-001            | null            | true
            other                           | null            | false
            other,postgres-adapter-001      | null            | true
            null                            | EFFECT          | true
            null                            | effect          | true
            null                            | COMPUTE,REDUCER | false
            postgres-adapter-001            | EFFECT          | true
            postgres-adapter-001            | COMPUTE         | false
            other                           | EFFECT          | false
            other                           | COMPUTE         | false
            """)
    @DisplayName("the id and type filters each apply when given, and a node answers only when it passes both")
    void targeting(String ids, String types, boolean targeted) {
        assertThat(filter.targets(list(ids), list(types))).isEqualTo(targeted);
    }

    @Test
    @DisplayName("an empty list, which the schema forbids, passes nobody")
    void emptyList() {
        assertThat(filter.targets(List.of(), null)).isFalse();
        assertThat(filter.targets(null, List.of())).isFalse();
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null ? null : List.of(commaSeparated.split(","));
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
