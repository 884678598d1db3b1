package io.onex.plugin.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onex.plugin.testing.Fixtures;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The generate goal")
class GenerateMojoTest {

    private final RecordingLog log = new RecordingLog();

    private static MavenProject project(Path basedir) {
        Model model = new Model();
        model.setGroupId("com.example");
        model.setArtifactId("node");
        model.setVersion("1.0.0");
        Build build = new Build();
        build.setDirectory(basedir.resolve("target").toString());
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(basedir.resolve("pom.xml").toFile());
        return project;
    }

    private GenerateMojo mojo(MavenProject project, Object... fields) throws ReflectiveOperationException {
        GenerateMojo mojo = new GenerateMojo();
        mojo.setLog(log);
        set(mojo, "project", project);
        set(mojo, "outputDirectory", new File(project.getBuild().getDirectory(), "generated-sources/onex"));
        set(mojo, "catalogPackage", "io.onex.events");
        set(mojo, "contractPackage", "io.onex.nodes");
        set(mojo, "pluginVersion", "test");
        set(mojo, "executionId", "default");
        for (int i = 0; i < fields.length; i += 2) {
            set(mojo, (String) fields[i], fields[i + 1]);
        }
        return mojo;
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Class<?> type = target.getClass();
        while (java.util.Arrays.stream(type.getDeclaredFields()).noneMatch(f -> f.getName().equals(name))) {
            type = type.getSuperclass(); // parameters shared by every goal live in OnexMojo
        }
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    private static List<Path> files(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
    }

    @Test
    @DisplayName("generates a contract's publisher, subscriber and dispatcher, adds the source root, logs one summary")
    void generates(@TempDir Path basedir) throws Exception {
        Fixtures.overlay(Fixtures.resource("contracts/registry-effect"), basedir.resolve("src/main/onex"));
        MavenProject project = project(basedir);
        mojo(project).execute();

        Path out = basedir.resolve("target/generated-sources/onex");
        assertThat(files(out)).extracting(p -> out.relativize(p).toString().replace('\\', '/')).containsExactly(
                "io/onex/nodes/RegistryEffectDispatcher.java", "io/onex/nodes/RegistryEffectPublisher.java",
                "io/onex/nodes/RegistryEffectSubscriber.java");
        assertThat(project.getCompileSourceRoots()).contains(out.toFile().getAbsolutePath());
        assertThat(log.lines).hasSize(1);
        assertThat(log.lines.get(0)).matches("INFO ONEX generate: 3 files written, 0 unchanged, 0 deleted from \\d+"
                + " inputs, 0 warnings \\(\\d+ ms\\)");
    }

    @Test
    @DisplayName("a second run with nothing changed writes nothing and says so in one line")
    void upToDate(@TempDir Path basedir) throws Exception {
        Fixtures.overlay(Fixtures.resource("contracts/registry-effect"), basedir.resolve("src/main/onex"));
        mojo(project(basedir)).execute();
        Path out = basedir.resolve("target/generated-sources/onex");
        FileTime old = FileTime.fromMillis(1_000_000L);
        List<Path> generated = files(out);
        assertThat(generated).as("sources written by the first run").isNotEmpty();
        for (Path f : generated) {
            Files.setLastModifiedTime(f, old);
        }
        log.lines.clear();

        mojo(project(basedir)).execute();

        assertThat(log.lines).hasSize(1);
        assertThat(log.lines.get(0)).startsWith("INFO ONEX sources are up to date: nothing changed since the last run");
        assertThat(files(out)).as("sources after the second run").isEqualTo(generated);
        for (Path f : generated) {
            assertThat(Files.getLastModifiedTime(f)).as(f.toString()).isEqualTo(old);
        }
    }

    @Test
    @DisplayName("on a broken contract logs the located diagnostic, fails without a stack trace and writes nothing")
    void failsOnErrors(@TempDir Path basedir) throws Exception {
        Fixtures.overlay(Fixtures.resource("bad/contract-wrong-key"), basedir.resolve("src/main/onex"));
        GenerateMojo mojo = mojo(project(basedir));
        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(MojoFailureException.class)
                .hasMessage("2 errors in ONEX inputs; see above").hasNoCause();
        assertThat(log.lines).anySatisfy(l -> assertThat(l).startsWith("ERROR src/main/onex/").contains(": error: ",
                "[contract-key]"));
        assertThat(files(basedir.resolve("target/generated-sources/onex"))).isEmpty();
        assertThat(files(basedir.resolve("target/onex-maven-plugin"))).isEmpty();
    }

    @Test
    @DisplayName("legacy topic names warn; with failOnWarning they fail the build")
    void warnings(@TempDir Path basedir) throws Exception {
        Fixtures.overlay(Fixtures.resource("bad/contract-legacy-topic"), basedir.resolve("src/main/onex"));
        mojo(project(basedir)).execute();
        assertThat(log.lines).anySatisfy(l -> assertThat(l).startsWith("WARN ")
                .contains("does not have version suffix. Consider using ONEX format: onex.<domain>.<name>.v1"));
        log.lines.clear();

        GenerateMojo strict = mojo(project(basedir), "failOnWarning", true);
        assertThatThrownBy(strict::execute).isExactlyInstanceOf(MojoFailureException.class)
                .hasMessageContaining("failOnWarning is set");
    }

    @Test
    @DisplayName("an up-to-date run repeats the warnings of the run that made the sources")
    void upToDateRepeatsWarnings(@TempDir Path basedir) throws Exception {
        Fixtures.overlay(Fixtures.resource("bad/contract-legacy-topic"), basedir.resolve("src/main/onex"));
        mojo(project(basedir)).execute();
        List<String> firstWarnings = log.lines.stream().filter(l -> l.startsWith("WARN ")).toList();
        assertThat(firstWarnings).isNotEmpty();
        log.lines.clear();

        mojo(project(basedir)).execute();

        assertThat(log.lines.stream().filter(l -> l.startsWith("WARN ")).toList()).isEqualTo(firstWarnings);
        assertThat(log.lines).last().asString().startsWith("INFO ONEX sources are up to date: nothing changed since"
                + " the last run (" + firstWarnings.size() + " warning");
    }

    @Test
    @DisplayName("skip does nothing but say so")
    void skip(@TempDir Path basedir) throws Exception {
        mojo(project(basedir), "skip", true).execute();
        assertThat(log.lines).containsExactly("INFO ONEX generate: skipped (onex.skip)");
        assertThat(files(basedir.resolve("target"))).isEmpty();
    }
}
