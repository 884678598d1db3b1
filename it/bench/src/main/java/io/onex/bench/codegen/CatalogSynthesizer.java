package io.onex.bench.codegen;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a catalog of N topics with one payload schema each and N/5 node contracts, the same
 * bytes for the same seed and size. Every payload is shaped like the spec's: the node identity
 * trio by {@code $ref} to the common definitions, then about ten fields drawn from a vocabulary
 * (a uuid, a date-time, bounded integers and numbers, a uri, a pattern), an enum, an array, a
 * map and a nested closed object, some required, all described and titled as the onex-schemas
 * conventions ask. Contracts alternate: an EFFECT node publishing five topics, then an
 * ORCHESTRATOR subscribing to the next five.
 *
 * <p>Layout below the target folder: {@code catalog/topics.yaml}, {@code catalog/schemas/**},
 * {@code contracts/<node>/contract.yaml}.
 */
public final class CatalogSynthesizer {

    /** Topics per contract: M = N / 5. */
    public static final int TOPICS_PER_CONTRACT = 5;

    private static final String[] IDS = {"request", "session", "trace", "batch", "lease", "probe", "task", "lock"};
    private static final String[] TIMES = {"observed", "scheduled", "started", "finished", "expires", "reported"};
    private static final String[] COUNTS = {"retry", "queue", "worker", "pending", "error", "connection", "shard"};
    private static final String[] GAUGES = {"latency_ms", "load", "throughput", "error_rate", "saturation", "lag_seconds"};
    private static final String[] STATES = {"STARTING", "READY", "DEGRADED", "DRAINING", "STOPPED", "FAILED", "PAUSED"};
    private static final String[] LISTS = {"tags", "regions", "zones", "features", "peers", "dependencies"};
    private static final String[] MAPS = {"labels", "settings", "limits", "annotations"};
    private static final String[] NESTED = {"resources", "window", "quota", "checkpoint"};

    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectWriter json = mapper.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    /** What was written. */
    public record Catalog(Path root, Path catalogDir, Path contractsDir, List<Path> payloadSchemas, int topics,
            int contracts) {
        /** The schema the "touch one schema" rebuild edits: topic 0, published by contract 0. */
        public Path touchedSchema() {
            return payloadSchemas.get(0);
        }
    }

    public Catalog write(Path root, int topics, long seed) throws IOException {
        if (topics < TOPICS_PER_CONTRACT || topics % TOPICS_PER_CONTRACT != 0) {
            throw new IllegalArgumentException("N must be a positive multiple of " + TOPICS_PER_CONTRACT + ": " + topics);
        }
        Path catalogDir = root.resolve("catalog");
        Path payloadDir = catalogDir.resolve("schemas/payloads");
        Path contractsDir = root.resolve("contracts");
        Files.createDirectories(payloadDir);
        Files.createDirectories(contractsDir);
        copyResource("onex/schemas/envelope.v1.schema.json", catalogDir.resolve("schemas/envelope.v1.schema.json"));
        copyResource("onex/schemas/common.v1.schema.json", catalogDir.resolve("schemas/common.v1.schema.json"));

        Random random = new Random(seed);
        StringBuilder yaml = new StringBuilder()
                .append("# Synthetic catalog for the code generation benchmark: ").append(topics)
                .append(" topics, seed ").append(seed).append(".\n")
                .append("catalog: onex-event-streaming-topics\n")
                .append("spec_version: v1\n")
                .append("envelope_schema: schemas/envelope.v1.schema.json\n")
                .append("topics:\n");
        List<Path> schemas = new ArrayList<>();
        for (int i = 0; i < topics; i++) {
            String entity = entity(i);
            String file = "node-" + entity + "-published.v1.schema.json";
            Path schema = payloadDir.resolve(file);
            write(schema, json.writeValueAsString(payloadSchema(i, random)) + "\n");
            schemas.add(schema);
            yaml.append("  - name: ").append(topicName(i)).append('\n')
                    .append("    domain: node\n")
                    .append("    entity: ").append(entity).append('\n')
                    .append("    event: published\n")
                    .append("    version: 1\n")
                    .append("    event_class: node_lifecycle\n")
                    .append("    key: node_id\n")
                    .append("    meaning: Synthetic node event number ").append(i).append('\n')
                    .append("    retention: ").append(random.nextBoolean() ? "PT1H" : "P1D").append('\n')
                    .append("    cleanup_policy: delete\n")
                    .append("    compaction_allowed: false\n")
                    .append("    partitions: 3\n")
                    .append("    direction: node_to_registry\n")
                    .append("    payload_schema: schemas/payloads/").append(file).append('\n')
                    .append("    producers: [node_services]\n")
                    .append("    readers: [registry_services, observability]\n");
        }
        write(catalogDir.resolve("topics.yaml"), yaml.toString());

        int contracts = topics / TOPICS_PER_CONTRACT;
        for (int c = 0; c < contracts; c++) {
            Path dir = contractsDir.resolve(contractName(c));
            Files.createDirectories(dir);
            write(dir.resolve("contract.yaml"), contract(c));
        }
        return new Catalog(root, catalogDir, contractsDir, schemas, topics, contracts);
    }

    /** Changes one constraint of topic 0's payload: only its record (and what embeds it) must change. */
    public static void touch(Catalog catalog, int generation) throws IOException {
        Path schema = catalog.touchedSchema();
        String text = Files.readString(schema, StandardCharsets.UTF_8);
        String marker = "\"maximum\" : ";
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new IllegalStateException("no maximum to touch in " + schema);
        }
        int end = text.indexOf(',', at);
        int endLine = text.indexOf('\n', at);
        int stop = end < 0 || endLine < end ? endLine : end;
        String touched = text.substring(0, at + marker.length()) + (1_000_000 + generation) + text.substring(stop);
        write(schema, touched);
    }

    static String entity(int i) {
        return String.format(Locale.ROOT, "bench%05d", i);
    }

    static String topicName(int i) {
        return "onex.node." + entity(i) + ".published.v1";
    }

    static String contractName(int c) {
        return String.format(Locale.ROOT, "bench-node-%04d", c);
    }

    private static String title(int i, String suffix) {
        return String.format(Locale.ROOT, "Bench%05d%s", i, suffix);
    }

    private Map<String, Object> payloadSchema(int i, Random random) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>(List.of("node_id", "node_type"));
        properties.put("node_id", ref("The publishing node; the Kafka key.", "NodeId"));
        properties.put("node_type", ref("The kind of node.", "NodeType"));
        properties.put("node_version", ref("Semantic version of the node software.", "SemanticVersion"));

        String id = pick(random, IDS) + "_id";
        properties.put(id, obj("description", "Id of the " + id.replace("_id", "") + " this event reports on.",
                "type", "string", "format", "uuid"));
        String time = pick(random, TIMES) + "_at";
        properties.put(time, obj("description", "When the node " + time.replace("_at", "") + " it.",
                "type", "string", "format", "date-time"));
        String count = pick(random, COUNTS) + "_count";
        properties.put(count, obj("description", "How many " + count.replace("_count", "") + " items there are.",
                "type", "integer", "minimum", 0, "maximum", 1000 + random.nextInt(1_000_000)));
        String gauge = pick(random, GAUGES);
        properties.put(gauge, obj("description", "The current " + gauge.replace('_', ' ') + ".",
                "type", "number", "minimum", 0, "maximum", 100 + random.nextInt(10_000)));
        properties.put("state", obj("title", title(i, "State"), "description", "State the node reports.",
                "type", "string", "enum", states(random)));
        String list = pick(random, LISTS);
        properties.put(list, obj("description", "The " + list + " of the node.", "type", "array",
                "items", obj("description", "One entry.", "type", "string", "minLength", 1, "maxLength", 64),
                "maxItems", 8 + random.nextInt(24), "uniqueItems", true));
        String map = pick(random, MAPS);
        properties.put(map, obj("title", title(i, pascal(map)), "description", "Free-form " + map + " by name.",
                "type", "object", "additionalProperties", obj("description", "The value.", "type", "string")));
        properties.put("callback", obj("description", "Where to call the node back.", "type", "string", "format", "uri"));
        String nested = pick(random, NESTED);
        properties.put(nested, obj("title", title(i, pascal(nested)), "description", "The node's " + nested + ".",
                "type", "object",
                "properties", obj(
                        "limit", obj("description", "Upper limit.", "type", "integer", "minimum", 1),
                        "used_percent", obj("description", "Share in use.", "type", "number", "minimum", 0, "maximum", 100),
                        "enforced", obj("description", "Whether the limit is enforced.", "type", "boolean"),
                        "policy", obj("description", "Policy code.", "type", "string", "pattern", "^[a-z][a-z0-9_]*$")),
                "required", List.of("limit"),
                "additionalProperties", false));
        if (random.nextBoolean()) {
            required.add(id);
        }
        if (random.nextBoolean()) {
            required.add(time);
        }
        required.add(count);
        return obj("$schema", "http://json-schema.org/draft-07/schema#",
                "title", title(i, "Payload"),
                "description", "Payload of " + topicName(i) + ", a synthetic topic shaped like the spec's payloads.",
                "type", "object",
                "properties", properties,
                "required", required,
                "additionalProperties", false);
    }

    private static List<String> states(Random random) {
        List<String> pool = new ArrayList<>(List.of(STATES));
        java.util.Collections.shuffle(pool, random);
        return pool.subList(0, 3 + random.nextInt(3));
    }

    private static Map<String, Object> ref(String description, String definition) {
        return obj("description", description, "$ref", "../common.v1.schema.json#/definitions/" + definition);
    }

    private static String contract(int c) {
        boolean publisher = c % 2 == 0;
        StringBuilder yaml = new StringBuilder()
                .append("meta:\n")
                .append("  name: ").append(contractName(c)).append('\n')
                .append("  version: 1.0.").append(c).append('\n')
                .append("  node_type: ").append(publisher ? "EFFECT" : "ORCHESTRATOR").append('\n')
                .append("event_channels:\n")
                .append(publisher ? "  publishes:\n" : "  subscribes:\n");
        for (int k = 0; k < TOPICS_PER_CONTRACT; k++) {
            int topic = c * TOPICS_PER_CONTRACT + k;
            yaml.append("    - topic: ").append(topicName(topic)).append('\n')
                    .append("      key: node_id\n")
                    .append("      event_type: ").append(entity(topic)).append('\n')
                    .append("      description: Synthetic channel ").append(topic).append('\n');
            if (!publisher) {
                yaml.append("      handler: handle_").append(entity(topic)).append('\n');
            }
        }
        return yaml.toString();
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String pascal(String snake) {
        StringBuilder sb = new StringBuilder();
        for (String part : snake.split("_")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }

    private static Map<String, Object> obj(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static void copyResource(String resource, Path target) throws IOException {
        try (InputStream in = CatalogSynthesizer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("onex-schemas is not on the classpath: " + resource);
            }
            Files.createDirectories(target.getParent());
            Files.write(target, in.readAllBytes());
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code java ... CatalogSynthesizer <dir> <N> [seed]}: writes one catalog. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CatalogSynthesizer <dir> <N> [seed]");
            System.exit(2);
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        Catalog c = new CatalogSynthesizer().write(Path.of(args[0]), Integer.parseInt(args[1]), seed);
        System.out.println("wrote " + c.topics() + " topics and " + c.contracts() + " contracts to " + c.root());
    }
}
