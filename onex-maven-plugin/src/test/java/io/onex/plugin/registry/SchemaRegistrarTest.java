package io.onex.plugin.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.apicurio.registry.rest.client.RegistryClient;
import io.apicurio.registry.types.RuleType;
import io.onex.plugin.core.CatalogSource;
import io.onex.plugin.core.ProjectLoader;
import io.onex.plugin.core.ProjectRequest;
import io.onex.plugin.model.CompatibilityLevel;
import io.onex.plugin.parse.JsonReader;
import io.onex.plugin.parse.RawMap;
import io.onex.plugin.parse.RawNode;
import io.onex.plugin.parse.SourceFile;
import io.onex.plugin.registry.RegistrationResult.Action;
import io.onex.plugin.registry.RegistrationResult.TopicOutcome;
import io.onex.testkit.ApicurioRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Registering the canonical catalog in a real Apicurio Registry 2.6.13")
class SchemaRegistrarTest {

    @RegisterExtension
    static final ApicurioRegistry registry = ApicurioRegistry.inMemory();

    private static RegistryConnection connection;
    private static List<ValueSchema> canonical;

    @BeforeAll
    static void connectAndAssemble() {
        connection = new RegistryConnection(registry.baseUrl(), new RegistryCredentials.None());
        canonical = ValueSchemas.of(ProjectLoader.load(ProjectRequest.catalogOnly(CatalogSource.canonical(), null))
                .project().orElseThrow());
    }

    private static RegistrationResult register(String group, List<ValueSchema> schemas, boolean dryRun) {
        RegistryClient client = connection.open();
        return new SchemaRegistrar(client).register(new RegistrationRequest(group, CompatibilityLevel.BACKWARD, dryRun,
                schemas));
    }

    @Test
    @DisplayName("the first run creates one artifact per topic with a BACKWARD rule; the second creates nothing")
    void idempotent() {
        RegistrationResult first = register("idempotent", canonical, false);
        RegistrationResult second = register("idempotent", canonical, false);

        assertThat(first.topics()).hasSize(12).allSatisfy(t -> {
            assertThat(t.action()).isEqualTo(Action.NEW_ARTIFACT);
            assertThat(t.artifactId()).isEqualTo(t.topic() + "-value");
        });
        assertThat(second.topics()).hasSize(12).allSatisfy(t -> {
            assertThat(t.action()).isEqualTo(Action.UNCHANGED);
            assertThat(t.ruleChange()).isEmpty();
            assertThat(t.version()).contains("1");
        });
        RegistryClient client = connection.open();
        String artifact = canonical.get(0).artifactId();
        assertThat(client.listArtifactVersions("idempotent", artifact, 0, 10).getCount()).isEqualTo(1);
        assertThat(client.getArtifactRuleConfig("idempotent", artifact, RuleType.COMPATIBILITY).getConfig())
                .isEqualTo("BACKWARD");
    }

    @Test
    @DisplayName("a compatible change adds a version; an incompatible one is refused with the registry's reason")
    void changesAndRejections() {
        register("changes", canonical, false);
        ValueSchema heartbeat = find("onex.node.heartbeat.published.v1");

        ValueSchema widened = modify(heartbeat, retype("uptime_seconds", "number"));
        RegistrationResult changed = register("changes", List.of(widened), false);
        assertThat(changed.topics()).singleElement().satisfies(t -> {
            assertThat(t.action()).isEqualTo(Action.NEW_VERSION);
            assertThat(t.version()).contains("2");
        });

        ValueSchema retyped = modify(widened, retype("uptime_seconds", "string"));
        RegistrationResult refused = register("changes", List.of(retyped), false);
        TopicOutcome outcome = refused.topics().get(0);
        assertThat(outcome.action()).isEqualTo(Action.REJECTED);
        assertThat(outcome.reasons()).containsExactly(
                "SUBSCHEMA_TYPE_CHANGED at /properties/payload/properties/uptime_seconds");
        assertThat(refused.hasRejections()).isTrue();
        assertThat(connection.open().listArtifactVersions("changes", heartbeat.artifactId(), 0, 10).getCount())
                .isEqualTo(2);
    }

    @Test
    @DisplayName("a dry run plans new artifacts, new versions, refusals and rule changes, and changes nothing")
    void dryRun() {
        ValueSchema heartbeat = find("onex.node.heartbeat.published.v1");
        ValueSchema shutdown = find("onex.node.shutdown.announced.v1");
        register("plan", List.of(heartbeat, shutdown), false);
        ValueSchema retyped = modify(heartbeat, retype("uptime_seconds", "string"));
        ValueSchema shutdownWithOptional = modify(shutdown, payload -> payload.with("properties",
                properties(payload).with("note", json("{\"type\": \"string\"}"))));
        List<ValueSchema> plan = new ArrayList<>(List.of(retyped, shutdownWithOptional, find(
                "onex.registry.node.registered.v1")));

        RegistrationResult result = register("plan", plan, true);

        assertThat(result.dryRun()).isTrue();
        assertThat(result.topics()).extracting(TopicOutcome::action)
                .containsExactly(Action.REJECTED, Action.NEW_VERSION, Action.NEW_ARTIFACT);
        assertThat(result.topics().get(0).reasons()).containsExactly(
                "SUBSCHEMA_TYPE_CHANGED at /properties/payload/properties/uptime_seconds");
        assertThat(result.topics().get(2).ruleChange()).contains("none -> BACKWARD");
        RegistryClient client = connection.open();
        assertThat(client.listArtifactVersions("plan", shutdown.artifactId(), 0, 10).getCount()).isEqualTo(1);
        assertThat(client.listArtifactsInGroup("plan").getCount()).isEqualTo(2);
    }

    @Test
    @DisplayName("a changed rule level is planned and then applied")
    void ruleChange() {
        ValueSchema heartbeat = find("onex.node.heartbeat.published.v1");
        register("rules", List.of(heartbeat), false);
        RegistryClient client = connection.open();
        RegistrationResult result = new SchemaRegistrar(client).register(new RegistrationRequest("rules",
                CompatibilityLevel.FULL, false, List.of(heartbeat)));

        assertThat(result.topics().get(0).ruleChange()).isEqualTo(Optional.of("BACKWARD -> FULL"));
        assertThat(client.getArtifactRuleConfig("rules", heartbeat.artifactId(), RuleType.COMPATIBILITY).getConfig())
                .isEqualTo("FULL");
    }

    private static ValueSchema find(String topic) {
        return canonical.stream().filter(s -> s.topic().equals(topic)).findFirst().orElseThrow();
    }

    /** The value schema with its payload schema changed. */
    private static ValueSchema modify(ValueSchema schema, UnaryOperator<RawMap> payloadChange) {
        RawMap properties = properties(schema.schema());
        RawMap payload = (RawMap) properties.get("payload").orElseThrow();
        return new ValueSchema(schema.topic(), schema.schema().with("properties",
                properties.with("payload", payloadChange.apply(payload))));
    }

    /** Gives a payload property another type. */
    private static UnaryOperator<RawMap> retype(String property, String type) {
        return payload -> {
            RawMap properties = properties(payload);
            RawMap changed = ((RawMap) properties.get(property).orElseThrow()).with("type", json("\"" + type + "\""));
            return payload.with("properties", properties.with(property, changed));
        };
    }

    private static RawMap properties(RawMap schema) {
        return (RawMap) schema.get("properties").orElseThrow();
    }

    private static RawNode json(String text) {
        return JsonReader.read(new SourceFile("test", "test", text.getBytes(StandardCharsets.UTF_8))).root();
    }
}
