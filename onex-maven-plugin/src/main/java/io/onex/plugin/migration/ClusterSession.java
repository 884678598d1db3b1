package io.onex.plugin.migration;

import io.onex.plugin.core.CatalogLoader;
import io.onex.plugin.core.CatalogSource;
import io.onex.plugin.core.Loaded;
import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.model.ParameterRule;
import io.onex.plugin.model.SourceLocation;
import io.onex.plugin.provision.ClientSettings;
import io.onex.plugin.provision.ClusterAccessException;
import io.onex.plugin.provision.InvalidProvisionSettingsException;
import io.onex.rules.Tenant;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;

/**
 * What both migration goals do before they look at the cluster: check the connection settings, read the catalog's
 * topic pairs, and open the Admin client and the group-less consumer.
 *
 * @param pairs the catalog's pairs behind the tenant's prefix, in catalog order
 * @param tenant the tenant, if any
 * @param clientProperties the assembled client properties
 * @param timeout the bound on every call
 */
record ClusterSession(List<TopicPair> pairs, Optional<Tenant> tenant, Map<String, String> clientProperties,
        Duration timeout) {

    /**
     * Checks the settings and loads the catalog.
     *
     * @return the session, or the diagnostics that stop the goal before it reaches the cluster
     */
    static Prepared prepare(CatalogSource catalog, Path displayBase, MigrationConnection connection) {
        Loaded<Catalog> loaded = CatalogLoader.load(catalog, displayBase);
        if (loaded.hasErrors()) {
            return new Prepared(Optional.empty(), loaded.diagnostics().stream().filter(Diagnostic::isError).toList());
        }
        try {
            if (connection.timeoutSeconds() < 1) {
                throw new InvalidMigrationSettingsException("timeout (onex.migration.timeout) must be at least 1"
                        + " second");
            }
            Optional<Tenant> tenant;
            List<TopicPair> pairs;
            try {
                tenant = Tenant.parse(connection.tenantPrefix().orElse(null));
                pairs = TopicPair.of(loaded.value(), tenant);
            } catch (IllegalArgumentException e) {
                throw new InvalidMigrationSettingsException(e.getMessage() + " (onex.tenantPrefix)");
            }
            Map<String, String> properties;
            try {
                properties = ClientSettings.assemble(connection.bootstrapServers(),
                        connection.kafkaPropertiesFile(), connection.kafkaProperties(), connection.credentials());
            } catch (InvalidProvisionSettingsException e) {
                throw new InvalidMigrationSettingsException(e.getMessage());
            }
            return new Prepared(Optional.of(new ClusterSession(pairs, tenant, properties,
                    Duration.ofSeconds(connection.timeoutSeconds()))), List.of());
        } catch (InvalidMigrationSettingsException e) {
            return new Prepared(Optional.empty(), List.of(error(e.getMessage())));
        }
    }

    /**
     * The outcome of {@link #prepare}.
     *
     * @param session the session when the settings and the catalog are usable
     * @param diagnostics what is wrong otherwise
     */
    record Prepared(Optional<ClusterSession> session, List<Diagnostic> diagnostics) {
    }

    /** A diagnostic of the rule {@code migration-settings}. */
    static Diagnostic error(String message) {
        return Diagnostic.error(SourceLocation.of("plugin parameters"), "", ParameterRule.MIGRATION_SETTINGS.id(),
                message);
    }

    /**
     * Reads an ISO-8601 duration parameter.
     *
     * @throws InvalidMigrationSettingsException when it does not parse, is negative, or is zero where it must be
     *     positive
     */
    static Duration duration(String value, String property, boolean positive)
            throws InvalidMigrationSettingsException {
        Duration parsed;
        try {
            parsed = Duration.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidMigrationSettingsException("'" + value + "' (" + property + ") is not an ISO-8601"
                    + " duration; write e.g. PT10M for ten minutes or PT1H for an hour");
        }
        if (parsed.isNegative() || positive && parsed.isZero()) {
            throw new InvalidMigrationSettingsException(property + " must be " + (positive ? "positive" : "zero or"
                    + " positive") + ", not " + value);
        }
        return parsed;
    }

    Admin openAdmin() throws ClusterAccessException {
        Map<String, Object> config = new HashMap<>(clientProperties);
        String millis = Long.toString(timeout.toMillis());
        config.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        config.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        try {
            return Admin.create(config);
        } catch (KafkaException e) {
            throw new ClusterAccessException("cannot create a Kafka client for "
                    + clientProperties.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG) + ": " + e.getMessage(), e);
        }
    }

    RecordScanner openScanner() throws ClusterAccessException {
        return new RecordScanner(clientProperties, timeout);
    }
}
