package io.onex.plugin.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.plugin.core.CatalogSource;
import io.onex.plugin.core.ProjectLoader;
import io.onex.plugin.core.ProjectRequest;
import io.onex.plugin.model.CompatibilityLevel;
import io.onex.plugin.registry.RegistrySettings;
import io.onex.plugin.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@DisplayName("check-compatibility core")
class CompatibilityCheckTest {

    private static final String HEARTBEAT = "onex.node.heartbeat.published.v1";
    private static final String INTROSPECTION = "onex.node.introspection.published.v1";

    @TempDir
    Path temp;

    @Test
    @DisplayName("the canonical catalog is compatible with itself and every topic is a passing test case")
    void unchangedCatalogPasses() throws IOException {
        Path baseline = copyCanonical("baseline");
        Path current = copyCanonical("current");

        CompatibilityCheck.Outcome outcome = run(CompatibilityLevel.FULL_TRANSITIVE, current, baseline);

        assertThat(outcome.diagnostics()).isEmpty();
        assertThat(outcome.result().orElseThrow().hasBreaks()).isFalse();
        assertThat(outcome.result().orElseThrow().subjects()).hasSize(12);
        Document xml = parse(report(outcome));
        assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("12");
        assertThat(xml.getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    @DisplayName("each catalog-level break produces its message, which no registry would give")
    void catalogBreaks() throws IOException {
        Path baseline = copyCanonical("baseline");
        Path current = copyCanonical("current");
        String yaml = Files.readString(current.resolve("topics.yaml"));
        yaml = yaml.replaceFirst("(name: " + HEARTBEAT.replace(".", "\\.") + "[\\s\\S]*?retention: )PT1H", "$1PT30M");
        yaml = replaceInTopic(yaml, INTROSPECTION, "partitions: 3", "partitions: 6\n    partition_justification: measured lag");
        yaml = replaceInTopic(yaml, INTROSPECTION, "cleanup_policy: delete", "cleanup_policy: compact");
        Files.writeString(current.resolve("topics.yaml"), yaml);

        CompatibilityResult result = run(CompatibilityLevel.BACKWARD, current, baseline).result().orElseThrow();

        assertThat(result.findings()).filteredOn(f -> f.source() == Finding.Source.CATALOG)
                .extracting(Finding::subject, Finding::kind)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(HEARTBEAT, "RETENTION_CUT"),
                        org.assertj.core.groups.Tuple.tuple(INTROSPECTION, "PARTITIONS_CHANGED"),
                        org.assertj.core.groups.Tuple.tuple(INTROSPECTION, "CLEANUP_POLICY_CHANGED"));
        assertThat(result.findings()).filteredOn(f -> f.kind().equals("RETENTION_CUT")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("PT1H -> PT30M").contains("lose records"));
        assertThat(result.findings()).filteredOn(f -> f.kind().equals("PARTITIONS_CHANGED")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("3 -> 6").contains("keyed by node_id"));
    }

    @Test
    @DisplayName("a removed topic, a renamed topic without alias, a key change and a swapped payload are each reported")
    void structuralCatalogBreaks() {
        io.onex.plugin.model.Catalog base = load(copyCanonical("b"));
        io.onex.plugin.model.Topic heartbeat = base.find(HEARTBEAT).orElseThrow();
        io.onex.plugin.model.Topic shutdown = base.find("onex.node.shutdown.announced.v1").orElseThrow();
        io.onex.plugin.model.Topic intro = base.find(INTROSPECTION).orElseThrow();
        io.onex.plugin.model.Topic renamed = copy(heartbeat, new io.onex.plugin.model.TopicName("node", "heartbeat",
                "sent", 1), heartbeat.keyField(), heartbeat.payloadSchema(), Optional.empty());
        io.onex.plugin.model.Topic rekeyed = copy(shutdown, shutdown.name(), "correlation_id", shutdown.payloadSchema(),
                shutdown.legacyName());
        io.onex.plugin.model.Topic swapped = copy(intro, intro.name(), intro.keyField(),
                "schemas/payloads/node-heartbeat-published.v1.schema.json", intro.legacyName());
        List<io.onex.plugin.model.Topic> topics = base.topics().stream()
                .filter(t -> !t.fullName().equals("onex.registry.workflow.failed.v1"))
                .map(t -> t == heartbeat ? renamed : t == shutdown ? rekeyed : t == intro ? swapped : t).toList();
        io.onex.plugin.model.Catalog current = new io.onex.plugin.model.Catalog(topics, base.envelope(), base.source());

        List<Finding> findings = CatalogComparison.compare(base, current, "1.0.0");

        assertThat(findings).extracting(Finding::subject, Finding::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(HEARTBEAT, "TOPIC_RENAMED"),
                org.assertj.core.groups.Tuple.tuple("onex.registry.workflow.failed.v1", "TOPIC_REMOVED"),
                org.assertj.core.groups.Tuple.tuple("onex.node.shutdown.announced.v1", "KEY_CHANGED"),
                org.assertj.core.groups.Tuple.tuple(INTROSPECTION, "PAYLOAD_SCHEMA_SWAPPED"));
    }

    @Test
    @DisplayName("plain folders are paired by relative path; each break is a failure in the JUnit XML")
    void plainFolders() throws Exception {
        Path baseline = Files.createDirectories(temp.resolve("old/events"));
        Path current = Files.createDirectories(temp.resolve("new/events"));
        Files.writeString(baseline.resolve("a.json"), SchemaPairs.byName("type changed string -> integer").history().get(0));
        Files.writeString(current.resolve("a.json"), SchemaPairs.byName("type changed string -> integer").proposed());
        Files.writeString(baseline.resolve("b.json"), SchemaPairs.byName("oneOf[number,string] -> anyOf[string]")
                .history().get(0));
        Files.writeString(current.resolve("b.json"), SchemaPairs.byName("oneOf[number,string] -> anyOf[string]")
                .proposed());
        Files.writeString(baseline.resolve("gone.json"), SchemaPairs.obj("'a':{'type':'string'}", "", false));

        CompatibilityCheck.Outcome outcome = run(CompatibilityLevel.BACKWARD, temp.resolve("new"), temp.resolve("old"));

        assertThat(outcome.result().orElseThrow().subjects()).extracting(CompatibilityResult.Subject::name)
                .containsExactly("events/a.json", "events/b.json", "events/gone.json");
        assertThat(outcome.result().orElseThrow().findings()).extracting(Finding::subject, Finding::kind, Finding::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("events/a.json", "SUBSCHEMA_TYPE_CHANGED",
                                Finding.Source.REGISTRY_AND_READERS),
                        org.assertj.core.groups.Tuple.tuple("events/b.json", "UNION_NARROWED",
                                Finding.Source.READERS_ONLY),
                        org.assertj.core.groups.Tuple.tuple("events/gone.json", "SCHEMA_REMOVED",
                                Finding.Source.READERS_ONLY));
        Document xml = parse(report(outcome));
        NodeList cases = xml.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(3);
        Element b = (Element) cases.item(1);
        assertThat(b.getAttribute("name")).isEqualTo("events/b.json");
        assertThat(b.getElementsByTagName("failure").item(0).getTextContent())
                .contains("the registry would not catch this");
        assertThat(outcome.summary()).contains("3 breaking change(s) at BACKWARD in 3 subject(s)");
        assertThat(outcome.findingsFail()).isTrue();
    }

    @Test
    @DisplayName("a baseline jar is read like a folder")
    void jarBaseline() throws IOException {
        Path jar = temp.resolve("onex-schemas-0.9.0.jar");
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of("create", "true"))) {
            copyTree(copyCanonical("forjar"), zip.getPath("/onex"));
        }
        CompatibilityCheck.Outcome outcome = run(CompatibilityLevel.BACKWARD, copyCanonical("current"), jar);
        assertThat(outcome.diagnostics()).isEmpty();
        assertThat(outcome.result().orElseThrow().hasBreaks()).isFalse();
        assertThat(outcome.result().orElseThrow().baselineLabels()).containsExactly(jar.toString());
    }

    @Test
    @DisplayName("without a baseline and without an earlier release of onex-schemas the check is skipped and says why")
    void noEarlierRelease() throws Exception {
        CompatibilityCheck.Outcome outcome = new CompatibilityCheck(NO_ARTIFACTS).run(request("BACKWARD",
                copyCanonical("current"), null));

        assertThat(outcome.diagnostics()).isEmpty();
        assertThat(outcome.failed(false)).isFalse();
        assertThat(outcome.summary()).isEqualTo("ONEX check-compatibility: skipped, no released io.onex:onex-schemas"
                + " older than 1.0.0 to compare with (set onex.baseline to compare with a folder, jar or version)");
    }

    @Test
    @DisplayName("coordinates no repository has are a located diagnostic, and nothing is compared")
    void unresolvableCoordinates() throws Exception {
        CompatibilityCheck.Outcome outcome = new CompatibilityCheck(NO_ARTIFACTS).run(request("BACKWARD",
                copyCanonical("current"), "io.onex:onex-schemas:0.9.0"));

        assertThat(outcome.diagnostics()).extracting(d -> d.format()).containsExactly(
                "plugin parameters: error: no repository in this test [compat-baseline]");
        assertThat(outcome.result()).isEmpty();
    }

    @Test
    @DisplayName("an error in the baseline's catalog is reported in the baseline's file")
    void brokenBaselineCatalog() {
        Path baseline = copyCanonical("baseline");
        Fixtures.edit(baseline.resolve("topics.yaml"), "partitions: 3", "partitions: three");

        CompatibilityCheck.Outcome outcome = run(CompatibilityLevel.BACKWARD, copyCanonical("current"), baseline);

        assertThat(outcome.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("baseline/topics.yaml");
            assertThat(d.location().line()).isPositive();
        });
        assertThat(outcome.result()).isEmpty();
        assertThat(outcome.failed(false)).isTrue();
    }

    /** Compares a catalog folder (or a plain folder without topics.yaml) with a baseline folder or jar. */
    private CompatibilityCheck.Outcome run(CompatibilityLevel level, Path current, Path baseline) {
        try {
            return new CompatibilityCheck(NO_ARTIFACTS).run(request(level.name(), current, baseline.toString()));
        } catch (io.onex.plugin.registry.RegistryAccessException e) {
            throw new AssertionError(e);
        }
    }

    private CompatibilityCheck.Request request(String level, Path current, String baseline) {
        boolean catalog = Files.isRegularFile(current.resolve("topics.yaml"));
        return new CompatibilityCheck.Request(level, catalog ? Optional.empty() : Optional.of(current),
                new CatalogSource.Directory(current), baseline, new RegistrySettings(null, "onex", Optional.empty(),
                Map.of()), temp.resolve("report-" + System.nanoTime()), true, "1.0.0", temp);
    }

    /** No Maven repository: these tests name their baselines by path. */
    private static final BaselineArtifacts NO_ARTIFACTS = new BaselineArtifacts() {
        @Override
        public Path resolve(String groupId, String artifactId, String version) throws Unresolvable {
            throw new Unresolvable("no repository in this test", null);
        }

        @Override
        public List<String> releasesBefore(String groupId, String artifactId, String version) {
            return List.of();
        }
    };

    private Path report(CompatibilityCheck.Outcome outcome) {
        return temp.resolve(outcome.report().orElseThrow());
    }

    private static String replaceInTopic(String yaml, String topic, String from, String to) {
        int start = yaml.indexOf("name: " + topic);
        int at = yaml.indexOf(from, start);
        return yaml.substring(0, at) + to + yaml.substring(at + from.length());
    }

    private static io.onex.plugin.model.Catalog load(Path root) {
        return ProjectLoader.load(ProjectRequest.catalogOnly(new CatalogSource.Directory(root), null)).project()
                .orElseThrow().catalog();
    }

    private static io.onex.plugin.model.Topic copy(io.onex.plugin.model.Topic t, io.onex.plugin.model.TopicName name,
            String key, String payloadSchema, Optional<String> legacy) {
        return new io.onex.plugin.model.Topic(name, t.eventClass(), key, t.broadcastKey(), t.retention(),
                t.cleanupPolicy(), t.compactionAllowed(), t.partitions(), t.partitionJustification(), t.direction(),
                t.meaning(), t.semantic(), t.consumers(), legacy, t.producers(), t.readers(), t.payload(),
                payloadSchema, t.location());
    }

    /** The onex-schemas catalog (from the class path) copied to a temporary folder to edit. */
    private Path copyCanonical(String name) {
        return Fixtures.copyCanonicalCatalog(temp.resolve(name));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    try (InputStream in = Files.newInputStream(file)) {
                        Files.write(target, in.readAllBytes());
                    }
                }
            }
        }
    }

    private static Document parse(Path xml) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        } catch (Exception e) {
            throw new AssertionError("the JUnit report is not well-formed XML: " + xml, e);
        }
    }
}
