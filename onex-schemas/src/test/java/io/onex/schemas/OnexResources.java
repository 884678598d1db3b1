package io.onex.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Loads the module's resources the way other modules do: from the classpath, under {@code onex/}.
 * Schemas are read through networknt's {@code classpath:} loader, so their relative cross-file
 * {@code $ref}s resolve against the schema's own location.
 */
final class OnexResources {

    /** Classpath folder that holds topics.yaml; catalog paths are relative to it. */
    static final String ROOT = "onex/";

    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Format assertions are switched on explicitly (uuid, date-time, uri must fail when malformed),
     * and paths are JSON paths ({@code $.cpu_usage_percent}) so the invalid corpus can name them.
     */
    static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_PATH)
            .build();

    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private OnexResources() {
    }

    /** A schema under {@code onex/}, e.g. {@code schemas/envelope.v1.schema.json}, with every $ref loaded. */
    static JsonSchema schema(String pathUnderRoot) {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of("classpath:" + ROOT + pathUnderRoot), CONFIG);
        schema.initializeValidators();
        return schema;
    }

    /** The draft-07 meta-schema, served from the validator's bundled copy (no network). */
    static JsonSchema draft07MetaSchema() {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"), CONFIG);
        schema.initializeValidators();
        return schema;
    }

    static JsonNode readJson(String classpathResource) {
        try (InputStream in = open(classpathResource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(classpathResource, e);
        }
    }

    /** topics.yaml as plain maps and lists (snakeyaml-engine rejects duplicate keys). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> catalog() {
        try (InputStream in = open(ROOT + "topics.yaml")) {
            return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> topics() {
        return (List<Map<String, Object>>) catalog().get("topics");
    }

    static Map<String, Object> topic(String name) {
        return topics().stream()
                .filter(t -> name.equals(t.get("name")))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no topic " + name + " in topics.yaml"));
    }

    /** The payload schema the catalog names for a topic. */
    static JsonSchema payloadSchema(String topicName) {
        return schema((String) topic(topicName).get("payload_schema"));
    }

    static JsonSchema envelopeSchema() {
        return schema((String) catalog().get("envelope_schema"));
    }

    static boolean exists(String classpathResource) {
        return OnexResources.class.getClassLoader().getResource(classpathResource) != null;
    }

    /** Files below a classpath folder, as paths relative to that folder, sorted. */
    static List<String> listFiles(String classpathFolder) {
        URL url = OnexResources.class.getClassLoader().getResource(classpathFolder);
        if (url == null) {
            throw new IllegalStateException("classpath folder not found: " + classpathFolder);
        }
        try {
            Path folder = Path.of(url.toURI());
            try (Stream<Path> files = Files.walk(folder)) {
                return files.filter(Files::isRegularFile)
                        .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                        .sorted()
                        .collect(Collectors.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every JSON Schema file of the module, relative to {@code onex/}, e.g. {@code schemas/common.v1.schema.json}. */
    static List<String> schemaFiles() {
        return listFiles(ROOT + "schemas").stream().map(f -> "schemas/" + f).collect(Collectors.toList());
    }

    private static InputStream open(String classpathResource) {
        InputStream in = OnexResources.class.getClassLoader().getResourceAsStream(classpathResource);
        if (in == null) {
            throw new IllegalStateException("classpath resource not found: " + classpathResource);
        }
        return in;
    }
}
