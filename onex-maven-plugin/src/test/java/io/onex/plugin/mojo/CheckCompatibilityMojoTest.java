package io.onex.plugin.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onex.plugin.testing.Fixtures;
import io.onex.testkit.ApicurioRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The check-compatibility goal built by plain construction; the registry baseline against a real Apicurio 2.6.13. */
@DisplayName("The check-compatibility goal")
class CheckCompatibilityMojoTest {

    private static final String OLD = "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}},"
            + " \"additionalProperties\": false}";
    private static final String REQUIRED_ADDED = "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"},"
            + " \"b\": {\"type\": \"string\"}}, \"required\": [\"b\"], \"additionalProperties\": false}";
    private static final String HEARTBEAT_PAYLOAD = "schemas/payloads/node-heartbeat-published.v1.schema.json";

    @RegisterExtension
    static final ApicurioRegistry registry = ApicurioRegistry.inMemory();

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    /** A goal with the defaults Maven would inject. */
    private CheckCompatibilityMojo mojo() {
        CheckCompatibilityMojo mojo = new CheckCompatibilityMojo(null, null);
        mojo.setLog(log);
        mojo.basedir = dir.toFile();
        mojo.compatibility = "BACKWARD";
        mojo.failOnBreak = true;
        mojo.groupId = "onex";
        mojo.pluginVersion = "1.0.0";
        mojo.settings = new Settings();
        return mojo;
    }

    /** Plain folders {@code old} and {@code new}, each with events/a.json. */
    private CheckCompatibilityMojo plainFolders(String oldSchema, String newSchema) throws Exception {
        Files.createDirectories(dir.resolve("old/events"));
        Files.createDirectories(dir.resolve("new/events"));
        Files.writeString(dir.resolve("old/events/a.json"), oldSchema);
        Files.writeString(dir.resolve("new/events/a.json"), newSchema);
        CheckCompatibilityMojo mojo = mojo();
        mojo.baseline = dir.resolve("old").toString();
        mojo.schemas = dir.resolve("new").toFile();
        return mojo;
    }

    @Test
    @DisplayName("a break fails the build, named in the failure with file, pointer and kind, and is in the JUnit XML")
    void breakFails() throws Exception {
        CheckCompatibilityMojo mojo = plainFolders(OLD, REQUIRED_ADDED);

        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("ONEX check-compatibility: 1 subject(s) checked at BACKWARD against "
                        + dir.resolve("old") + ": 1 breaking change(s) at BACKWARD in 1 subject(s); report"
                        + " target/onex-compat/TEST-onex-compatibility.xml" + System.lineSeparator()
                        + "events/a.json: events/a.json /required: OBJECT_TYPE_REQUIRED_PROPERTIES_MEMBER_ADDED: ");
        assertThat(log.at("INFO")).first().asString()
                .startsWith("events/a.json: events/a.json /required: OBJECT_TYPE_REQUIRED_PROPERTIES_MEMBER_ADDED: ")
                .contains("readers require 'b'").endsWith("[registry refuses; readers break]");
        assertThat(Files.readString(dir.resolve("target/onex-compat/TEST-onex-compatibility.xml")))
                .contains("<testsuite name=\"onex-compatibility\" tests=\"1\" failures=\"1\"");
    }

    @Test
    @DisplayName("with failOnBreak=false a break is reported and the build passes")
    void reportOnly() throws Exception {
        CheckCompatibilityMojo mojo = plainFolders(OLD, REQUIRED_ADDED);
        mojo.failOnBreak = false;

        mojo.execute();

        assertThat(log.at("ERROR")).isEmpty();
        assertThat(log.at("INFO")).hasSize(2).first().asString().startsWith("events/a.json: events/a.json /required: ");
    }

    @Test
    @DisplayName("a compatible change passes with one summary line")
    void compatible() throws Exception {
        plainFolders(OLD, OLD).execute();

        assertThat(log.at("INFO")).singleElement().asString().startsWith("ONEX check-compatibility: 1 subject(s)"
                + " checked at BACKWARD against " + dir.resolve("old") + ": 0 breaking change(s) at BACKWARD in 0"
                + " subject(s); report target/onex-compat/TEST-onex-compatibility.xml (");
    }

    @Test
    @DisplayName("a bad level and a baseline that is neither a path, coordinates nor registry are diagnostics")
    void parameterMistakes() throws Exception {
        CheckCompatibilityMojo mojo = plainFolders(OLD, OLD);
        mojo.compatibility = "SIDEWAYS";
        mojo.baseline = "no-such-folder";

        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(MojoFailureException.class)
                .hasMessage("2 errors in ONEX inputs; see above");
        assertThat(log.at("ERROR")).containsExactly(
                "plugin parameters: error: onex.baseline 'no-such-folder' is neither an existing folder or jar, nor"
                        + " groupId:artifactId:version, nor 'registry' [compat-baseline]",
                "plugin parameters: error: onex.compatibility 'SIDEWAYS' is not a level; use one of NONE, BACKWARD,"
                        + " BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE"
                        + " [compat-settings]");
        assertThat(Files.exists(dir.resolve("target/onex-compat"))).isFalse();
    }

    @Test
    @DisplayName("a bad $ref in a plain schema folder is the same located diagnostic as in a catalog")
    void badReference() throws Exception {
        CheckCompatibilityMojo mojo = plainFolders(OLD, "{\"type\": \"object\", \"properties\": {\n"
                + "  \"a\": {\"$ref\": \"common.json#/definitions/A\"}}}");

        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(MojoFailureException.class);
        assertThat(log.at("ERROR")).containsExactly("new/events/a.json:2:17: error: /properties/a/$ref: $ref"
                + " 'common.json#/definitions/A': new/events/common.json does not exist [schema-ref]");
    }

    @Test
    @DisplayName("the registry's latest versions as baseline: unchanged passes, a changed payload type breaks")
    void registryBaseline() throws Exception {
        RegisterMojo register = new RegisterMojo(null);
        register.setLog(new RecordingLog());
        register.basedir = dir.toFile();
        register.registryUrl = registry.serverUrl();
        register.groupId = "compat";
        register.compatibility = "BACKWARD";
        register.settings = new Settings();
        register.execute();

        CheckCompatibilityMojo unchanged = mojo();
        unchanged.baseline = "registry";
        unchanged.registryUrl = registry.serverUrl();
        unchanged.groupId = "compat";
        unchanged.execute();
        assertThat(log.at("INFO")).singleElement().asString().startsWith("ONEX check-compatibility: 12 subject(s)"
                + " checked at BACKWARD against the registry's latest versions (" + registry.baseUrl() + ", group"
                + " compat): 0 breaking change(s)");

        log.lines.clear();
        Path catalog = Fixtures.copyCanonicalCatalog(dir.resolve("catalog"));
        Fixtures.edit(catalog.resolve(HEARTBEAT_PAYLOAD), "\"type\": \"integer\",\n      \"minimum\": 0\n    },\n"
                + "    \"active", "\"type\": \"string\"\n    },\n    \"active");
        CheckCompatibilityMojo changed = mojo();
        changed.baseline = "registry";
        changed.registryUrl = registry.serverUrl();
        changed.groupId = "compat";
        changed.catalog = catalog.toFile();

        assertThatThrownBy(changed::execute).isExactlyInstanceOf(MojoFailureException.class);
        assertThat(log.at("INFO")).hasSize(2).first().isEqualTo("onex.node.heartbeat.published.v1: " + HEARTBEAT_PAYLOAD
                + " /properties/payload/properties/uptime_seconds: SUBSCHEMA_TYPE_CHANGED: writers may send integer,"
                + " readers accept only string; consumers on the current schema cannot read records written with the"
                + " registry's latest versions (" + registry.baseUrl() + ", group compat) (kept in the topic for PT1H,"
                + " and on replay) [registry refuses; readers break]");
    }

    @Test
    @DisplayName("the registry as baseline without its URL is a diagnostic")
    void registryBaselineWithoutUrl() {
        CheckCompatibilityMojo mojo = mojo();
        mojo.baseline = "registry";

        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(MojoFailureException.class);
        assertThat(log.at("ERROR")).containsExactly("plugin parameters: error: onex.baseline=registry needs"
                + " onex.registry.url, the registry to compare with [compat-baseline]");
    }
}
