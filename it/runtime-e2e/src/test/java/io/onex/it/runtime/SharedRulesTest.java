package io.onex.it.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.events.EnumONEXTopic;
import io.onex.plugin.core.CatalogSource;
import io.onex.plugin.core.LoadedProject;
import io.onex.plugin.core.ProjectLoader;
import io.onex.plugin.core.ProjectRequest;
import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Contract;
import io.onex.plugin.provision.AccessSettings;
import io.onex.plugin.provision.AclRule;
import io.onex.plugin.provision.CatalogDesiredState;
import io.onex.plugin.provision.DesiredState;
import io.onex.plugin.provision.InvalidProvisionSettingsException;
import io.onex.plugin.provision.NodePrincipals;
import io.onex.plugin.provision.TopicSpec;
import io.onex.rules.ConsumerGroups;
import io.onex.rules.PrincipalClass;
import io.onex.rules.Tenant;
import io.onex.rules.TopicMode;
import io.onex.sdk.RecordDispatcher;
import io.onex.sdk.kafka.KafkaEventBusConfig;
import io.onex.sdk.kafka.OnexConsumerRunner;
import io.onex.sdk.kafka.TopicNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plugin and the SDK answer the spec's naming questions the same way on the same inputs: which tenants exist,
 * which physical topic a catalog topic becomes, which prefix a tenant's consumer groups carry. Each side is asked
 * through its own public entry (contract validation, the provision goal's desired state, the bus and runner
 * builders), so a rule copied into one of them again would show here.
 */
@DisplayName("Plugin and SDK share the spec's naming rules")
class SharedRulesTest {

    private static final String BOOTSTRAP = "127.0.0.1:9092";

    @ParameterizedTest(name = "tenant ''{0}''")
    @ValueSource(strings = {"tenant-123", "acme_eu-1", "x", "7", "Tenant.A", "t_", "_t", "tenant.123", "a b",
        "TENANT", "tenant-", "é"})
    @DisplayName("contract validation, provisioning, the bus and the consumer runner accept and refuse the same tenants")
    void sameTenants(String tenant, @TempDir Path work) throws IOException {
        boolean validation = contractValidates(tenant, work);
        boolean provision = provisionAccepts(tenant);
        boolean bus = accepts(() -> KafkaEventBusConfig.builder(BOOTSTRAP, "node/x").tenant(tenant));
        boolean runner = accepts(() -> OnexConsumerRunner.builder(Map.of("bootstrap.servers", BOOTSTRAP),
                dispatcher()).tenant(tenant));
        assertThat(List.of(provision, bus, runner)).as("provision, bus, runner vs. contract validation")
                .containsOnly(validation);
    }

    @Test
    @DisplayName("with a tenant, the topics provision creates are the names the SDK writes to in every topic mode")
    void sameTopicNames() throws InvalidProvisionSettingsException {
        DesiredState desired = CatalogDesiredState.derive(canonicalCatalog(), Optional.of("tenant-123"));
        TopicNames sdk = new TopicNames(TopicMode.DUAL, KafkaEventBusConfig.builder(BOOTSTRAP, "node/x")
                .tenant("tenant-123").build().tenant());
        List<String> sdkNames = Arrays.stream(EnumONEXTopic.values())
                .flatMap(t -> sdk.publishNames(t.topic()).stream()).sorted().toList();
        assertThat(desired.topics().stream().map(TopicSpec::name).sorted().toList()).hasSize(15)
                .isEqualTo(sdkNames);
        TopicNames byDefault = new TopicNames(KafkaEventBusConfig.builder(BOOTSTRAP, "node/x").build().topicMode(),
                Optional.empty());
        assertThat(CatalogDesiredState.derive(canonicalCatalog(), Optional.empty()).topics())
                .extracting(TopicSpec::name)
                .as("every topic a node writes or reads in the SDK's default topic mode is provisioned by default")
                .containsAll(Arrays.stream(EnumONEXTopic.values())
                        .flatMap(t -> byDefault.publishNames(t.topic()).stream()).toList());
    }

    @ParameterizedTest(name = "tenant ''{0}''")
    @ValueSource(strings = {"", "tenant-123"})
    @DisplayName("the SDK's group ids are covered by the group ACLs provision grants, in both ACL models")
    void groupsCovered(String tenant) throws Exception {
        Optional<Tenant> parsed = Tenant.parse(tenant);
        String runnerGroup = OnexConsumerRunner.builder(Map.of("bootstrap.servers", BOOTSTRAP), dispatcher())
                .service("registry-introspection").tenant(tenant.isEmpty() ? null : tenant).build().groupId();
        String listenerGroup = ConsumerGroups.groupId("registry-effect-001", parsed);

        DesiredState classWide = CatalogDesiredState.derive(canonicalCatalog(), AccessSettings.defaults(parsed));
        for (PrincipalClass reader : List.of(PrincipalClass.NODE_SERVICES, PrincipalClass.REGISTRY_SERVICES,
                PrincipalClass.OBSERVABILITY)) {
            assertThat(groupRules(classWide, reader.defaultPrincipal(parsed))).as(reader.yamlName())
                    .anyMatch(rule -> covers(rule, runnerGroup)).anyMatch(rule -> covers(rule, listenerGroup));
        }
        DesiredState perContract = CatalogDesiredState.derive(canonicalCatalog(),
                AccessSettings.defaults(parsed).withContracts(section13Contracts()));
        String effect = NodePrincipals.defaults(parsed).principal("registry-effect");
        assertThat(groupRules(perContract, effect)).anyMatch(rule -> covers(rule, listenerGroup))
                .noneMatch(rule -> covers(rule, runnerGroup));
        if (parsed.isPresent()) {
            String otherTenant = ConsumerGroups.groupId("registry-introspection", Tenant.parse("tenant-456"));
            assertThat(groupRules(classWide, PrincipalClass.NODE_SERVICES.defaultPrincipal(parsed)))
                    .noneMatch(rule -> covers(rule, otherTenant));
        }
    }

    private static List<AclRule> groupRules(DesiredState state, String principal) {
        return state.acls().stream()
                .filter(a -> a.resourceType() == ResourceType.GROUP && a.principal().equals(principal)).toList();
    }

    /** Whether a READ group rule lets a consumer use {@code group}, as Kafka's authorizer matches it. */
    private static boolean covers(AclRule rule, String group) {
        return switch (rule.patternType()) {
            case LITERAL -> rule.resourceName().equals(ResourcePattern.WILDCARD_RESOURCE)
                    || rule.resourceName().equals(group);
            case PREFIXED -> group.startsWith(rule.resourceName());
            default -> false;
        };
    }

    private static List<Contract> section13Contracts() {
        LoadedProject loaded = ProjectLoader.load(new ProjectRequest(CatalogSource.canonical(),
                List.of(Path.of("src/main/onex")), null));
        assertThat(loaded.project()).isPresent();
        return loaded.project().get().contracts();
    }

    private static boolean contractValidates(String tenant, Path work) throws IOException {
        Path contract = work.resolve("contract.yaml");
        Files.writeString(contract, String.join("\n",
                "meta:",
                "  name: tenant-node",
                "  version: 1.0.0",
                "  node_type: EFFECT",
                "event_channels:",
                "  publishes:",
                "    - topic: '" + tenant + ".onex.node.heartbeat.published.v1'",
                "      key: node_id",
                "      event_type: heartbeat",
                ""));
        LoadedProject loaded = ProjectLoader.load(new ProjectRequest(CatalogSource.canonical(), List.of(contract),
                work));
        return loaded.project().isPresent();
    }

    private static boolean provisionAccepts(String tenant) {
        try {
            CatalogDesiredState.derive(canonicalCatalog(), Optional.of(tenant));
            return true;
        } catch (InvalidProvisionSettingsException e) {
            return false;
        }
    }

    private static boolean accepts(Runnable configure) {
        try {
            configure.run();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Catalog canonicalCatalog() {
        LoadedProject loaded = ProjectLoader.load(ProjectRequest.catalogOnly(CatalogSource.canonical(), null));
        assertThat(loaded.diagnostics().stream().filter(d -> d.isError()).collect(Collectors.toList())).isEmpty();
        return loaded.catalog();
    }

    private static RecordDispatcher dispatcher() {
        return new RecordDispatcher() {
            @Override
            public List<io.onex.sdk.OnexTopic<?>> topics() {
                return List.of(EnumONEXTopic.values()[0].topic());
            }

            @Override
            public void dispatch(io.onex.sdk.BusRecord record) {
            }
        };
    }
}
