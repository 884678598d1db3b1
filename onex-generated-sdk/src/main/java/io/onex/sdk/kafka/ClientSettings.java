package io.onex.sdk.kafka;

import io.onex.rules.Tenant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.CommonClientConfigs;

/** How the bus and the consumer runner builders read the settings they share, so both read them alike. */
final class ClientSettings {

    private ClientSettings() {
    }

    /**
     * A tenant as given to a builder: null or blank for none, one trailing dot tolerated, syntax by {@link Tenant}.
     *
     * @throws IllegalArgumentException naming the rule the id breaks
     */
    static Optional<Tenant> tenant(String value) {
        return Tenant.parse(value);
    }

    /**
     * A copy of Kafka client properties that must name the brokers.
     *
     * @throws IllegalArgumentException when {@code bootstrap.servers} is missing or blank
     */
    static Map<String, Object> clientProperties(Map<String, ?> given) {
        Map<String, Object> copy = new LinkedHashMap<>(given);
        Object servers = copy.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
        if (servers == null || String.valueOf(servers).isBlank()) {
            throw new IllegalArgumentException("clientProperties must contain bootstrap.servers");
        }
        return copy;
    }
}
