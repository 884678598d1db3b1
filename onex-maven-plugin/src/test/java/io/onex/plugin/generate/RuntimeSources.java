package io.onex.plugin.generate;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The SDK runtime core sources, which generated code compiles against. The plugin cannot depend
 * on the SDK (the SDK is built with the plugin), so tests compile the core from source.
 */
final class RuntimeSources {
    private RuntimeSources() {
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        Path candidate = dir.resolve("../onex-generated-sdk/src/main/java").normalize();
        if (!Files.isDirectory(candidate)) {
            throw new IllegalStateException("SDK runtime sources not found at " + candidate);
        }
        return candidate;
    }

    /** The core packages io.onex.sdk and io.onex.sdk.serde, without the Kafka runtime. */
    static boolean isCore(Path file) {
        String s = file.toString().replace('\\', '/');
        if (!s.contains("/io/onex/sdk/")) {
            return true;
        }
        String rest = s.substring(s.indexOf("/io/onex/sdk/") + "/io/onex/sdk/".length());
        return !rest.contains("/") || rest.startsWith("serde/");
    }
}
