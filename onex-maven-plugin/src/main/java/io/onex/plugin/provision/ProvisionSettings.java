package io.onex.plugin.provision;

import io.onex.rules.MigrationPhase;
import io.onex.rules.PrincipalClass;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every setting of a provisioning run as the user gave it (the goal's parameters), before checking.
 *
 * @param bootstrapServers {@code host:port[,host:port]}
 * @param mode {@code plan}, {@code apply} or {@code verify}
 * @param tenantPrefix tenant prefix of section 12, if any
 * @param kafkaPropertiesFile standard Kafka client properties file, if any
 * @param kafkaProperties single client properties; override the file
 * @param credentials SASL user and password (from a Maven settings server), if any
 * @param principals configured principal per class, keyed {@code node}, {@code registry}, {@code infra} or
 *     {@code observability}; absent or blank entries keep the default
 * @param groupPrefixes configured consumer group prefix per class, keyed the same way; a class without one may use
 *     every group of its tenant
 * @param aclModel {@code catalog} or {@code contracts}; when absent, {@code contracts} if contracts are given
 * @param contracts node contract files and folders for the per-contract ACL model
 * @param nodePrincipal the template naming a contract's principal, e.g. {@code User:{node}}; absent for the default
 * @param migrationPhase {@code legacy}, {@code dual}, {@code onex} or {@code deprecated}; absent for the default
 * @param deleteTopics legacy topics left after deprecation that the operator confirms, by name, are to be deleted
 * @param allowPartitionIncrease whether keyed topics may grow
 * @param skipAcls whether to leave ACLs alone
 * @param exportFormat {@code none}, {@code rpk} or {@code kafka-cli}
 * @param exportFile where to write the export; empty to return it only
 * @param timeout bound on every call to the cluster
 */
public record ProvisionSettings(String bootstrapServers, String mode, Optional<String> tenantPrefix,
        Optional<Path> kafkaPropertiesFile, Map<String, String> kafkaProperties,
        Optional<ClientSettings.SaslCredentials> credentials, Map<String, String> principals,
        Map<String, String> groupPrefixes, Optional<String> aclModel, List<Path> contracts,
        Optional<String> nodePrincipal, Optional<String> migrationPhase, List<String> deleteTopics,
        boolean allowPartitionIncrease, boolean skipAcls,
        String exportFormat, Optional<Path> exportFile, Duration timeout) {

    public ProvisionSettings {
        Objects.requireNonNull(tenantPrefix, "tenantPrefix");
        Objects.requireNonNull(kafkaPropertiesFile, "kafkaPropertiesFile");
        kafkaProperties = Map.copyOf(kafkaProperties == null ? Map.of() : new HashMap<>(kafkaProperties));
        Objects.requireNonNull(credentials, "credentials");
        principals = copy(principals);
        groupPrefixes = copy(groupPrefixes);
        aclModel = aclModel.filter(m -> !m.isBlank());
        contracts = List.copyOf(contracts);
        nodePrincipal = nodePrincipal.filter(m -> !m.isBlank());
        migrationPhase = migrationPhase.filter(m -> !m.isBlank());
        deleteTopics = deleteTopics == null ? List.of()
                : deleteTopics.stream().filter(t -> t != null && !t.isBlank()).map(String::trim).toList();
        Objects.requireNonNull(exportFile, "exportFile");
        Objects.requireNonNull(timeout, "timeout");
    }

    private static Map<String, String> copy(Map<String, String> map) {
        Map<String, String> copy = new TreeMap<>();
        if (map != null) {
            map.forEach((k, v) -> {
                if (v != null) {
                    copy.put(k, v);
                }
            });
        }
        return Collections.unmodifiableMap(copy);
    }

    /** The ACL model asked for, or the one implied by the contracts given. */
    public AclModel effectiveAclModel() throws InvalidProvisionSettingsException {
        if (aclModel.isPresent()) {
            return AclModel.parse(aclModel.get());
        }
        return contracts.isEmpty() ? AclModel.CATALOG : AclModel.CONTRACTS;
    }

    /** The migration phase asked for, or {@link MigrationPhase#DEFAULT}. */
    public MigrationPhase effectiveMigrationPhase() throws InvalidProvisionSettingsException {
        if (migrationPhase.isEmpty()) {
            return MigrationPhase.DEFAULT;
        }
        return MigrationPhase.parse(migrationPhase.get()).orElseThrow(() -> new InvalidProvisionSettingsException(
                "unknown migration phase '" + migrationPhase.get() + "' (onex.migration.phase); use "
                        + MigrationPhase.choices()));
    }

    /** Reads a short class name as used in parameter keys: {@code node}, {@code registry}, {@code infra}, {@code observability}. */
    public static Optional<PrincipalClass> principalClass(String shortName) {
        return PrincipalClass.fromShortName(shortName == null ? "" : shortName.trim());
    }

    /** Settings with the goal's defaults (mode {@code plan}, class-wide ACLs, no export, 30 s timeout), to adjust. */
    public static Builder builder(String bootstrapServers) {
        return new Builder(bootstrapServers);
    }

    /** Settings built step by step, as the goal's parameters would give them. */
    public static final class Builder {
        private final String bootstrapServers;
        private String mode = "plan";
        private Optional<String> tenantPrefix = Optional.empty();
        private Map<String, String> kafkaProperties = Map.of();
        private final Map<String, String> principals = new TreeMap<>();
        private final Map<String, String> groupPrefixes = new TreeMap<>();
        private Optional<String> aclModel = Optional.empty();
        private List<Path> contracts = List.of();
        private Optional<String> nodePrincipal = Optional.empty();
        private Optional<String> migrationPhase = Optional.empty();
        private List<String> deleteTopics = List.of();
        private String exportFormat = "none";
        private Optional<Path> exportFile = Optional.empty();
        private Duration timeout = Duration.ofSeconds(30);

        private Builder(String bootstrapServers) {
            this.bootstrapServers = bootstrapServers;
        }

        public Builder mode(String value) {
            this.mode = value;
            return this;
        }

        public Builder tenantPrefix(String value) {
            this.tenantPrefix = Optional.ofNullable(value);
            return this;
        }

        /** Kafka client properties (security settings, for example). */
        public Builder kafkaProperties(Map<String, ?> properties) {
            Map<String, String> copy = new TreeMap<>();
            properties.forEach((k, v) -> copy.put(k, String.valueOf(v)));
            this.kafkaProperties = copy;
            return this;
        }

        /** The principal of a class, keyed {@code node}, {@code registry}, {@code infra} or {@code observability}. */
        public Builder principal(String classKey, String principal) {
            principals.put(classKey, principal);
            return this;
        }

        public Builder groupPrefix(String classKey, String prefix) {
            groupPrefixes.put(classKey, prefix);
            return this;
        }

        public Builder aclModel(String value) {
            this.aclModel = Optional.ofNullable(value);
            return this;
        }

        public Builder contracts(List<Path> paths) {
            this.contracts = List.copyOf(paths);
            return this;
        }

        public Builder nodePrincipal(String template) {
            this.nodePrincipal = Optional.ofNullable(template);
            return this;
        }

        public Builder migrationPhase(String phase) {
            this.migrationPhase = Optional.ofNullable(phase);
            return this;
        }

        /** Confirms, by name, the deletion of legacy topics left after deprecation. */
        public Builder deleteTopics(List<String> names) {
            this.deleteTopics = List.copyOf(names);
            return this;
        }

        public Builder export(String format, Path file) {
            this.exportFormat = format;
            this.exportFile = Optional.ofNullable(file);
            return this;
        }

        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        public ProvisionSettings build() {
            return new ProvisionSettings(bootstrapServers, mode, tenantPrefix, Optional.empty(), kafkaProperties,
                    Optional.empty(), principals, groupPrefixes, aclModel, contracts, nodePrincipal, migrationPhase,
                    deleteTopics, false, false,
                    exportFormat, exportFile, timeout);
        }
    }

    @Override
    public String toString() {
        return "ProvisionSettings[bootstrapServers=" + bootstrapServers + ", mode=" + mode + ", tenantPrefix="
                + tenantPrefix + ", kafkaPropertiesFile=" + kafkaPropertiesFile + ", kafkaProperties="
                + ClientSettings.masked(kafkaProperties) + ", credentials=" + credentials + ", principals="
                + principals + ", groupPrefixes=" + groupPrefixes + ", aclModel=" + aclModel + ", contracts=" + contracts
                + ", nodePrincipal=" + nodePrincipal + ", migrationPhase=" + migrationPhase
                + ", deleteTopics=" + deleteTopics + ", allowPartitionIncrease="
                + allowPartitionIncrease + ", skipAcls=" + skipAcls + ", exportFormat=" + exportFormat
                + ", exportFile=" + exportFile + ", timeout=" + timeout + "]";
    }
}
