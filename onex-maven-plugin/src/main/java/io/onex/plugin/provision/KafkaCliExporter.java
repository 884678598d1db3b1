package io.onex.plugin.provision;

import static io.onex.plugin.provision.PlanExporter.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.resource.ResourceType;

/** A plan as Apache Kafka's {@code kafka-topics.sh}, {@code kafka-configs.sh} and {@code kafka-acls.sh} commands. */
public final class KafkaCliExporter implements PlanExporter {

    private static final String CONNECT = "--bootstrap-server \"$BOOTSTRAP_SERVER\" --command-config \"$COMMAND_CONFIG\"";

    @Override
    public String export(Plan plan) {
        List<String> lines = PlanExporter.header("ONEX topics and ACLs: plan as Kafka CLI commands", plan, List.of(
                "Set BOOTSTRAP_SERVER to host:port and COMMAND_CONFIG to a client properties file with the",
                "security settings (an empty file for a cluster without authentication)."));
        for (TopicSpec topic : plan.topicsToCreate()) {
            StringBuilder sb = new StringBuilder("kafka-topics.sh ").append(CONNECT).append(" --create --topic ")
                    .append(quote(topic.name())).append(" --partitions ").append(topic.partitions());
            topic.configs().forEach((k, v) -> sb.append(" --config ").append(quote(k + "=" + v)));
            lines.add(sb.toString());
        }
        for (Plan.PartitionIncrease increase : plan.partitionIncreases()) {
            lines.add("kafka-topics.sh " + CONNECT + " --alter --topic " + quote(increase.topic())
                    + " --partitions " + increase.desired());
        }
        Map<String, List<Plan.ConfigChange>> byTopic = new LinkedHashMap<>();
        plan.configChanges().forEach(c -> byTopic.computeIfAbsent(c.topic(), k -> new ArrayList<>()).add(c));
        byTopic.forEach((topic, changes) -> lines.add("kafka-configs.sh " + CONNECT
                + " --alter --entity-type topics --entity-name " + quote(topic) + " --add-config "
                + quote(changes.stream().map(c -> c.name() + "=" + configValue(c.desired()))
                        .collect(Collectors.joining(",")))));
        plan.aclsToAdd().forEach(acl -> lines.add("kafka-acls.sh " + CONNECT + " --add " + aclFlags(acl)));
        plan.aclsToRemove().forEach(acl -> lines.add("kafka-acls.sh " + CONNECT + " --remove --force "
                + aclFlags(acl)));
        plan.topicsToDelete().forEach(topic -> lines.add("kafka-topics.sh " + CONNECT + " --delete --topic "
                + quote(topic)));
        return PlanExporter.script(lines);
    }

    /** kafka-configs.sh separates configs with commas; a list value goes in square brackets. */
    private static String configValue(String value) {
        return value.contains(",") ? "[" + value + "]" : value;
    }

    private static String aclFlags(AclRule acl) {
        String resourceFlag = acl.resourceType() == ResourceType.GROUP ? "--group" : "--topic";
        return "--allow-principal " + quote(acl.principal()) + " --allow-host " + quote(acl.host())
                + " --operation " + PlanExporter.camelCase(acl.operation())
                + " " + resourceFlag + " " + quote(acl.resourceName())
                + " --resource-pattern-type " + acl.patternType().name().toLowerCase(Locale.ROOT);
    }
}
