package io.onex.plugin.provision;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * One Kafka ACL binding in a comparable, printable form.
 *
 * @param principal e.g. {@code User:node-service}
 * @param host the host the rule applies to, {@code *} for any
 * @param resourceType {@code TOPIC} or {@code GROUP} for the rules ONEX writes
 * @param patternType {@code LITERAL} or {@code PREFIXED}
 * @param resourceName topic or group name, or the prefix for prefixed patterns
 * @param operation e.g. {@code WRITE}
 * @param permission {@code ALLOW} for every rule ONEX writes
 */
public record AclRule(String principal, String host, ResourceType resourceType, PatternType patternType,
        String resourceName, AclOperation operation, AclPermissionType permission) {

    /** The order rules are listed, planned and exported in. */
    public static final Comparator<AclRule> ORDER = Comparator
            .comparing(AclRule::principal)
            .thenComparing(AclRule::resourceType)
            .thenComparing(AclRule::resourceName)
            .thenComparing(AclRule::patternType)
            .thenComparing(AclRule::operation)
            .thenComparing(AclRule::permission)
            .thenComparing(AclRule::host);

    /** Any host: the only host ONEX grants to. */
    public static final String ANY_HOST = "*";

    public AclRule {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(patternType, "patternType");
        Objects.requireNonNull(resourceName, "resourceName");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(permission, "permission");
    }

    /** An ALLOW rule from any host. */
    public static AclRule allow(String principal, ResourceType resourceType, PatternType patternType,
            String resourceName, AclOperation operation) {
        return new AclRule(principal, ANY_HOST, resourceType, patternType, resourceName, operation,
                AclPermissionType.ALLOW);
    }

    /** Reads a binding as returned by {@code describeAcls}. */
    public static AclRule of(AclBinding binding) {
        ResourcePattern pattern = binding.pattern();
        AccessControlEntry entry = binding.entry();
        return new AclRule(entry.principal(), entry.host(), pattern.resourceType(), pattern.patternType(),
                pattern.name(), entry.operation(), entry.permissionType());
    }

    /** The binding to create or (as an exact filter) to delete. */
    public AclBinding toBinding() {
        return new AclBinding(new ResourcePattern(resourceType, resourceName, patternType),
                new AccessControlEntry(principal, host, operation, permission));
    }

    /** E.g. {@code allow User:node-service to WRITE topics prefixed 'onex.node.'}. */
    public String describe() {
        String resource = resourceType.name().toLowerCase(Locale.ROOT);
        String target = patternType == PatternType.PREFIXED
                ? resource + "s prefixed '" + resourceName + "'"
                : resource + " '" + resourceName + "'";
        String from = ANY_HOST.equals(host) ? "" : " from host " + host;
        return permission.name().toLowerCase(Locale.ROOT) + " " + principal + " to " + operation + " " + target + from;
    }

    @Override
    public String toString() {
        return describe();
    }
}
