package io.onex.plugin.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onex.testkit.KafkaBroker;
import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The provision goal built by plain construction, on the canonical catalog and a real broker. */
class ProvisionMojoTest {

    @RegisterExtension
    static final KafkaBroker kafka = KafkaBroker.plaintext();

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    /** A goal with the defaults Maven would inject. */
    private ProvisionMojo mojo(String tenant, String mode) {
        ProvisionMojo mojo = new ProvisionMojo(null);
        mojo.setLog(log);
        mojo.bootstrapServers = kafka.bootstrapServers();
        mojo.mode = mode;
        mojo.tenantPrefix = tenant;
        mojo.migrationPhase = "legacy";
        mojo.exportFormat = "none";
        mojo.timeout = 30;
        mojo.settings = new Settings();
        return mojo;
    }

    @Test
    @DisplayName("plan on the canonical catalog logs each creation and one summary line, and changes nothing")
    void plan() throws Exception {
        mojo("mojo-plan", "plan").execute();

        assertThat(log.at("WARN")).as("catalog warnings belong to the validate goal").isEmpty();
        List<String> info = log.at("INFO");
        assertThat(info).filteredOn(l -> l.startsWith("create topic mojo-plan.onex.")).hasSize(12);
        assertThat(info).filteredOn(l -> l.startsWith("ONEX provision plan: ")).singleElement().asString()
                .startsWith("ONEX provision plan: 15 changes to make (15 topic creations,")
                .contains("ACLs not checked: the cluster has no authorizer configured");

        assertThatThrownBy(() -> mojo("mojo-plan", "verify").execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("drift: 15 differences from the catalog")
                .hasMessageContaining("topic mojo-plan.onex.node.heartbeat.published.v1: missing (catalog: 3 partitions,"
                        + " retention.ms=3600000, cleanup.policy=delete)");
    }

    @Test
    @DisplayName("apply writes the requested export; a second apply says no changes; verify passes")
    void applyThenVerify() throws Exception {
        ProvisionMojo apply = mojo("mojo-apply", "apply");
        apply.exportFormat = "kafka-cli";
        apply.exportFile = dir.resolve("plan.sh").toFile();
        apply.execute();

        assertThat(log.at("INFO")).filteredOn(l -> l.startsWith("applied: create topic ")).hasSize(15);
        assertThat(Files.readString(dir.resolve("plan.sh")))
                .startsWith("#!/bin/sh\n# ONEX topics and ACLs: plan as Kafka CLI commands\n")
                .contains("--create --topic mojo-apply.onex.node.heartbeat.published.v1 --partitions 3");
        assertThat(log.at("INFO")).last().asString().contains("; kafka-cli commands written to " + dir.resolve("plan.sh"));

        log.lines.clear();
        mojo("mojo-apply", "apply").execute();
        assertThat(log.at("INFO")).singleElement().asString()
                .startsWith("ONEX provision apply: no changes: the cluster matches the catalog (15 topics); ACLs not checked");

        log.lines.clear();
        mojo("mojo-apply", "verify").execute();
        assertThat(log.at("INFO")).singleElement().asString().startsWith("ONEX provision verify: no changes");
    }

    @Test
    @DisplayName("after deprecation the legacy topics are no longer wanted: apply leaves them and says so, verify"
            + " fails naming each")
    void deprecation() throws Exception {
        mojo("mojo-deprecate", "apply").execute();
        log.lines.clear();

        ProvisionMojo deprecated = mojo("mojo-deprecate", "apply");
        deprecated.migrationPhase = "deprecated";
        deprecated.execute();
        assertThat(log.at("INFO")).singleElement().asString()
                .startsWith("ONEX provision apply: no changes: the cluster matches the catalog (12 topics)")
                .contains("3 legacy topics left after deprecation, deleted only when named in"
                        + " onex.provision.deleteTopics: mojo-deprecate.node.introspection, mojo-deprecate.node.heartbeat,"
                        + " mojo-deprecate.node.request_introspection");
        assertThat(kafka.admin().listTopics().names().get()).contains("mojo-deprecate.node.heartbeat");

        ProvisionMojo verify = mojo("mojo-deprecate", "verify");
        verify.migrationPhase = "deprecated";
        assertThatThrownBy(verify::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("drift: 3 differences from the catalog")
                .hasMessageContaining("topic mojo-deprecate.node.heartbeat: legacy topic left after deprecation"
                        + " (section 9, phase 4); once no consumer group reads it, delete it with"
                        + " -Donex.provision.deleteTopics=mojo-deprecate.node.heartbeat (apply)");

        log.lines.clear();
        ProvisionMojo delete = mojo("mojo-deprecate", "apply");
        delete.migrationPhase = "deprecated";
        delete.deleteTopics = List.of("mojo-deprecate.node.heartbeat", "mojo-deprecate.node.introspection",
                "mojo-deprecate.node.request_introspection");
        delete.execute();
        assertThat(log.at("INFO")).contains("applied: delete legacy topic mojo-deprecate.node.heartbeat (confirmed by"
                + " name)");
        assertThat(kafka.admin().listTopics().names().get()).filteredOn(t -> t.startsWith("mojo-deprecate."))
                .hasSize(12).noneMatch(t -> t.startsWith("mojo-deprecate.node."));
        log.lines.clear();
        verify.execute();
        assertThat(log.at("INFO")).last().asString().startsWith("ONEX provision verify: no changes");

        ProvisionMojo unknown = mojo("mojo-deprecate", "plan");
        unknown.migrationPhase = "phase-4";
        assertThatThrownBy(unknown::execute).isInstanceOf(MojoFailureException.class);
        assertThat(String.join("\n", log.at("ERROR"))).contains("unknown migration phase 'phase-4'"
                + " (onex.migration.phase); use legacy, dual, onex or deprecated", "[provision-settings]");
    }

    @Test
    @DisplayName("secrets in the Kafka properties never reach the log, not even at debug level")
    void noSecretsLogged() throws Exception {
        ProvisionMojo mojo = mojo("mojo-secret", "plan");
        mojo.kafkaProperties = Map.of("sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\" password=\"s3cr3t\";",
                "ssl.key.password", "s3cr3t");
        mojo.execute();

        assertThat(log.text()).doesNotContain("s3cr3t").contains("sasl.jaas.config=[hidden]");
    }

    @Test
    @DisplayName("an unreachable cluster is an execution error naming the address and the setting to check")
    void unreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProvisionMojo mojo = mojo(null, "plan");
        mojo.bootstrapServers = "127.0.0.1:" + port;
        mojo.timeout = 2;

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("provision plan against 127.0.0.1:" + port + " failed: no answer from the cluster within 2 s"
                        + " while listing topics; check that bootstrapServers (onex.bootstrapServers) is right and the"
                        + " brokers are reachable");
    }

    @Test
    @DisplayName("user mistakes are build failures with the way out: unknown mode, bad principal, unknown server id")
    void userMistakes() {
        assertThatThrownBy(() -> mojo(null, "destroy").execute())
                .isInstanceOf(MojoFailureException.class).hasMessage("1 error in ONEX inputs; see above");
        assertThat(log.at("ERROR")).containsExactly("plugin parameters: error: unknown provision mode 'destroy'"
                + " (onex.provision.mode); use one of plan, apply, verify [provision-settings]");
        log.clear();

        ProvisionMojo badPrincipal = mojo(null, "plan");
        badPrincipal.nodePrincipal = "node-service";
        assertThatThrownBy(badPrincipal::execute)
                .isInstanceOf(MojoFailureException.class).hasMessage("1 error in ONEX inputs; see above");
        assertThat(log.at("ERROR")).containsExactly("plugin parameters: error: principal 'node-service' for"
                + " node_services must have the form Type:name, e.g. User:node-service [provision-settings]");

        ProvisionMojo noServer = mojo(null, "plan");
        noServer.serverId = "onex-kafka";
        assertThatThrownBy(noServer::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("no <server> with id 'onex-kafka' in settings.xml (onex.serverId)");
    }

    @Test
    @DisplayName("a catalog folder that does not exist is reported as a diagnostic and fails the build")
    void missingCatalog() {
        ProvisionMojo mojo = mojo(null, "plan");
        mojo.catalog = new File(dir.toFile(), "no-such-catalog");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("error");
        assertThat(log.at("ERROR")).singleElement().asString().contains("no-such-catalog");
    }

    @Test
    @DisplayName("a settings.xml server's decrypted user name and password become the SASL credentials")
    void serverCredentials() throws Exception {
        Server server = new Server();
        server.setId("onex-kafka");
        server.setUsername("admin");
        server.setPassword("{encrypted}");
        Settings settings = new Settings();
        settings.addServer(server);
        SettingsDecrypter decrypter = new SettingsDecrypter() {
            @Override
            public SettingsDecryptionResult decrypt(SettingsDecryptionRequest request) {
                Server plain = request.getServers().get(0).clone();
                plain.setPassword("decrypted");
                return new SettingsDecryptionResult() {
                    @Override public Server getServer() { return plain; }
                    @Override public List<Server> getServers() { return List.of(plain); }
                    @Override public org.apache.maven.settings.Proxy getProxy() { return null; }
                    @Override public List<org.apache.maven.settings.Proxy> getProxies() { return List.of(); }
                    @Override public List<SettingsProblem> getProblems() { return List.of(); }
                };
            }
        };

        var credentials = ServerCredentials.sasl(settings, decrypter, "onex-kafka").orElseThrow();

        assertThat(credentials.username()).isEqualTo("admin");
        assertThat(credentials.password()).isEqualTo("decrypted");
        assertThat(credentials.toString()).doesNotContain("decrypted");
    }
}
