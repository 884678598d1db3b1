package io.onex.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** The extension runs sample test classes (nested below, run only from here) and checks the registry from outside. */
@DisplayName("ApicurioRegistry extension")
class ApicurioRegistryTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @DisplayName("the registry answers the class's @BeforeAll and tests on one port, and is stopped after the class")
    void runsForOneClass() {
        EngineExecutionResults results = OnlyInsideEngineTestKit.run(RegistrySample.class);

        results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
        assertThat(RegistrySample.seen).hasSize(2).containsOnly(RegistrySample.seen.get(0));
        String serverUrl = RegistrySample.seen.get(0).serverUrl();
        assertThatThrownBy(() -> get(serverUrl + "/health/ready")).as("the stopped registry").isInstanceOf(IOException.class);
        assertThatThrownBy(RegistrySample.registry::baseUrl)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Apicurio Registry of this ApicurioRegistry is not running");
    }

    @Test
    @DisplayName("a registry that cannot start fails the class with the class and the cause named, and runs none of its tests")
    void clearStartFailure(@TempDir Path notADistribution) {
        String before = System.getProperty(EmbeddedApicurio.HOME_PROPERTY);
        System.setProperty(EmbeddedApicurio.HOME_PROPERTY, notADistribution.toString());
        EngineExecutionResults results;
        try {
            results = OnlyInsideEngineTestKit.run(UnstartableSample.class);
        } finally {
            if (before == null) {
                System.clearProperty(EmbeddedApicurio.HOME_PROPERTY);
            } else {
                System.setProperty(EmbeddedApicurio.HOME_PROPERTY, before);
            }
        }

        results.testEvents().assertStatistics(s -> s.started(0));
        assertThat(results.containerEvents().failed().stream()
                .map(e -> e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElseThrow()))
                .singleElement().satisfies(t -> assertThat(t)
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageStartingWith("Apicurio Registry for " + UnstartableSample.class.getName() + " did not start: ")
                        .hasMessageContaining("runner jar not found at " + notADistribution));
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    // The sample classes below run only through OnlyInsideEngineTestKit.run.

    @ExtendWith(OnlyInsideEngineTestKit.class)
    static class RegistrySample {
        @RegisterExtension
        static final ApicurioRegistry registry = ApicurioRegistry.inMemory();
        static final List<EmbeddedApicurio> seen = new CopyOnWriteArrayList<>();

        @BeforeAll
        static void ready() throws Exception {
            seen.add(registry.embedded());
            assertThat(get(registry.serverUrl() + "/health/ready").statusCode()).isEqualTo(200);
        }

        @Test
        void servesTheRestApi() throws Exception {
            seen.add(registry.embedded());
            assertThat(registry.baseUrl()).isEqualTo("http://127.0.0.1:" + registry.port() + "/apis/registry/v2");
            HttpResponse<String> info = get(registry.baseUrl() + "/system/info");
            assertThat(info.statusCode()).isEqualTo(200);
            assertThat(info.body()).contains("\"version\":\"2.6.13.Final\"");
            assertThat(registry.logFile()).exists();
        }
    }

    @ExtendWith(OnlyInsideEngineTestKit.class)
    static class UnstartableSample {
        @RegisterExtension
        static final ApicurioRegistry registry = ApicurioRegistry.inMemory();

        @Test
        void neverRuns() {
        }
    }
}
