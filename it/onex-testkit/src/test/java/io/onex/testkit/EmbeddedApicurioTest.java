package io.onex.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("EmbeddedApicurio")
class EmbeddedApicurioTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @DisplayName("serves the REST v2 API of the released 2.6.13 registry on 127.0.0.1 and is gone after close")
    void startsAndStops() throws Exception {
        String info;
        String serverUrl;
        try (EmbeddedApicurio registry = EmbeddedApicurio.start()) {
            assertThat(registry.baseUrl()).startsWith("http://127.0.0.1:").endsWith("/apis/registry/v2");
            serverUrl = registry.serverUrl();
            info = get(registry.baseUrl() + "/system/info").body();
            assertThat(registry.logFile()).exists();
        }
        assertThat(info).contains("\"version\":\"2.6.13.Final\"");
        assertThatThrownBy(() -> get(serverUrl + "/health/ready")).isInstanceOf(IOException.class);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
