package io.onex.plugin.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onex.plugin.testing.Fixtures;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The validate goal")
class ValidateMojoTest {

    private final RecordingLog log = new RecordingLog();

    private ValidateMojo mojo(Path basedir, Object... fields) throws ReflectiveOperationException {
        ValidateMojo mojo = new ValidateMojo();
        mojo.setLog(log);
        set(mojo, "basedir", basedir.toFile());
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

    private static File catalogWith(Path work, String... cases) {
        Path catalog = work.resolve("catalog");
        Fixtures.overlay(Fixtures.resource("bad/_base"), catalog);
        for (String name : cases) {
            Fixtures.overlay(Fixtures.resource("bad/" + name), catalog);
        }
        return catalog.toFile();
    }

    @Test
    @DisplayName("on valid inputs logs one summary line and the topic table, and passes")
    void passesOnValidInputs(@TempDir Path project) throws Exception {
        Fixtures.overlay(Fixtures.resource("contracts/tenant-prefixed"), project.resolve("src/main/onex/tenant"));
        mojo(project).execute();
        assertThat(log.lines).last().isEqualTo("[info] ONEX validate: 12 topics, 1 contract, 16 files read: 0 errors,"
                + " 0 warnings (N ms)");
        assertThat(log.lines).hasSize(2 + 12 + 1);
        assertThat(log.lines.get(0)).startsWith("[info] Topic ").contains("Key", "Partitions", "Retention",
                "Direction", "Legacy name");
        assertThat(log.lines).contains("[info] onex.node.heartbeat.published.v1             node_id"
                + "         3           1 hour     Node → Registry   node.heartbeat");
    }

    @Test
    @DisplayName("without contracts and without the default folder validates the catalog alone")
    void runsWithoutContracts(@TempDir Path project) throws Exception {
        mojo(project, "catalog", catalogWith(project)).execute();
        assertThat(log.lines).last().isEqualTo("[info] ONEX validate: 2 topics, 0 contracts, 5 files read: 0 errors,"
                + " 0 warnings (N ms)");
    }

    @Test
    @DisplayName("logs every error at error level and fails with a count and no stack trace")
    void failsOnErrors(@TempDir Path project) throws Exception {
        ValidateMojo mojo = mojo(project, "catalog", catalogWith(project, "key-wrong-field"));
        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(MojoFailureException.class)
                .hasMessage("1 error in ONEX inputs; see above").hasNoCause();
        assertThat(log.lines).containsExactly(
                "[error] catalog/topics.yaml:12:10: error: topics[0].key: key must be node_id for node_lifecycle"
                        + " topics, found 'node_name' (spec section 5: arbitrary or per-topic keying is forbidden)"
                        + " [key-field]",
                "[info] ONEX validate: catalog not loaded, 0 contract files, 5 files read: 1 error, 0 warnings"
                        + " (N ms)");
    }

    @Test
    @DisplayName("logs warnings at warn level and fails on them only when failOnWarning is set")
    void warnings(@TempDir Path project) throws Exception {
        File contracts = Fixtures.resource("bad/contract-legacy-topic").toFile();
        mojo(project, "contracts", List.of(contracts)).execute();
        assertThat(log.lines).filteredOn(l -> l.startsWith("[warn]")).hasSize(2)
                .allSatisfy(l -> assertThat(l).contains("does not have version suffix"));
        log.lines.clear();
        ValidateMojo strict = mojo(project, "contracts", List.of(contracts), "failOnWarning", true);
        assertThatThrownBy(strict::execute).isExactlyInstanceOf(MojoFailureException.class)
                .hasMessage("2 warnings in ONEX inputs and failOnWarning is set; see above");
    }

    @Test
    @DisplayName("reports a contracts path that does not exist as a user mistake")
    void missingExplicitContracts(@TempDir Path project) throws Exception {
        ValidateMojo mojo = mojo(project, "contracts", List.of(project.resolve("missing.yaml").toFile()));
        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(MojoFailureException.class);
        assertThat(log.lines).first().isEqualTo(
                "[error] missing.yaml: error: the contracts path missing.yaml does not exist [input-file]");
    }

    @Test
    @DisplayName("does nothing but say so when skipped")
    void skip(@TempDir Path project) throws Exception {
        mojo(project, "skip", true, "catalog", project.resolve("nowhere").toFile()).execute();
        assertThat(log.lines).containsExactly("[info] ONEX validate: skipped (onex.skip)");
    }

    @Test
    @DisplayName("turns an unexpected fault into a MojoExecutionException")
    void unexpectedFault(@TempDir Path project) throws Exception {
        ValidateMojo mojo = mojo(project, "contracts", Arrays.asList((File) null));
        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("ONEX validate failed unexpectedly");
    }

    /** Keeps every line logged, prefixed with its level. */
    private static final class RecordingLog implements Log {
        final List<String> lines = new ArrayList<>();

        private void add(String level, CharSequence message) {
            // the run time at the end of a summary is the one part of the output that varies
            lines.add("[" + level + "] " + message.toString().replaceFirst(" \\(\\d+ ms\\)$", " (N ms)"));
        }

        @Override public boolean isDebugEnabled() { return false; }
        @Override public void debug(CharSequence content) { }
        @Override public void debug(CharSequence content, Throwable error) { }
        @Override public void debug(Throwable error) { }
        @Override public boolean isInfoEnabled() { return true; }
        @Override public void info(CharSequence content) { add("info", content); }
        @Override public void info(CharSequence content, Throwable error) { add("info", content); }
        @Override public void info(Throwable error) { add("info", error.toString()); }
        @Override public boolean isWarnEnabled() { return true; }
        @Override public void warn(CharSequence content) { add("warn", content); }
        @Override public void warn(CharSequence content, Throwable error) { add("warn", content); }
        @Override public void warn(Throwable error) { add("warn", error.toString()); }
        @Override public boolean isErrorEnabled() { return true; }
        @Override public void error(CharSequence content) { add("error", content); }
        @Override public void error(CharSequence content, Throwable error) { add("error", content); }
        @Override public void error(Throwable error) { add("error", error.toString()); }
    }
}
