package io.onex.plugin.provision;

import io.onex.rules.PrincipalClass;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
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
 * @param groupPrefixes configured consumer group prefix per class, keyed the same way; absent entries keep the default
 * @param allowPartitionIncrease whether keyed topics may grow
 * @param skipAcls whether to leave ACLs alone
 * @param exportFormat {@code none}, {@code rpk} or {@code kafka-cli}
 * @param exportFile where to write the export; empty to return it only
 * @param timeout bound on every call to the cluster
 */
public record ProvisionSettings(String bootstrapServers, String mode, Optional<String> tenantPrefix,
        Optional<Path> kafkaPropertiesFile, Map<String, String> kafkaProperties,
        Optional<ClientSettings.SaslCredentials> credentials, Map<String, String> principals,
        Map<String, String> groupPrefixes, boolean allowPartitionIncrease, boolean skipAcls,
        String exportFormat, Optional<Path> exportFile, Duration timeout) {

    public ProvisionSettings {
        Objects.requireNonNull(tenantPrefix, "tenantPrefix");
        Objects.requireNonNull(kafkaPropertiesFile, "kafkaPropertiesFile");
        kafkaProperties = Map.copyOf(kafkaProperties == null ? Map.of() : new HashMap<>(kafkaProperties));
        Objects.requireNonNull(credentials, "credentials");
        principals = copy(principals);
        groupPrefixes = copy(groupPrefixes);
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

    /** Reads a short class name as used in parameter keys: {@code node}, {@code registry}, {@code infra}, {@code observability}. */
    public static Optional<PrincipalClass> principalClass(String shortName) {
        return PrincipalClass.fromShortName(shortName == null ? "" : shortName.trim());
    }

    @Override
    public String toString() {
        return "ProvisionSettings[bootstrapServers=" + bootstrapServers + ", mode=" + mode + ", tenantPrefix="
                + tenantPrefix + ", kafkaPropertiesFile=" + kafkaPropertiesFile + ", kafkaProperties="
                + ClientSettings.masked(kafkaProperties) + ", credentials=" + credentials + ", principals="
                + principals + ", groupPrefixes=" + groupPrefixes + ", allowPartitionIncrease="
                + allowPartitionIncrease + ", skipAcls=" + skipAcls + ", exportFormat=" + exportFormat
                + ", exportFile=" + exportFile + ", timeout=" + timeout + "]";
    }
}
