package io.onex.plugin.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The topic table")
class TopicTableTest {

    @Test
    @DisplayName("shows name, key, partitions, retention, direction and legacy name in aligned columns")
    void rendersTheCatalog() {
        Path base = Fixtures.resource("bad/_base");
        Catalog catalog = CatalogLoader.load(new CatalogSource.Directory(base), base).value();
        assertThat(TopicTable.render(catalog)).containsExactly(
                "Topic                             Key             Partitions  Retention  Direction        Legacy name",
                "--------------------------------  --------------  ----------  ---------  ---------------  --------------",
                "onex.node.heartbeat.published.v1  node_id         3           1 hour     Node → Registry  node.heartbeat",
                "onex.infra.error.detected.v1      correlation_id  3           7 days     Internal         -");
    }

    @Test
    @DisplayName("writes retention in days, hours or minutes when it is a whole number of them")
    void formatsRetention() {
        assertThat(TopicTable.retention(Duration.ofDays(30))).isEqualTo("30 days");
        assertThat(TopicTable.retention(Duration.ofHours(1))).isEqualTo("1 hour");
        assertThat(TopicTable.retention(Duration.ofMinutes(90))).isEqualTo("90 minutes");
        assertThat(TopicTable.retention(Duration.ofSeconds(30))).isEqualTo("PT30S");
    }
}
