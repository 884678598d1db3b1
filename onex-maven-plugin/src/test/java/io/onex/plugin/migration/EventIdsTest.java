package io.onex.plugin.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The envelope's event_id is read from a record value without decoding the rest. */
class EventIdsTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("the top-level event_id of an envelope, wherever it stands among the fields")
    void topLevel() {
        String id = "3f1e2d4c-5b6a-4789-8abc-def012345678";
        assertThat(EventIds.of(bytes(Traffic.heartbeat(id, "node-1", Instant.EPOCH)))).contains(id);
        assertThat(EventIds.of(bytes("{\"payload\":{\"event_id\":\"nested\",\"list\":[1,{\"a\":2}]},\"event_id\":\"top\"}")))
                .contains("top");
    }

    @Test
    @DisplayName("no id from a value that is not an envelope: null, not JSON, no or a non-string event_id, nested only")
    void notAnEnvelope() {
        assertThat(EventIds.of(null)).isEmpty();
        assertThat(EventIds.of(bytes("not json"))).isEmpty();
        assertThat(EventIds.of(bytes("[\"event_id\"]"))).isEmpty();
        assertThat(EventIds.of(bytes("{\"event_id\":42}"))).isEmpty();
        assertThat(EventIds.of(bytes("{\"payload\":{\"event_id\":\"nested\"}}"))).isEmpty();
        assertThat(EventIds.of(bytes("{\"event_id\":\"x\""))).contains("x"); // read before the value breaks off
    }

    @Test
    @DisplayName("a value behind Apicurio's magic byte and global id (8 bytes, or 4 in Confluent's layout)")
    void registryFraming() {
        byte[] json = bytes("{\"event_id\":\"framed\"}");
        for (int idLength : new int[] {8, 4}) {
            byte[] framed = new byte[1 + idLength + json.length];
            framed[idLength] = 7;
            System.arraycopy(json, 0, framed, 1 + idLength, json.length);
            assertThat(EventIds.of(framed)).contains("framed");
        }
    }
}
