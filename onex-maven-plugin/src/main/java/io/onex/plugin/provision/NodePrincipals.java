package io.onex.plugin.provision;

import io.onex.rules.Tenant;
import java.util.Objects;
import java.util.Optional;

/**
 * How the per-contract ACL model names the principal of a node: a template in which {@code {node}} stands for the
 * contract's {@code meta.name} and {@code {tenant}} for the tenant id. The default is {@code User:{node}}, and
 * {@code User:{tenant}.{node}} with a tenant, so that the same node of two tenants runs under two principals.
 *
 * @param template e.g. {@code User:{node}}
 * @param tenant the tenant {@code {tenant}} stands for, if any
 */
public record NodePrincipals(String template, Optional<Tenant> tenant) {

    /** What stands for the contract's {@code meta.name}. */
    public static final String NODE = "{node}";
    /** What stands for the tenant id. */
    public static final String TENANT = "{tenant}";

    public NodePrincipals {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(tenant, "tenant");
    }

    /** The default template of a tenant. */
    public static NodePrincipals defaults(Optional<Tenant> tenant) {
        return new NodePrincipals(tenant.isPresent() ? "User:" + TENANT + "." + NODE : "User:" + NODE, tenant);
    }

    /**
     * A configured template; blank keeps the default.
     *
     * @throws InvalidProvisionSettingsException when it lacks {@code {node}}, uses {@code {tenant}} without a tenant, or
     *     does not make a principal of the form {@code Type:name}
     */
    public static NodePrincipals of(String template, Optional<Tenant> tenant) throws InvalidProvisionSettingsException {
        if (template == null || template.isBlank()) {
            return defaults(tenant);
        }
        String trimmed = template.trim();
        String where = "node principal template '" + template + "' (onex.provision.nodePrincipal)";
        if (!trimmed.contains(NODE)) {
            throw new InvalidProvisionSettingsException(where + " must contain " + NODE
                    + ", which stands for the contract's meta.name, e.g. User:" + NODE);
        }
        if (trimmed.contains(TENANT) && tenant.isEmpty()) {
            throw new InvalidProvisionSettingsException(where + " uses " + TENANT + " but no tenant prefix is set"
                    + " (onex.tenantPrefix)");
        }
        PrincipalMapping.checkPrincipal(trimmed.replace(NODE, "node").replace(TENANT, "tenant"), where,
                "User:" + NODE);
        return new NodePrincipals(trimmed, tenant);
    }

    /** The principal of the node named {@code nodeName}. */
    public String principal(String nodeName) {
        return template.replace(NODE, nodeName).replace(TENANT, tenant.map(Tenant::id).orElse(""));
    }
}
