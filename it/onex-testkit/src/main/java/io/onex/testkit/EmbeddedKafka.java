package io.onex.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real Kafka broker inside the test JVM: one node in KRaft combined mode (broker and controller
 * in the same process), listening on free ports of 127.0.0.1 only, with its log directory in a
 * temporary folder that {@link #close()} deletes.
 *
 * <p>{@link #stop()} and {@link #start()} restart the broker on the same log directory and the same
 * ports, so clients reconnect to the address they already know and find every record that was
 * acknowledged before the stop.
 *
 * <p>With {@link Builder#saslPlain(String, String)} every listener requires SASL/PLAIN and
 * {@code StandardAuthorizer} denies whatever no ACL allows; the super user (used by the broker
 * itself and by {@link #admin()}) may do anything.
 *
 * <p>In a JUnit 5 test class, {@link KafkaBroker} runs one for the class; elsewhere (the demo, scripts):
 *
 * <pre>{@code
 * try (EmbeddedKafka kafka = EmbeddedKafka.builder().build().start()) {
 *     kafka.createTopics(3, "onex.node.heartbeat.published.v1");
 *     Map<String, Object> props = kafka.clientProperties();
 *     ...
 * }
 * }</pre>
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String BROKER_LISTENER = "BROKER";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    static {
        // A broker fault handler halts the JVM by default; inside a test JVM that would kill the
        // whole run without a report, so turn it into an exception in the failing thread.
        Exit.setHaltProcedure((status, message) -> {
            throw new IllegalStateException("embedded Kafka broker requested JVM halt (status " + status + "): " + message);
        });
        Exit.setExitProcedure((status, message) -> {
            throw new IllegalStateException("embedded Kafka broker requested JVM exit (status " + status + "): " + message);
        });
    }

    private final Path baseDir;
    private final boolean deleteOnClose;
    private final int brokerPort;
    private final int controllerPort;
    private final Map<String, String> brokerConfig;
    private final Optional<SaslPlain> sasl;
    private final String clusterId;
    private KafkaRaftServer server;
    private boolean formatted;
    private boolean closed;

    private EmbeddedKafka(Builder builder) throws IOException {
        this.baseDir = builder.logDir != null ? builder.logDir : Files.createTempDirectory("onex-embedded-kafka-");
        this.deleteOnClose = builder.logDir == null || builder.deleteOnClose;
        this.brokerPort = builder.brokerPort != 0 ? builder.brokerPort : freePort();
        this.controllerPort = freePort(brokerPort);
        this.sasl = Optional.ofNullable(builder.sasl);
        this.clusterId = Uuid.randomUuid().toString();
        this.brokerConfig = brokerConfig(builder);
    }

    /** A builder with defaults: PLAINTEXT, 3 partitions per auto-created topic, auto-creation off. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and starts a PLAINTEXT broker with the default settings. */
    public static EmbeddedKafka startDefault() {
        return builder().build().start();
    }

    /**
     * Starts the broker (formatting the log directory the first time) and waits until it serves
     * requests. Calling it on a running broker does nothing.
     *
     * @return this broker
     */
    public synchronized EmbeddedKafka start() {
        if (closed) {
            throw new IllegalStateException("embedded Kafka broker is closed");
        }
        if (server != null) {
            return this;
        }
        try {
            if (!formatted) {
                format();
                formatted = true;
            }
            KafkaRaftServer started = new KafkaRaftServer(new KafkaConfig(brokerConfig, false), Time.SYSTEM);
            try {
                started.startup();
            } catch (RuntimeException e) {
                shutdownQuietly(started);
                throw e;
            }
            server = started;
            awaitReady();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Kafka broker in " + baseDir, e);
        }
    }

    /**
     * Stops the broker and waits until it has shut down. The log directory and the ports stay
     * reserved for the next {@link #start()}. Calling it on a stopped broker does nothing.
     */
    public synchronized void stop() {
        if (server != null) {
            KafkaRaftServer running = server;
            server = null;
            running.shutdown();
            running.awaitShutdown();
        }
    }

    /** True between {@link #start()} and {@link #stop()}. */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** {@code 127.0.0.1:<port>}; the same across restarts. */
    public String bootstrapServers() {
        return LOOPBACK + ":" + brokerPort;
    }

    /** The directory holding the metadata log and the topic data. */
    public Path logDir() {
        return baseDir.resolve("kraft");
    }

    /** The cluster id written when the log directory was formatted. */
    public String clusterId() {
        return clusterId;
    }

    /** The SASL settings, when the broker requires SASL/PLAIN. */
    public Optional<SaslPlain> sasl() {
        return sasl;
    }

    /**
     * Client properties that connect as the super user: {@code bootstrap.servers} plus, with SASL,
     * the security protocol, mechanism and JAAS config. Suitable for producers, consumers and admins.
     */
    public Map<String, Object> clientProperties() {
        return sasl.map(s -> clientProperties(s.superUser(), s.superUserPassword()))
                .orElseGet(() -> new HashMap<>(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers())));
    }

    /**
     * Client properties that authenticate as the given SASL/PLAIN user.
     *
     * @throws IllegalStateException when the broker does not use SASL
     */
    public Map<String, Object> clientProperties(String user, String password) {
        if (sasl.isEmpty()) {
            throw new IllegalStateException("the embedded broker was built without SASL; use clientProperties()");
        }
        Map<String, Object> props = new HashMap<>();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        props.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
        props.put(SaslConfigs.SASL_JAAS_CONFIG, SaslPlain.clientJaas(user, password));
        return props;
    }

    /** A new admin client connected as the super user; the caller closes it. */
    public Admin admin() {
        Map<String, Object> props = clientProperties();
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return Admin.create(props);
    }

    /** Creates topics with the given partition count (replication factor 1); existing ones are kept. */
    public void createTopics(int partitions, String... topicNames) {
        List<NewTopic> topics = new ArrayList<>();
        for (String name : topicNames) {
            topics.add(new NewTopic(name, partitions, (short) 1));
        }
        createTopics(topics);
    }

    /**
     * Creates the topics and waits until the broker leads every partition of them; existing ones are kept. The
     * controller accepts a topic before the broker has learnt it leads its partitions, and a first produce in between
     * is answered NOT_LEADER_OR_FOLLOWER.
     */
    public void createTopics(Collection<NewTopic> topics) {
        try (Admin admin = admin()) {
            for (var entry : admin.createTopics(topics).values().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + entry.getKey() + ": " + e.getCause(), e);
                    }
                }
            }
            awaitLeaders(admin, topics.stream().map(NewTopic::name).toList());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("topic creation did not finish within 30 seconds", e);
        }
    }

    private static void awaitLeaders(Admin admin, List<String> names)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                boolean led = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS).values().stream()
                        .flatMap(d -> d.partitions().stream())
                        .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
                if (led) {
                    return;
                }
            } catch (ExecutionException e) {
                // not known to the broker yet: look again
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the broker did not lead every partition of " + names + " within 30 s");
            }
            Thread.sleep(20);
        }
    }

    /**
     * Creates ACLs as the super user and waits until the broker's authorizer applies them.
     * {@code createAcls} completes when the controller has accepted the ACLs; the broker learns
     * them from the metadata log a moment later, and a client can be refused in between.
     */
    public void createAcls(Collection<AclBinding> acls) {
        try (Admin admin = admin()) {
            admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (true) {
                Collection<AclBinding> visible = admin.describeAcls(AclBindingFilter.ANY).values().get(30, TimeUnit.SECONDS);
                if (visible.containsAll(acls)) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("ACLs not applied by the broker within 30 s: " + acls);
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating ACLs", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create ACLs " + acls + ": " + e.getCause(), e);
        }
    }

    /** Stops the broker and deletes the temporary log directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stop();
        } finally {
            if (deleteOnClose) {
                deleteRecursively(baseDir);
            }
        }
    }

    private void format() throws IOException {
        Files.createDirectories(logDir());
        Formatter formatter = new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(clusterId)
                .setDirectories(List.of(logDir().toString()))
                .setMetadataLogDirectory(logDir().toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setReleaseVersion(MetadataVersion.latestProduction());
        try {
            formatter.run();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot format the KRaft log directory " + logDir(), e);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = admin()) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("embedded Kafka broker did not become ready within "
                                + READY_TIMEOUT.toSeconds() + " s", e);
                    }
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the embedded broker", e);
        }
    }

    private Map<String, String> brokerConfig(Builder builder) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("process.roles", "broker,controller");
        c.put("node.id", Integer.toString(NODE_ID));
        c.put("controller.quorum.voters", NODE_ID + "@" + LOOPBACK + ":" + controllerPort);
        c.put("controller.listener.names", CONTROLLER_LISTENER);
        c.put("inter.broker.listener.name", BROKER_LISTENER);
        c.put("listeners", BROKER_LISTENER + "://" + LOOPBACK + ":" + brokerPort + ","
                + CONTROLLER_LISTENER + "://" + LOOPBACK + ":" + controllerPort);
        c.put("advertised.listeners", BROKER_LISTENER + "://" + LOOPBACK + ":" + brokerPort);
        String protocol = sasl.isPresent() ? "SASL_PLAINTEXT" : "PLAINTEXT";
        c.put("listener.security.protocol.map", BROKER_LISTENER + ":" + protocol + "," + CONTROLLER_LISTENER + ":" + protocol);
        c.put("log.dirs", logDir().toString());
        c.put("metadata.log.dir", logDir().toString());

        // One node: every internal topic has one replica and one in-sync replica.
        c.put("offsets.topic.replication.factor", "1");
        c.put("offsets.topic.num.partitions", "3");
        c.put("transaction.state.log.replication.factor", "1");
        c.put("transaction.state.log.min.isr", "1");
        c.put("transaction.state.log.num.partitions", "3");
        c.put("share.coordinator.state.topic.replication.factor", "1");
        c.put("share.coordinator.state.topic.min.isr", "1");
        c.put("default.replication.factor", "1");
        c.put("min.insync.replicas", "1");
        c.put("num.partitions", "3");
        c.put("auto.create.topics.enable", Boolean.toString(builder.autoCreateTopics));

        // Fast start and a small footprint on a shared test machine.
        c.put("group.initial.rebalance.delay.ms", "0");
        c.put("num.network.threads", "2");
        c.put("num.io.threads", "2");
        c.put("background.threads", "2");
        c.put("num.recovery.threads.per.data.dir", "1");
        c.put("num.replica.fetchers", "1");
        c.put("log.cleaner.threads", "1");
        c.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));
        c.put("controlled.shutdown.enable", "true");
        c.put("controller.quorum.election.timeout.ms", "1000");
        c.put("controller.quorum.fetch.timeout.ms", "2000");
        c.put("broker.heartbeat.interval.ms", "500");
        c.put("broker.session.timeout.ms", "9000");

        sasl.ifPresent(s -> {
            c.put("sasl.enabled.mechanisms", "PLAIN");
            c.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
            c.put("sasl.mechanism.controller.protocol", "PLAIN");
            String jaas = s.serverJaas();
            c.put("listener.name." + BROKER_LISTENER.toLowerCase(java.util.Locale.ROOT) + ".plain.sasl.jaas.config", jaas);
            c.put("listener.name." + CONTROLLER_LISTENER.toLowerCase(java.util.Locale.ROOT) + ".plain.sasl.jaas.config", jaas);
            c.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
            c.put("allow.everyone.if.no.acl.found", "false");
            c.put("super.users", "User:" + s.superUser());
        });
        c.putAll(builder.overrides);
        return Map.copyOf(c);
    }

    private static void shutdownQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException ignored) {
            // the start failure is what the caller needs to see
        }
    }

    private static int freePort(int... avoid) throws IOException {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
                socket.setReuseAddress(true);
                int port = socket.getLocalPort();
                boolean clash = false;
                for (int a : avoid) {
                    clash |= a == port;
                }
                if (!clash) {
                    return port;
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the embedded broker directory " + dir, e);
        }
    }

    /**
     * SASL/PLAIN users of a secured broker.
     *
     * @param superUser the user the broker itself and {@link #admin()} authenticate as
     * @param superUserPassword its password
     * @param users every other user name and password
     */
    public record SaslPlain(String superUser, String superUserPassword, Map<String, String> users) {
        public SaslPlain {
            checkJaasSafe(superUser);
            checkJaasSafe(superUserPassword);
            users.forEach((u, p) -> {
                checkJaasSafe(u);
                checkJaasSafe(p);
            });
            users = Map.copyOf(users);
        }

        /** The password of a configured user (the super user included). */
        public String password(String user) {
            if (user.equals(superUser)) {
                return superUserPassword;
            }
            String password = users.get(user);
            if (password == null) {
                throw new IllegalArgumentException("no SASL user '" + user + "' on this broker; configured: " + users.keySet());
            }
            return password;
        }

        String serverJaas() {
            StringBuilder jaas = new StringBuilder("org.apache.kafka.common.security.plain.PlainLoginModule required")
                    .append(" username=\"").append(superUser).append('"')
                    .append(" password=\"").append(superUserPassword).append('"')
                    .append(" user_").append(superUser).append("=\"").append(superUserPassword).append('"');
            users.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                    jaas.append(" user_").append(e.getKey()).append("=\"").append(e.getValue()).append('"'));
            return jaas.append(';').toString();
        }

        static String clientJaas(String user, String password) {
            checkJaasSafe(user);
            checkJaasSafe(password);
            return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user
                    + "\" password=\"" + password + "\";";
        }

        private static void checkJaasSafe(String value) {
            Objects.requireNonNull(value);
            if (value.isEmpty() || value.chars().anyMatch(ch -> ch == '"' || ch == '\\' || ch == ';' || Character.isWhitespace(ch))) {
                throw new IllegalArgumentException("SASL user names and passwords must be non-empty and free of quotes, "
                        + "backslashes, semicolons and spaces");
            }
        }
    }

    /** Options of an {@link EmbeddedKafka}. */
    public static final class Builder {
        private final Map<String, String> overrides = new LinkedHashMap<>();
        private final Map<String, String> users = new LinkedHashMap<>();
        private SaslPlain sasl;
        private String superUser;
        private String superUserPassword;
        private boolean autoCreateTopics;
        private Path logDir;
        private boolean deleteOnClose = true;
        private int brokerPort;

        private Builder() {
        }

        /**
         * Requires SASL/PLAIN on every listener and authorizes with {@code StandardAuthorizer}
         * ({@code allow.everyone.if.no.acl.found=false}); the given user is the super user.
         */
        public Builder saslPlain(String superUser, String superUserPassword) {
            this.superUser = superUser;
            this.superUserPassword = superUserPassword;
            return this;
        }

        /** Adds a SASL/PLAIN user (needs {@link #saslPlain}); it can do only what ACLs allow. */
        public Builder user(String name, String password) {
            users.put(name, password);
            return this;
        }

        /** Lets the broker create topics on first use (off by default, as in production clusters). */
        public Builder autoCreateTopics(boolean enabled) {
            this.autoCreateTopics = enabled;
            return this;
        }

        /** Any broker property; wins over the kit's defaults. */
        public Builder brokerProperty(String key, String value) {
            overrides.put(key, value);
            return this;
        }

        /**
         * Uses this directory instead of a fresh temporary one; it is kept on close unless
         * {@code deleteOnClose} is true.
         */
        public Builder logDir(Path dir, boolean deleteOnClose) {
            this.logDir = dir;
            this.deleteOnClose = deleteOnClose;
            return this;
        }

        /** A fixed client port instead of a free one (e.g. to match a port an external tool expects). */
        public Builder brokerPort(int port) {
            this.brokerPort = port;
            return this;
        }

        /** Creates the broker without starting it; call {@link EmbeddedKafka#start()}. */
        public EmbeddedKafka build() {
            if (!users.isEmpty() && superUser == null) {
                throw new IllegalStateException("SASL users need saslPlain(superUser, password) first");
            }
            if (superUser != null) {
                sasl = new SaslPlain(superUser, superUserPassword, users);
            }
            try {
                return new EmbeddedKafka(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prepare the embedded Kafka broker", e);
            }
        }
    }
}
