package io.onex.plugin.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.apicurio.registry.rest.client.RegistryClient;
import io.apicurio.registry.rest.client.RegistryClientFactory;
import io.apicurio.registry.rest.client.exception.RuleViolationException;
import io.apicurio.registry.rest.v2.beans.IfExists;
import io.apicurio.registry.rest.v2.beans.Rule;
import io.apicurio.registry.types.ArtifactType;
import io.apicurio.registry.types.RuleType;
import io.onex.plugin.model.CompatibilityLevel;
import io.onex.plugin.parse.JsonReader;
import io.onex.plugin.parse.RawNode;
import io.onex.plugin.parse.SourceFile;
import io.onex.plugin.registry.SchemaRegistrar;
import io.onex.testkit.ApicurioRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The offline verdict equals the real registry's: every schema pair of {@link SchemaPairs} at every level is
 * sent to a real Apicurio Registry 2.6.13 (artifact created, rule set, new version attempted) and checked
 * offline with {@link RegistryRules}; both must accept, or both refuse with the same causes.
 */
@DisplayName("Offline verdict vs the real Apicurio Registry 2.6.13")
class RegistryVerdictTest {

    private static final List<CompatibilityLevel> LEVELS = List.of(CompatibilityLevel.BACKWARD,
            CompatibilityLevel.FORWARD, CompatibilityLevel.FULL, CompatibilityLevel.BACKWARD_TRANSITIVE,
            CompatibilityLevel.FORWARD_TRANSITIVE, CompatibilityLevel.FULL_TRANSITIVE);

    @RegisterExtension
    static final ApicurioRegistry registry = ApicurioRegistry.inMemory();

    private static RegistryClient client;
    private static int artifacts;

    @BeforeAll
    static void connect() {
        client = RegistryClientFactory.create(registry.baseUrl());
    }

    static Stream<Arguments> pairsAtEveryLevel() {
        List<Arguments> out = new ArrayList<>();
        for (SchemaPairs.Case c : SchemaPairs.all()) {
            for (CompatibilityLevel level : LEVELS) {
                out.add(Arguments.of(c.name(), level, c));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("pairsAtEveryLevel")
    @DisplayName("the offline verdict and causes equal the server's")
    void offlineEqualsServer(String name, CompatibilityLevel level, SchemaPairs.Case pair) {
        TreeSet<String> server = serverCauses(pair.history(), pair.proposed(), level);
        TreeSet<String> offline = new TreeSet<>();
        RegistryRules.check(level, pair.history(), pair.proposed()).forEach(d -> offline.add(d.toString()));

        assertThat(offline).as("offline causes for %s at %s", name, level).isEqualTo(server);
    }

    @Test
    @DisplayName("the measured gap: the registry accepts oneOf[number,string] -> anyOf[string]; our check flags it")
    void registryMissesUnionNarrowing() {
        SchemaPairs.Case pair = SchemaPairs.byName("oneOf[number,string] -> anyOf[string]");
        assertThat(serverCauses(pair.history(), pair.proposed(), CompatibilityLevel.BACKWARD)).isEmpty();

        List<Finding> findings = SchemaComparison.compare("t", "t.json", CompatibilityLevel.BACKWARD,
                List.of(Map.entry("v1", json(pair.history().get(0)))), json(pair.proposed()), "P7D");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo(Finding.Source.READERS_ONLY);
            assertThat(f.pointer()).isEqualTo("/properties/v");
            assertThat(f.kind()).isEqualTo("UNION_NARROWED");
            assertThat(f.message()).contains("writers may send number").contains("the registry would not catch this")
                    .contains("kept in the topic for P7D");
        });
    }

    @Test
    @DisplayName("adding an optional property to an open content model fails at BACKWARD, saying readers would cope")
    void registryStricterOnOpenModel() {
        SchemaPairs.Case pair = SchemaPairs.byName("optional field added, open model");
        assertThat(serverCauses(pair.history(), pair.proposed(), CompatibilityLevel.BACKWARD)).isNotEmpty();

        List<Finding> findings = SchemaComparison.compare("t", "t.json", CompatibilityLevel.BACKWARD,
                List.of(Map.entry("v1", json(pair.history().get(0)))), json(pair.proposed()), "");

        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.source()).isEqualTo(Finding.Source.REGISTRY_ONLY);
            assertThat(f.message()).contains("readers would cope");
        });
    }

    @Test
    @DisplayName("oneOf -> anyOf over the same types: wherever the registry refuses it, the report says readers cope")
    void registryStricterOnOneOfToAnyOf() {
        SchemaPairs.Case pair = SchemaPairs.byName("oneOf[number,string] -> anyOf[number,string]");
        boolean refusedSomewhere = false;
        for (CompatibilityLevel level : LEVELS) {
            List<Finding> findings = SchemaComparison.compare("t", "t.json", level,
                    List.of(Map.entry("v1", json(pair.history().get(0)))), json(pair.proposed()), "");
            assertThat(findings).allSatisfy(f -> assertThat(f.source()).isEqualTo(Finding.Source.REGISTRY_ONLY));
            refusedSomewhere |= !findings.isEmpty();
            assertThat(findings.isEmpty()).isEqualTo(serverCauses(pair.history(), pair.proposed(), level).isEmpty());
        }
        assertThat(refusedSomewhere).as("the registry refuses the switch at some level").isTrue();
    }

    private static RawNode json(String text) {
        return JsonReader.read(new SourceFile("t.json", "t.json", text.getBytes(StandardCharsets.UTF_8))).root();
    }

    /** Creates the history as an artifact (rule NONE while it is built), sets the rule, tries the new version. */
    private static TreeSet<String> serverCauses(List<String> history, String proposed, CompatibilityLevel level) {
        String artifact = "pair-" + (++artifacts);
        client.createArtifact("verdicts", artifact, null, ArtifactType.JSON, IfExists.FAIL, false, stream(history.get(0)));
        for (String version : history.subList(1, history.size())) {
            client.createArtifactVersion("verdicts", artifact, null, stream(version));
        }
        client.createArtifactRule("verdicts", artifact, new Rule(level.name(), RuleType.COMPATIBILITY));
        TreeSet<String> causes = new TreeSet<>();
        try {
            client.createArtifactVersion("verdicts", artifact, null, stream(proposed));
        } catch (RuleViolationException e) {
            causes.addAll(SchemaRegistrar.reasons(e));
        }
        return causes;
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
