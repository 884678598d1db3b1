package io.onex.plugin.provision;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * Assembles the Admin client properties from their sources and hides secrets when they are shown.
 * Later sources win: the properties file, then the properties map, then {@code bootstrapServers},
 * then the SASL credentials.
 */
public final class ClientSettings {

    /** What is shown instead of a secret value. */
    public static final String HIDDEN = "[hidden]";

    private static final Pattern SECRET_NAME = Pattern.compile("password|secret|jaas|token|credential|key$",
            Pattern.CASE_INSENSITIVE);

    private ClientSettings() {
    }

    /**
     * A user name and password for SASL/PLAIN or SASL/SCRAM; {@link #toString()} hides the password.
     *
     * @param username the SASL user
     * @param password the SASL password
     */
    public record SaslCredentials(String username, String password) {
        public SaslCredentials {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "SaslCredentials[username=" + username + ", password=" + HIDDEN + "]";
        }
    }

    /**
     * The client properties for one run.
     *
     * @param bootstrapServers {@code host:port[,host:port...]}, required
     * @param propertiesFile a standard Kafka client properties file, e.g. with SASL settings
     * @param properties single properties; override the file
     * @param credentials SASL credentials that become {@code sasl.jaas.config}; override both
     */
    public static Map<String, String> assemble(String bootstrapServers, Optional<Path> propertiesFile,
            Map<String, String> properties, Optional<SaslCredentials> credentials)
            throws InvalidProvisionSettingsException {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new InvalidProvisionSettingsException(
                    "bootstrapServers is required: set -Donex.bootstrapServers=host:port");
        }
        Map<String, String> result = new TreeMap<>();
        if (propertiesFile.isPresent()) {
            result.putAll(load(propertiesFile.get()));
        }
        properties.forEach((key, value) -> result.put(key, value == null ? "" : value));
        result.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers.trim());
        if (credentials.isPresent()) {
            addCredentials(result, credentials.get());
        }
        return result;
    }

    private static Map<String, String> load(Path file) throws InvalidProvisionSettingsException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidProvisionSettingsException("Kafka properties file " + file
                    + " (onex.kafka.properties) does not exist or is not a file");
        }
        Properties loaded = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            loaded.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidProvisionSettingsException("cannot read Kafka properties file " + file + ": "
                    + e.getMessage());
        }
        Map<String, String> result = new TreeMap<>();
        loaded.stringPropertyNames().forEach(name -> result.put(name, loaded.getProperty(name)));
        return result;
    }

    private static void addCredentials(Map<String, String> props, SaslCredentials credentials)
            throws InvalidProvisionSettingsException {
        String mechanism = props.getOrDefault(SaslConfigs.SASL_MECHANISM, "PLAIN").trim();
        String module;
        if (mechanism.equals("PLAIN")) {
            module = "org.apache.kafka.common.security.plain.PlainLoginModule";
        } else if (mechanism.startsWith("SCRAM-")) {
            module = "org.apache.kafka.common.security.scram.ScramLoginModule";
        } else {
            throw new InvalidProvisionSettingsException("serverId supplies a user name and password, which "
                    + "fit sasl.mechanism PLAIN or SCRAM-SHA-256/512, not " + mechanism
                    + "; remove serverId and configure sasl.jaas.config in the Kafka properties instead");
        }
        props.put(SaslConfigs.SASL_MECHANISM, mechanism);
        // Without a protocol the client would not use SASL at all; default to the encrypted variant.
        props.putIfAbsent(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
        props.put(SaslConfigs.SASL_JAAS_CONFIG, module + " required username=\"" + jaasEscape(credentials.username())
                + "\" password=\"" + jaasEscape(credentials.password()) + "\";");
    }

    private static String jaasEscape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Whether a property holds a secret: a Kafka PASSWORD config, or a name that suggests one. */
    public static boolean isSecret(String key) {
        ConfigDef.ConfigKey known = AdminClientConfig.configDef().configKeys().get(key);
        if (known != null && known.type == ConfigDef.Type.PASSWORD) {
            return true;
        }
        return SECRET_NAME.matcher(key.toLowerCase(Locale.ROOT)).find();
    }

    /** The properties, sorted, with every secret value replaced by {@value #HIDDEN}: safe to log. */
    public static Map<String, String> masked(Map<String, String> properties) {
        Map<String, String> masked = new TreeMap<>();
        properties.forEach((key, value) -> masked.put(key, isSecret(key) ? HIDDEN : value));
        return masked;
    }
}
