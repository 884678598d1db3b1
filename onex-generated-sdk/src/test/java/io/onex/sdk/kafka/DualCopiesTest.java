package io.onex.sdk.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onex.events.OnexTopics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Second copies of dual-published events")
class DualCopiesTest {

    private static final String CANONICAL = "onex.node.heartbeat.published.v1";
    private static final String LEGACY = "node.heartbeat";

    private static byte[] envelope(String eventId) {
        return ("{\"payload\":{\"event_id\":\"nested\"},\"event_id\":\"" + eventId + "\",\"event_type\":\"x\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private final DualCopies copies = new DualCopies(List.of(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1,
            OnexTopics.NODE_SHUTDOWN_ANNOUNCED_V1), 2);

    @Test
    @DisplayName("the copy from the other name is a second copy; a redelivery from the same name is not")
    void otherNameOnly() {
        String id = copies.idOf(CANONICAL, envelope("e1")).orElseThrow();
        assertThat(id).isEqualTo("e1");
        assertThat(copies.isSecondCopy(CANONICAL, id)).isFalse();
        copies.dispatched(CANONICAL, id);

        assertThat(copies.isSecondCopy(LEGACY, "e1")).isTrue();
        assertThat(copies.isSecondCopy(CANONICAL, "e1")).as("redelivered from the same name").isFalse();
    }

    @Test
    @DisplayName("a copy whose first was never dispatched (its handler failed) is dispatched")
    void failedFirstCopy() {
        assertThat(copies.isSecondCopy(LEGACY, "e2")).isFalse();
    }

    @Test
    @DisplayName("only topics with a legacy twin are looked at, and only the top-level event_id counts")
    void twinnedOnly() {
        assertThat(copies.idOf("onex.node.shutdown.announced.v1", envelope("e3"))).isEmpty();
        assertThat(copies.idOf(LEGACY, "not json".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(copies.idOf(LEGACY, "{\"event_id\":7}".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(copies.idOf(LEGACY, null)).isEmpty();
    }

    @Test
    @DisplayName("remembers the ids of the last window of events only")
    void window() {
        copies.dispatched(CANONICAL, "a");
        copies.dispatched(CANONICAL, "b");
        copies.dispatched(CANONICAL, "c");
        assertThat(copies.isSecondCopy(LEGACY, "a")).isFalse();
        assertThat(copies.isSecondCopy(LEGACY, "b")).isTrue();
        assertThat(copies.isSecondCopy(LEGACY, "c")).isTrue();
        assertThatThrownBy(() -> new DualCopies(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
