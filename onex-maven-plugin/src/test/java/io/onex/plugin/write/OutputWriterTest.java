package io.onex.plugin.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The one writer")
class OutputWriterTest {

    private static final FileTime OLD = FileTime.fromMillis(1_000_000L);

    @Test
    @DisplayName("sync writes new and changed files, leaves unchanged ones untouched and reports each")
    void sync(@TempDir Path dir) throws IOException {
        OutputWriter.Result first = OutputWriter.sync(dir, Map.of("a/A.java", "class A {}", "B.java", "class B {}"));
        assertThat(first.written()).containsExactly("B.java", "a/A.java");
        assertThat(first.unchanged()).isZero();
        Files.setLastModifiedTime(dir.resolve("a/A.java"), OLD);
        Files.setLastModifiedTime(dir.resolve("B.java"), OLD);

        OutputWriter.Result second = OutputWriter.sync(dir, Map.of("a/A.java", "class A {}", "B.java", "class B { }"));

        assertThat(second.written()).containsExactly("B.java");
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(Files.getLastModifiedTime(dir.resolve("a/A.java"))).as("unchanged file keeps its time")
                .isEqualTo(OLD);
        assertThat(Files.readString(dir.resolve("B.java"))).isEqualTo("class B { }");
    }

    @Test
    @DisplayName("sync removes files it no longer produces and the folders they leave empty")
    void syncRemovesStale(@TempDir Path dir) throws IOException {
        OutputWriter.sync(dir, Map.of("a/b/Old.java", "old", "Keep.java", "keep"));

        OutputWriter.Result result = OutputWriter.sync(dir, Map.of("Keep.java", "keep"));

        assertThat(result.deleted()).containsExactly("a/b/Old.java");
        assertThat(dir.resolve("a")).doesNotExist();
        assertThat(files(dir)).containsExactly("Keep.java");
    }

    @Test
    @DisplayName("put writes into a folder it does not own and leaves everything else there alone")
    void put(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("user-file.txt"), "mine");

        OutputWriter.Result result = OutputWriter.put(dir, Map.of("plan.sh", "rpk topic create x"));

        assertThat(result.written()).containsExactly("plan.sh");
        assertThat(result.deleted()).isEmpty();
        assertThat(files(dir)).containsExactly("plan.sh", "user-file.txt");
        assertThat(OutputWriter.writeIfChanged(dir.resolve("plan.sh"), "rpk topic create x")).isFalse();
        assertThat(OutputWriter.writeIfChanged(dir.resolve("plan.sh"), "rpk topic create y")).isTrue();
    }

    @Test
    @DisplayName("a relative path that leaves the folder is refused before anything is written")
    void escapes(@TempDir Path dir) {
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> OutputWriter.sync(out, Map.of("A.java", "a", "../evil.java", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("escapes the output folder");
        assertThat(dir.resolve("evil.java")).doesNotExist();
        assertThat(out.resolve("A.java")).doesNotExist();
    }

    @Test
    @DisplayName("writes leave no temporary files behind and create missing parent folders")
    void noTemporaryFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("deep/er/state.txt");
        assertThat(OutputWriter.writeIfChanged(file, "one")).isTrue();
        assertThat(OutputWriter.writeIfChanged(file, "two")).isTrue();
        assertThat(Files.readString(file)).isEqualTo("two");
        assertThat(files(dir)).containsExactly("deep/er/state.txt");
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
