package io.onex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A migration phase")
class MigrationPhaseTest {

    @Test
    @DisplayName("by default matches the SDK's default topic mode, and keeps legacy topics until deprecation")
    void defaults() {
        assertThat(MigrationPhase.DEFAULT.producerMode()).isEqualTo(TopicMode.fromEnvironment(Map.of()));
        assertThat(MigrationPhase.values()).filteredOn(MigrationPhase::legacyTopics)
                .containsExactly(MigrationPhase.LEGACY, MigrationPhase.DUAL, MigrationPhase.ONEX);
        assertThat(MigrationPhase.DEPRECATED.producerMode()).isEqualTo(TopicMode.ONEX);
    }

    @Test
    @DisplayName("is read from its label in any case, and lists its choices")
    void parse() {
        assertThat(MigrationPhase.parse(" Dual ")).contains(MigrationPhase.DUAL);
        assertThat(MigrationPhase.parse("phase-2")).isEmpty();
        assertThat(MigrationPhase.parse(null)).isEmpty();
        assertThat(MigrationPhase.choices()).isEqualTo("legacy, dual, onex or deprecated");
    }
}
