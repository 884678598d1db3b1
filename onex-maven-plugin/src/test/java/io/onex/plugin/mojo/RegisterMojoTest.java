package io.onex.plugin.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apicurio.registry.rest.client.RegistryClient;
import io.apicurio.registry.rest.client.RegistryClientFactory;
import io.onex.plugin.testing.Fixtures;
import io.onex.testkit.ApicurioRegistry;
import java.io.File;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The register goal built by plain construction, against a real Apicurio Registry 2.6.13. */
@DisplayName("The register goal")
class RegisterMojoTest {

    private static final String HEARTBEAT = "onex.node.heartbeat.published.v1";

    @RegisterExtension
    static final ApicurioRegistry registry = ApicurioRegistry.inMemory();

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    /** A goal with the defaults Maven would inject, registering in its own group. */
    private RegisterMojo mojo(String group) {
        RegisterMojo mojo = new RegisterMojo(null);
        mojo.setLog(log);
        mojo.basedir = dir.toFile();
        mojo.registryUrl = registry.serverUrl();
        mojo.groupId = group;
        mojo.compatibility = "BACKWARD";
        mojo.settings = new Settings();
        return mojo;
    }

    private static RegistryClient client() {
        return RegistryClientFactory.create(registry.baseUrl());
    }

    @Test
    @DisplayName("registers one artifact per topic with one line each; a second run changes nothing and says so")
    void registersOnceThenNothing() throws Exception {
        mojo("mojo-first").execute();

        List<String> info = log.at("INFO");
        assertThat(info).hasSize(13);
        assertThat(info).contains(HEARTBEAT + " -> mojo-first/" + HEARTBEAT + "-value: new artifact (version 1),"
                + " COMPATIBILITY none -> BACKWARD");
        assertThat(info.get(12)).startsWith("ONEX register: 12 new artifact(s), 0 new version(s), 0 unchanged,"
                + " 0 rejected in " + registry.baseUrl() + " group mojo-first (");
        assertThat(log.at("DEBUG")).contains("ONEX register: " + registry.baseUrl() + " with no credentials");

        log.lines.clear();
        mojo("mojo-first").execute();

        assertThat(log.at("INFO")).singleElement().asString().startsWith("ONEX register: 0 new artifact(s),"
                + " 0 new version(s), 12 unchanged, 0 rejected in ");
        assertThat(log.at("DEBUG")).contains(HEARTBEAT + " -> mojo-first/" + HEARTBEAT + "-value: unchanged"
                + " (version 1)");
        assertThat(client().listArtifactVersions("mojo-first", HEARTBEAT + "-value", 0, 10).getCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("a version the registry refuses fails the build, naming the registry's reason")
    void refusal() throws Exception {
        mojo("mojo-refusal").execute();
        Path changed = Fixtures.copyCanonicalCatalog(dir.resolve("catalog"));
        Fixtures.edit(changed.resolve("schemas/payloads/node-heartbeat-published.v1.schema.json"),
                "\"type\": \"integer\",\n      \"minimum\": 0\n    },\n    \"active",
                "\"type\": \"string\"\n    },\n    \"active");
        log.lines.clear();
        RegisterMojo mojo = mojo("mojo-refusal");
        mojo.catalog = changed.toFile();

        String refused = HEARTBEAT + " -> mojo-refusal/" + HEARTBEAT + "-value: rejected: SUBSCHEMA_TYPE_CHANGED at"
                + " /properties/payload/properties/uptime_seconds";
        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(MojoFailureException.class)
                .hasMessage("ONEX register: 0 new artifact(s), 0 new version(s), 11 unchanged, 1 rejected in "
                        + registry.baseUrl() + " group mojo-refusal" + System.lineSeparator() + refused);
        assertThat(log.at("INFO")).first().isEqualTo(refused);
        assertThat(log.at("ERROR")).isEmpty();
        assertThat(client().listArtifactVersions("mojo-refusal", HEARTBEAT + "-value", 0, 10).getCount())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("a dry run plans and changes nothing")
    void dryRun() throws Exception {
        RegisterMojo mojo = mojo("mojo-plan");
        mojo.dryRun = true;
        mojo.execute();

        assertThat(log.at("INFO")).contains(HEARTBEAT + " -> mojo-plan/" + HEARTBEAT + "-value: would be new"
                + " artifact (version 1), COMPATIBILITY none -> BACKWARD");
        assertThat(log.at("INFO")).last().asString().startsWith("ONEX register (dry run, nothing changed): 12 new"
                + " artifact(s)");
        assertThat(client().listArtifactsInGroup("mojo-plan").getCount()).isZero();
    }

    @Test
    @DisplayName("a bad level, a malformed URL and a missing settings.xml server are diagnostics, all in one run")
    void parameterMistakes() {
        RegisterMojo mojo = mojo("mojo-mistakes");
        mojo.compatibility = "SIDEWAYS";
        mojo.registryUrl = "registry.example.com:8080";
        mojo.serverId = "onex-registry";

        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(MojoFailureException.class)
                .hasMessage("3 errors in ONEX inputs; see above");
        assertThat(log.at("ERROR")).containsExactly(
                "plugin parameters: error: no <server> with id 'onex-registry' in settings.xml"
                        + " (onex.registry.serverId) [registry-settings]",
                "plugin parameters: error: onex.compatibility 'SIDEWAYS' is not a level; use one of NONE, BACKWARD,"
                        + " BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE [registry-settings]",
                "plugin parameters: error: onex.registry.url 'registry.example.com:8080' is not an http or https URL;"
                        + " give the registry's server root or REST v2 root, e.g."
                        + " https://registry.example.com/apis/registry/v2 [registry-settings]");
        assertThat(log.at("INFO")).singleElement().asString().startsWith("ONEX register: nothing registered (");
    }

    @Test
    @DisplayName("a catalog error is a located diagnostic and nothing is registered")
    void catalogError() throws Exception {
        Path catalog = Fixtures.copyCanonicalCatalog(dir.resolve("catalog"));
        Fixtures.edit(catalog.resolve("topics.yaml"), "envelope_schema: schemas/envelope.v1.schema.json",
                "envelope_schema: schemas/envelope.v2.schema.json");
        RegisterMojo mojo = mojo("mojo-broken");
        mojo.catalog = catalog.toFile();

        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(MojoFailureException.class)
                .hasMessage("1 error in ONEX inputs; see above");
        assertThat(log.at("ERROR")).containsExactly("catalog/topics.yaml:15:18: error: envelope_schema:"
                + " envelope_schema 'schemas/envelope.v2.schema.json' does not exist (no file"
                + " catalog/schemas/envelope.v2.schema.json) [schema-file]");
        assertThat(client().listArtifactsInGroup("mojo-broken").getCount()).isZero();
    }

    @Test
    @DisplayName("a settings.xml server's user name and password log in as basic auth, never logged")
    void serverCredentials() throws Exception {
        Server server = new Server();
        server.setId("onex-registry");
        server.setUsername("ci-bot");
        server.setPassword("s3cret");
        RegisterMojo mojo = mojo("mojo-credentials");
        mojo.settings.addServer(server);
        mojo.serverId = "onex-registry";
        mojo.dryRun = true;

        mojo.execute();

        assertThat(log.at("DEBUG")).contains("ONEX register: " + registry.baseUrl() + " with basic auth as ci-bot");
        assertThat(log.text()).doesNotContain("s3cret");
    }

    @Test
    @DisplayName("a registry that cannot be reached is an execution failure naming it and what to check")
    void unreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        RegisterMojo mojo = mojo("mojo-unreachable");
        mojo.registryUrl = "http://127.0.0.1:" + port;

        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("ONEX register: the registry at http://127.0.0.1:" + port
                        + "/apis/registry/v2 cannot be reached (")
                .hasMessageEndingWith("); check onex.registry.url and that the registry is running");
    }

    @Test
    @DisplayName("skip does nothing but say so")
    void skip() throws Exception {
        RegisterMojo mojo = mojo("mojo-skip");
        mojo.skip = true;
        mojo.registryUrl = null;
        mojo.catalog = new File("nowhere");

        mojo.execute();

        assertThat(log.lines).containsExactly("INFO ONEX register: skipped (onex.skip)");
    }
}
