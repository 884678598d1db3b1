package io.onex.plugin.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.plugin.model.EventClass;
import io.onex.plugin.model.NodeType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The rules")
class RulesTest {

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("have unique ids")
    void haveUniqueIds() {
        assertThat(Rules.all()).extracting(Rules.Info::id).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("are all listed in the plugin README with their summary")
    void areDocumented() throws IOException {
        String readme = readme();
        assertThat(Rules.all()).as("the rules").isNotEmpty();
        for (Rules.Info rule : Rules.all()) {
            assertThat(readme).contains("| `" + rule.id() + "` | " + rule.group() + " | " + rule.summary() + " |");
        }
    }

    @Test
    @DisplayName("check directions by the table the plugin README shows")
    void directionTableIsDocumented() throws IOException {
        String readme = readme();
        for (EventClass eventClass : EventClass.values()) {
            String row = "| `" + eventClass.yamlName() + "` | "
                    + DirectionTable.publishers(eventClass).stream().map(NodeType::name).collect(Collectors.joining(", "))
                    + " | "
                    + DirectionTable.subscribers(eventClass).stream().map(NodeType::name).collect(Collectors.joining(", "))
                    + " |";
            assertThat(readme).contains(row);
        }
    }
}
