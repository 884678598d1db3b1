package io.onex.plugin.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.plugin.compat.CompatibilityRule;
import io.onex.plugin.model.Rule;
import io.onex.plugin.provision.ProvisionRule;
import io.onex.plugin.registry.RegistryRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The rules on goal parameters")
class ParameterRulesTest {

    @Test
    @DisplayName("of provision, register and check-compatibility are listed in the plugin README with their summary")
    void areDocumented() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Stream.<Rule[]>of(ProvisionRule.values(), RegistryRule.values(), CompatibilityRule.values()).flatMap(Stream::of)
                .forEach(rule -> assertThat(readme).contains("| `" + rule.id() + "` | parameters | " + rule.summary()
                        + " |"));
    }
}
