package io.onex.testkit;

import java.nio.file.Path;

/**
 * A JUnit 5 extension that runs one {@link EmbeddedApicurio} (the released Apicurio Registry 2.6.13,
 * in-memory storage, as a child process) for a test class: started before the class's {@code @BeforeAll}
 * methods, stopped after its {@code @AfterAll} methods, also when a test or the class setup fails.
 * {@code @Nested} classes share it. Starting takes seconds, so give each test its own group id rather
 * than its own registry.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ApicurioRegistry registry = ApicurioRegistry.inMemory();
 *
 * @Test
 * void registers() {
 *     RegistryClient client = RegistryClientFactory.create(registry.baseUrl());
 *     ...
 * }
 * }</pre>
 *
 * <p>A registry that cannot start (distribution not unpacked, process exits, not ready in time) fails the
 * class with "Apicurio Registry for &lt;class&gt; did not start: &lt;cause&gt;", including the tail of the
 * server's log, and none of its tests run.
 */
public final class ApicurioRegistry extends ClassFixture<EmbeddedApicurio> {

    private ApicurioRegistry() {
        super("Apicurio Registry");
    }

    /** A registry with in-memory storage, its console output in {@code target/} of the working directory. */
    public static ApicurioRegistry inMemory() {
        return new ApicurioRegistry();
    }

    @Override
    EmbeddedApicurio start() {
        return EmbeddedApicurio.start();
    }

    /** The running registry itself. */
    public EmbeddedApicurio embedded() {
        return running();
    }

    /** The REST v2 API root, e.g. {@code http://127.0.0.1:43123/apis/registry/v2}: what Apicurio's clients and serdes take. */
    public String baseUrl() {
        return running().baseUrl();
    }

    /** The server root, e.g. {@code http://127.0.0.1:43123}. */
    public String serverUrl() {
        return running().serverUrl();
    }

    /** The HTTP port on 127.0.0.1. */
    public int port() {
        return running().port();
    }

    /** The file receiving the server's console output, for diagnosis. */
    public Path logFile() {
        return running().logFile();
    }
}
