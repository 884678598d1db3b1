package io.onex.plugin.provision;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One provisioning run.
 *
 * @param desired what the cluster must look like
 * @param mode plan, apply or verify
 * @param clientProperties Kafka Admin client properties, {@code bootstrap.servers} and any security settings included
 * @param allowPartitionIncrease whether keyed topics may get more partitions
 * @param manageAcls whether ACLs are planned at all (false leaves every ACL alone)
 * @param timeout bound on every call to the cluster
 */
public record ProvisionRequest(DesiredState desired, ProvisionMode mode, Map<String, String> clientProperties,
        boolean allowPartitionIncrease, boolean manageAcls, Duration timeout) {

    public ProvisionRequest {
        Objects.requireNonNull(desired, "desired");
        Objects.requireNonNull(mode, "mode");
        clientProperties = Map.copyOf(new LinkedHashMap<>(clientProperties));
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    @Override
    public String toString() {
        return "ProvisionRequest[mode=" + mode + ", clientProperties=" + ClientSettings.masked(clientProperties)
                + ", allowPartitionIncrease=" + allowPartitionIncrease + ", manageAcls=" + manageAcls
                + ", timeout=" + timeout + "]";
    }
}
