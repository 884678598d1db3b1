package io.onex.sdk.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The registry wire format is optional")
class OptionalRegistryDependencyTest {

    /** Class path entries a node without the registry format does not have. */
    private static final List<String> OPTIONAL = List.of("apicurio", "jackson-databind", "jackson-annotations",
            "json-schema-validator", "onex-testkit", "kafka_2.13", "kafka-server");

    private static URLClassLoader withoutOptionalDependencies() throws MalformedURLException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            String name = new File(entry).getName();
            if (OPTIONAL.stream().noneMatch(name::contains)) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    @Test
    @DisplayName("a bus and a consumer runner on plain JSON work without Apicurio, databind or networknt on the class path")
    @SuppressWarnings("unchecked")
    void plainPathNeedsNoRegistryClasses() throws Exception {
        try (URLClassLoader loader = withoutOptionalDependencies()) {
            assertThatThrownBy(() -> Class.forName("io.apicurio.registry.serde.SerdeConfig", false, loader))
                    .isInstanceOf(ClassNotFoundException.class);
            assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper", false, loader))
                    .isInstanceOf(ClassNotFoundException.class);

            Supplier<String> scenario = (Supplier<String>) Class.forName(PlainJsonScenario.class.getName(), true, loader)
                    .getConstructor().newInstance();
            // Kafka loads its plug-ins (metrics reporters, serializers) through the context class loader
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            String outcome;
            try {
                outcome = scenario.get();
            } finally {
                thread.setContextClassLoader(previous);
            }
            // the event was encoded and handed to Kafka, which has no broker to deliver to
            assertThat(outcome).isEqualTo("PublishFailedException");
        }
    }
}
