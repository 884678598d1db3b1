package io.onex.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DemoTest {

    @Test
    @DisplayName("The demo runs end to end on a real broker: every published event arrives typed, keyed by node_id")
    void runsEndToEnd() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean ok = Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(ok).as(out).isTrue();
        assertThat(out).contains("created the catalog's 12 topics");
        assertThat(out.lines().filter(l -> l.startsWith("registry-monitor: received onex.node.heartbeat.published.v1 key="
                + Demo.NODE_ID))).hasSize(Demo.HEARTBEATS);
        assertThat(out).contains("registry-monitor: received onex.node.introspection.published.v1 key=" + Demo.NODE_ID);
        assertThat(out).contains("registry-monitor: received onex.node.shutdown.announced.v1 key=" + Demo.NODE_ID);
        assertThat(out).contains("typed shutdown from node/postgres-adapter (onex.node.shutdown.announced)");
    }
}
