package io.onex.plugin.provision;

import io.onex.rules.PrincipalClass;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which Kafka principal stands for each principal class of the catalog, and the consumer group
 * prefix each may use.
 *
 * @param principals e.g. {@code NODE_SERVICES -> User:node-service}; every class present
 * @param groupPrefixes e.g. {@code NODE_SERVICES -> onex-node-}; every class present; the tenant prefix goes in front
 */
public record PrincipalMapping(Map<PrincipalClass, String> principals, Map<PrincipalClass, String> groupPrefixes) {

    private static final Pattern PRINCIPAL = Pattern.compile("[A-Za-z][A-Za-z0-9]*:\\S+");

    public PrincipalMapping {
        principals = Map.copyOf(principals);
        groupPrefixes = Map.copyOf(groupPrefixes);
        for (PrincipalClass c : PrincipalClass.values()) {
            Objects.requireNonNull(principals.get(c), () -> "no principal for " + c.yamlName());
            Objects.requireNonNull(groupPrefixes.get(c), () -> "no group prefix for " + c.yamlName());
        }
    }

    /** The defaults: {@code User:node-service}, {@code User:registry-service}, {@code User:infra-service}, {@code User:observability}. */
    public static PrincipalMapping defaults() {
        Map<PrincipalClass, String> principals = new EnumMap<>(PrincipalClass.class);
        Map<PrincipalClass, String> groups = new EnumMap<>(PrincipalClass.class);
        for (PrincipalClass c : PrincipalClass.values()) {
            principals.put(c, defaultPrincipal(c));
            groups.put(c, defaultGroupPrefix(c));
        }
        return new PrincipalMapping(principals, groups);
    }

    /** The default principal of a class. */
    public static String defaultPrincipal(PrincipalClass c) {
        return c.defaultPrincipal();
    }

    /** The default consumer group prefix of a class: {@code onex-node-}, {@code onex-registry-}, ... */
    public static String defaultGroupPrefix(PrincipalClass c) {
        return c.defaultGroupPrefix();
    }

    /** This mapping with one principal replaced; a null or blank value keeps the current one. */
    public PrincipalMapping withPrincipal(PrincipalClass c, String principal) throws InvalidProvisionSettingsException {
        if (principal == null || principal.isBlank()) {
            return this;
        }
        String trimmed = principal.trim();
        if (!PRINCIPAL.matcher(trimmed).matches()) {
            throw new InvalidProvisionSettingsException("principal '" + principal + "' for " + c.yamlName()
                    + " must have the form Type:name, e.g. " + defaultPrincipal(c));
        }
        Map<PrincipalClass, String> copy = new EnumMap<>(principals);
        copy.put(c, trimmed);
        return new PrincipalMapping(copy, groupPrefixes);
    }

    /** This mapping with one group prefix replaced; a null or blank value keeps the current one. */
    public PrincipalMapping withGroupPrefix(PrincipalClass c, String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return this;
        }
        Map<PrincipalClass, String> copy = new EnumMap<>(groupPrefixes);
        copy.put(c, prefix.trim());
        return new PrincipalMapping(principals, copy);
    }

    public String principal(PrincipalClass c) {
        return principals.get(c);
    }

    public String groupPrefix(PrincipalClass c) {
        return groupPrefixes.get(c);
    }
}
