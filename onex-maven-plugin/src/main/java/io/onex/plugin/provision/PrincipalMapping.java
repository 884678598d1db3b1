package io.onex.plugin.provision;

import io.onex.rules.PrincipalClass;
import io.onex.rules.Tenant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which Kafka principal stands for each principal class of the catalog, and, where configured, the consumer group
 * prefix a class is limited to.
 *
 * @param principals e.g. {@code NODE_SERVICES -> User:node-service}; every class present
 * @param groupPrefixes e.g. {@code NODE_SERVICES -> onex-node-}, only for the classes whose groups are limited to a
 *     prefix; the tenant prefix goes in front. A class without an entry may use any group of its tenant (any group
 *     at all without a tenant), since the SDK names groups {@code [<tenant>.]<service>-onex-v1} after the service.
 */
public record PrincipalMapping(Map<PrincipalClass, String> principals, Map<PrincipalClass, String> groupPrefixes) {

    private static final Pattern PRINCIPAL = Pattern.compile("[A-Za-z][A-Za-z0-9]*:\\S+");

    public PrincipalMapping {
        principals = Map.copyOf(principals);
        groupPrefixes = Map.copyOf(groupPrefixes);
        for (PrincipalClass c : PrincipalClass.values()) {
            Objects.requireNonNull(principals.get(c), () -> "no principal for " + c.yamlName());
        }
    }

    /** The defaults without a tenant: {@code User:node-service}, {@code User:registry-service}, ... */
    public static PrincipalMapping defaults() {
        return defaults(Optional.empty());
    }

    /**
     * The defaults of a tenant ({@link PrincipalClass#defaultPrincipal(Optional)}): {@code User:tenant-a.node-service},
     * ...; without a tenant {@code User:node-service}, {@code User:registry-service}, {@code User:infra-service},
     * {@code User:observability}. No group prefixes.
     */
    public static PrincipalMapping defaults(Optional<Tenant> tenant) {
        Map<PrincipalClass, String> principals = new EnumMap<>(PrincipalClass.class);
        for (PrincipalClass c : PrincipalClass.values()) {
            principals.put(c, c.defaultPrincipal(tenant));
        }
        return new PrincipalMapping(principals, Map.of());
    }

    /** This mapping with one principal replaced; a null or blank value keeps the current one. */
    public PrincipalMapping withPrincipal(PrincipalClass c, String principal) throws InvalidProvisionSettingsException {
        if (principal == null || principal.isBlank()) {
            return this;
        }
        String trimmed = principal.trim();
        checkPrincipal(trimmed, "principal '" + principal + "' for " + c.yamlName(), c.defaultPrincipal());
        Map<PrincipalClass, String> copy = new EnumMap<>(principals);
        copy.put(c, trimmed);
        return new PrincipalMapping(copy, groupPrefixes);
    }

    /** Refuses a principal not of the form {@code Type:name}. */
    static void checkPrincipal(String principal, String what, String example) throws InvalidProvisionSettingsException {
        if (!PRINCIPAL.matcher(principal).matches()) {
            throw new InvalidProvisionSettingsException(what + " must have the form Type:name, e.g. " + example);
        }
    }

    /** This mapping with one group prefix set; a null or blank value keeps the current one. */
    public PrincipalMapping withGroupPrefix(PrincipalClass c, String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return this;
        }
        Map<PrincipalClass, String> copy = new EnumMap<>(PrincipalClass.class);
        copy.putAll(groupPrefixes);
        copy.put(c, prefix.trim());
        return new PrincipalMapping(principals, copy);
    }

    public String principal(PrincipalClass c) {
        return principals.get(c);
    }

    /** The group prefix the class is limited to, if one is configured. */
    public Optional<String> groupPrefix(PrincipalClass c) {
        return Optional.ofNullable(groupPrefixes.get(c));
    }
}
