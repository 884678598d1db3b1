package io.onex.testkit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AclBinding;

/**
 * A JUnit 5 extension that runs one {@link EmbeddedKafka} for a test class: started before the class's
 * {@code @BeforeAll} methods, closed (broker stopped, log directory deleted) after its {@code @AfterAll}
 * methods, also when a test or the class setup fails. {@code @Nested} classes share it.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final KafkaBroker kafka = KafkaBroker.plaintext();
 *
 * @Test
 * void roundTrip() {
 *     kafka.createTopics(3, "onex.node.heartbeat.published.v1");
 *     ... new KafkaProducer<>(kafka.clientProperties(), ...) ...
 * }
 * }</pre>
 *
 * <p>A broker that cannot start fails the class with "embedded Kafka broker for &lt;class&gt; did not
 * start: &lt;cause&gt;", and none of its tests run. Fault tests stop and start the broker through
 * {@link #embedded()}; the extension closes it whether it is running or not.
 */
public final class KafkaBroker extends ClassFixture<EmbeddedKafka> {

    private final Consumer<EmbeddedKafka.Builder> options;

    private KafkaBroker(Consumer<EmbeddedKafka.Builder> options) {
        super("embedded Kafka broker");
        this.options = options;
    }

    /** A PLAINTEXT broker with the kit's defaults (3 partitions, no topic auto-creation). */
    public static KafkaBroker plaintext() {
        return new KafkaBroker(builder -> { });
    }

    /**
     * A broker that requires SASL/PLAIN on every listener and denies what no ACL allows
     * ({@code StandardAuthorizer}); {@code superUser} may do anything, the other users only what ACLs grant.
     *
     * @param users user names and passwords, besides the super user
     */
    public static KafkaBroker saslPlain(String superUser, String superUserPassword, Map<String, String> users) {
        Objects.requireNonNull(superUser, "superUser");
        Objects.requireNonNull(superUserPassword, "superUserPassword");
        Map<String, String> copy = new LinkedHashMap<>(users);
        return new KafkaBroker(builder -> {
            builder.saslPlain(superUser, superUserPassword);
            copy.forEach(builder::user);
        });
    }

    /** A broker with any options of {@link EmbeddedKafka.Builder}, e.g. {@code b -> b.autoCreateTopics(true)}. */
    public static KafkaBroker configured(Consumer<EmbeddedKafka.Builder> options) {
        return new KafkaBroker(Objects.requireNonNull(options, "options"));
    }

    @Override
    EmbeddedKafka start() {
        EmbeddedKafka.Builder builder = EmbeddedKafka.builder();
        options.accept(builder);
        EmbeddedKafka kafka = builder.build();
        try {
            return kafka.start();
        } catch (RuntimeException e) {
            try {
                kafka.close();
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** The running broker itself, e.g. to {@link EmbeddedKafka#stop() stop} and {@link EmbeddedKafka#start() start} it. */
    public EmbeddedKafka embedded() {
        return running();
    }

    /** {@code 127.0.0.1:<port>}, the same across restarts. */
    public String bootstrapServers() {
        return running().bootstrapServers();
    }

    /**
     * A new mutable map with {@code bootstrap.servers} and, with SASL, the super user's security settings;
     * suitable for producers, consumers and admin clients.
     */
    public Map<String, Object> clientProperties() {
        return running().clientProperties();
    }

    /** Client properties that authenticate as one of the broker's SASL/PLAIN users, with its configured password. */
    public Map<String, Object> clientProperties(String user) {
        EmbeddedKafka kafka = running();
        EmbeddedKafka.SaslPlain sasl = kafka.sasl().orElseThrow(() -> new IllegalStateException(
                "the broker was started without SASL; use clientProperties()"));
        return kafka.clientProperties(user, sasl.password(user));
    }

    /** Client properties that authenticate as the given SASL/PLAIN user and password (e.g. a wrong one). */
    public Map<String, Object> clientProperties(String user, String password) {
        return running().clientProperties(user, password);
    }

    /** The SASL/PLAIN users and passwords, when the broker requires SASL. */
    public Optional<EmbeddedKafka.SaslPlain> sasl() {
        return running().sasl();
    }

    /** A new admin client connected as the super user; the caller closes it. */
    public Admin admin() {
        return running().admin();
    }

    /** Creates topics with the given partition count and replication factor 1; existing ones are kept. */
    public void createTopics(int partitions, String... topicNames) {
        running().createTopics(partitions, topicNames);
    }

    /** Creates the topics and waits for the controller to accept them; existing ones are kept. */
    public void createTopics(Collection<NewTopic> topics) {
        running().createTopics(topics);
    }

    /** Creates ACLs as the super user and waits until the broker applies them. */
    public void createAcls(Collection<AclBinding> acls) {
        running().createAcls(acls);
    }
}
