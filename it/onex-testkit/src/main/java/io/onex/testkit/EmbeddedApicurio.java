package io.onex.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real Apicurio Registry 2.6 server (the released distribution from Maven Central, unpacked by the
 * build of this module) running as a child process with in-memory storage on a free port of
 * 127.0.0.1. Its console output goes to {@code target/apicurio-registry-<port>.log} of the module
 * that runs the test, for diagnosis. {@link #close()} stops the process and its children.
 *
 * <p>Starting it takes seconds, so use one registry per test class and give each test its own
 * group id. In a JUnit 5 test class, {@link ApicurioRegistry} does the starting and stopping; elsewhere:
 *
 * <pre>{@code
 * try (EmbeddedApicurio registry = EmbeddedApicurio.start()) {
 *     ... RegistryClientFactory.create(registry.baseUrl()) ...
 * }
 * }</pre>
 */
public final class EmbeddedApicurio implements AutoCloseable {

    /** Overrides where the unpacked distribution lives (a folder holding the runner jar and lib/). */
    public static final String HOME_PROPERTY = "onex.apicurio.home";

    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final Process process;
    private final int port;
    private final Path logFile;
    private final Thread shutdownHook;

    private EmbeddedApicurio(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
        this.shutdownHook = new Thread(this::stopProcess, "embedded-apicurio-shutdown-" + port);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts a registry with its log in {@code target/} of the working directory and waits until it is ready. */
    public static EmbeddedApicurio start() {
        return start(Path.of("target"));
    }

    /** Starts a registry, writing its console output under {@code logDirectory}, and waits until it is ready. */
    public static EmbeddedApicurio start(Path logDirectory) {
        return start(logDirectory, freePort());
    }

    /**
     * Starts a registry on a given port of 127.0.0.1 (e.g. one reserved by the build for a Maven run that is told the
     * registry's URL in advance), writing its console output under {@code logDirectory}, and waits until it is ready.
     */
    public static EmbeddedApicurio start(Path logDirectory, int port) {
        Distribution distribution = Distribution.locate();
        try {
            Files.createDirectories(logDirectory);
            Path logFile = logDirectory.resolve("apicurio-registry-" + port + ".log").toAbsolutePath();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            // A small heap and the C1 compiler only: the registry holds a handful of schemas in tests
            // and starts noticeably faster without C2 on a busy two-core machine.
            command.add("-Xmx384m");
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-XX:+UseSerialGC");
            command.add("-Dquarkus.http.host=" + LOOPBACK);
            command.add("-Dquarkus.http.port=" + port);
            command.add("-Dquarkus.log.level=WARN");
            command.add("-Dquarkus.log.category.\"io.quarkus\".level=INFO");
            command.add("-jar");
            command.add(distribution.runnerJar().toString());
            Process process = new ProcessBuilder(command)
                    .directory(distribution.home().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()))
                    .start();
            EmbeddedApicurio registry = new EmbeddedApicurio(process, port, logFile);
            try {
                registry.awaitReady();
            } catch (RuntimeException e) {
                registry.close();
                throw e;
            }
            return registry;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Apicurio Registry from " + distribution.home(), e);
        }
    }

    /** The REST v2 API root, e.g. {@code http://127.0.0.1:43123/apis/registry/v2}. */
    public String baseUrl() {
        return "http://" + LOOPBACK + ":" + port + "/apis/registry/v2";
    }

    /** The server root, e.g. {@code http://127.0.0.1:43123}. */
    public String serverUrl() {
        return "http://" + LOOPBACK + ":" + port;
    }

    public int port() {
        return port;
    }

    /** The file receiving the server's console output. */
    public Path logFile() {
        return logFile;
    }

    @Override
    public void close() {
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway; nothing to remove
        }
    }

    private void stopProcess() {
        ProcessHandle handle = process.toHandle();
        handle.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                handle.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(15, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(serverUrl() + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Apicurio Registry exited with status " + process.exitValue()
                        + " before it was ready; its output is in " + logFile + ":\n" + tailOfLog());
            }
            try {
                HttpResponse<Void> response = http.send(ready, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (ConnectException | java.net.http.HttpTimeoutException notListeningYet) {
                // keep polling
            } catch (IOException e) {
                // a half-started server may reset the connection; keep polling
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Apicurio Registry", e);
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Apicurio Registry", e);
            }
        }
        throw new IllegalStateException("Apicurio Registry on port " + port + " was not ready within "
                + READY_TIMEOUT.toSeconds() + " s; its output is in " + logFile + ":\n" + tailOfLog());
    }

    private String tailOfLog() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + LOOPBACK, e);
        }
    }

    /** The unpacked server: the folder and its runner jar. */
    record Distribution(Path home, Path runnerJar) {

        static Distribution locate() {
            Properties build = new Properties();
            try (InputStream in = EmbeddedApicurio.class.getResourceAsStream("apicurio.properties")) {
                if (in != null) {
                    build.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String version = build.getProperty("apicurio.version", "2.6.13.Final");
            String configured = System.getProperty(HOME_PROPERTY, System.getenv("ONEX_APICURIO_HOME"));
            String home = configured != null ? configured : build.getProperty("apicurio.home");
            if (home == null) {
                throw new IllegalStateException("apicurio.properties is missing from the test kit; build it/onex-testkit"
                        + " with Maven (it unpacks io.apicurio:apicurio-registry-app:" + version + ":tar.gz:all)"
                        + " or set -D" + HOME_PROPERTY + "=<unpacked distribution>");
            }
            Path dir = Path.of(home);
            Path jar = dir.resolve("apicurio-registry-app-" + version + "-runner.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("Apicurio Registry runner jar not found at " + jar + "; run"
                        + " `mvn -pl it/onex-testkit -am generate-resources` (it unpacks"
                        + " io.apicurio:apicurio-registry-app:" + version + ":tar.gz:all) or set -D" + HOME_PROPERTY);
            }
            return new Distribution(dir, jar);
        }
    }
}
