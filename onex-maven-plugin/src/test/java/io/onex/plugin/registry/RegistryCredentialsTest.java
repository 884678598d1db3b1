package io.onex.plugin.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Registry credentials")
class RegistryCredentialsTest {

    @Test
    @DisplayName("basic and bearer credentials reach the registry as Authorization headers and never show in toString")
    void headers() throws Exception {
        List<String> seen = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", exchange -> {
            seen.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            RegistryCredentials basic = new RegistryCredentials.Basic("ci-bot", "s3cret");
            RegistryCredentials bearer = new RegistryCredentials.Bearer("tok-123");
            new RegistryConnection(url, basic).open().listGlobalRules();
            new RegistryConnection(url, bearer).open().listGlobalRules();

            assertThat(seen).containsExactly(
                    "Basic " + Base64.getEncoder().encodeToString("ci-bot:s3cret".getBytes(StandardCharsets.UTF_8)),
                    "Bearer tok-123");
            assertThat(basic.toString() + basic.describe() + bearer + bearer.describe())
                    .doesNotContain("s3cret").doesNotContain("tok-123");
        } finally {
            server.stop(0);
        }
    }

    @Test
    @DisplayName("a server root URL gets the REST v2 path appended")
    void normalizesUrl() {
        assertThat(new RegistryConnection("http://h:8080/", new RegistryCredentials.None()).url())
                .isEqualTo("http://h:8080/apis/registry/v2");
        assertThat(new RegistryConnection("http://h/apis/registry/v2", new RegistryCredentials.None()).url())
                .isEqualTo("http://h/apis/registry/v2");
    }
}
