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

    /**
     * Every combination of the two filters of the payload schema: each is absent (null: no filter), empty (which the
     * schema's {@code minItems: 1} forbids; it passes nobody), listing this node or listing only others; a node answers
     * when it passes both.
     */
    @ParameterizedTest(name = "ids {0}, types {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            absent   | absent   | true
            absent   | empty    | false
            absent   | matching | true
            absent   | other    | false
            empty    | absent   | false
            empty    | empty    | false
            empty    | matching | false
            empty    | other    | false
            matching | absent   | true
            matching | empty    | false
            matching | matching | true
            matching | other    | false
            other    | absent   | false
            other    | empty    | false
            other    | matching | false
            other    | other    | false
            """)
    @DisplayName("the id and type filters each apply when given, and a node answers only when it passes both")
    void targeting(String ids, String types, boolean targeted) {
        assertThat(filter.targets(filterList(ids, List.of("other-node", "postgres-adapter-001"), List.of("other-node")),
                filterList(types, List.of("COMPUTE", "EFFECT"), List.of("COMPUTE", "REDUCER"))))
                .isEqualTo(targeted);
    }

    private static List<String> filterList(String kind, List<String> matching, List<String> other) {
        return switch (kind) {
            case "absent" -> null;
            case "empty" -> List.of();
            case "matching" -> matching;
            case "other" -> other;
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @Test
    @DisplayName("node types match whatever their case")
    void typeCase() {
        assertThat(filter.targets(null, List.of("effect"))).isTrue();
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
