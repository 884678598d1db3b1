package io.onex.plugin.provision;

import static io.onex.plugin.provision.PlanExporter.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.resource.ResourceType;

/** A plan as Redpanda {@code rpk} commands (the form section 9 of the spec uses). */
public final class RpkExporter implements PlanExporter {

    @Override
    public String export(Plan plan) {
        List<String> lines = PlanExporter.header("ONEX topics and ACLs: plan as rpk commands", plan, List.of(
                "rpk takes the brokers and credentials from its profile or RPK_* environment variables."));
        for (TopicSpec topic : plan.topicsToCreate()) {
            StringBuilder sb = new StringBuilder("rpk topic create ").append(quote(topic.name()))
                    .append(" --partitions ").append(topic.partitions());
            topic.configs().forEach((k, v) -> sb.append(" --topic-config ").append(quote(k + "=" + v)));
            lines.add(sb.toString());
        }
        for (Plan.PartitionIncrease increase : plan.partitionIncreases()) {
            lines.add("rpk topic add-partitions " + quote(increase.topic()) + " --num "
                    + (increase.desired() - increase.current()));
        }
        Map<String, List<Plan.ConfigChange>> byTopic = new LinkedHashMap<>();
        plan.configChanges().forEach(c -> byTopic.computeIfAbsent(c.topic(), k -> new ArrayList<>()).add(c));
        byTopic.forEach((topic, changes) -> {
            StringBuilder sb = new StringBuilder("rpk topic alter-config ").append(quote(topic));
            changes.forEach(c -> sb.append(" --set ").append(quote(c.name() + "=" + c.desired())));
            lines.add(sb.toString());
        });
        plan.aclsToAdd().forEach(acl -> lines.add("rpk acl create " + aclFlags(acl)));
        plan.aclsToRemove().forEach(acl -> lines.add("rpk acl delete " + aclFlags(acl) + " --no-confirm"));
        plan.topicsToDelete().forEach(topic -> lines.add("rpk topic delete " + quote(topic)));
        return PlanExporter.script(lines);
    }

    /**
     * rpk's ACL flags are comma-separated lists read as CSV, so a value with a comma (an SSL
     * distinguished name, say) must be CSV-quoted to stay one item.
     */
    private static String listItem(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String aclFlags(AclRule acl) {
        String resourceFlag = acl.resourceType() == ResourceType.GROUP ? "--group" : "--topic";
        return "--allow-principal " + quote(listItem(acl.principal())) + " --allow-host " + quote(listItem(acl.host()))
                + " --operation " + acl.operation().name().toLowerCase(Locale.ROOT)
                + " " + resourceFlag + " " + quote(listItem(acl.resourceName()))
                + " --resource-pattern-type " + acl.patternType().name().toLowerCase(Locale.ROOT);
    }
}
