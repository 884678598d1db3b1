package io.onex.plugin.provision;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.SecurityDisabledException;

/** Reads the part of a cluster a desired state talks about: its topics, their configs, and the managed ACLs. */
final class ClusterReader {

    private final Admin admin;
    private final Duration timeout;

    ClusterReader(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    ClusterState read(DesiredState desired, boolean manageAcls) throws ClusterAccessException {
        Set<String> names = KafkaCalls.await(admin.listTopics(new ListTopicsOptions().listInternal(false)).names(),
                timeout, "listing topics");
        List<String> existing = desired.topics().stream().map(TopicSpec::name).filter(names::contains).toList();
        List<String> retired = desired.retiredTopics().stream().filter(names::contains).toList();
        Map<String, ClusterState.ExistingTopic> topics = new HashMap<>();
        if (!existing.isEmpty()) {
            Map<String, TopicDescription> descriptions = KafkaCalls.await(
                    admin.describeTopics(existing).allTopicNames(), timeout, "describing topics");
            Map<ConfigResource, Config> configs = KafkaCalls.await(
                    admin.describeConfigs(resources(existing)).all(), timeout, "describing topic configs");
            for (String name : existing) {
                Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, name));
                Map<String, String> managed = new HashMap<>();
                for (String key : List.of(TopicSpec.RETENTION_MS, TopicSpec.CLEANUP_POLICY)) {
                    Optional.ofNullable(config == null ? null : config.get(key)).map(ConfigEntry::value)
                            .ifPresent(value -> managed.put(key, value));
                }
                topics.put(name, new ClusterState.ExistingTopic(name, descriptions.get(name).partitions().size(),
                        managed));
            }
        }
        if (!manageAcls) {
            return new ClusterState(topics, List.of(), Optional.of("ACL management is switched off (skipAcls)"),
                    retired);
        }
        return readAcls(desired, topics, retired);
    }

    private ClusterState readAcls(DesiredState desired, Map<String, ClusterState.ExistingTopic> topics,
            List<String> retired) throws ClusterAccessException {
        Collection<AclBinding> bindings;
        try {
            bindings = admin.describeAcls(AclBindingFilter.ANY).values()
                    .get(timeout.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SecurityDisabledException) {
                return new ClusterState(topics, List.of(), Optional.of(
                        "the cluster has no authorizer configured, so it enforces no ACLs"), retired);
            }
            throw KafkaCalls.failure(e.getCause() == null ? e : e.getCause(), timeout, "describing ACLs");
        } catch (java.util.concurrent.TimeoutException e) {
            throw KafkaCalls.failure(e, timeout, "describing ACLs");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterAccessException("interrupted while describing ACLs", e);
        }
        List<AclRule> rules = new ArrayList<>();
        for (AclBinding binding : bindings) {
            AclRule rule = AclRule.of(binding);
            if (desired.scope().manages(rule)) {
                rules.add(rule);
            }
        }
        return new ClusterState(topics, rules, Optional.empty(), retired);
    }

    private static List<ConfigResource> resources(List<String> topics) {
        return topics.stream().map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
    }
}
