package io.onex.plugin.provision;

import io.onex.plugin.model.Contract;
import io.onex.rules.Tenant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whom provisioning grants what: the tenant, the principals of the classes, which ACL model, and whether the legacy
 * topics of section 9 are provisioned.
 *
 * @param tenant the tenant whose topics, groups and default principals these are (section 12), if any
 * @param mapping the principal of each class, and any group prefixes
 * @param model class-wide ACLs from the catalog, or per-node ACLs from contracts
 * @param contracts the node contracts of {@link AclModel#CONTRACTS}; empty otherwise
 * @param nodePrincipals how a contract's node name becomes its principal ({@link AclModel#CONTRACTS})
 * @param legacyTopics whether the legacy names of section 9 are provisioned beside the canonical ones (every
 *     {@link io.onex.rules.MigrationPhase} but the last)
 */
public record AccessSettings(Optional<Tenant> tenant, PrincipalMapping mapping, AclModel model,
        List<Contract> contracts, NodePrincipals nodePrincipals, boolean legacyTopics) {

    public AccessSettings {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(model, "model");
        contracts = List.copyOf(contracts);
        Objects.requireNonNull(nodePrincipals, "nodePrincipals");
    }

    /** The defaults: class-wide ACLs with the default principals of the tenant, legacy topics included. */
    public static AccessSettings defaults(Optional<Tenant> tenant) {
        return new AccessSettings(tenant, PrincipalMapping.defaults(tenant), AclModel.CATALOG, List.of(),
                NodePrincipals.defaults(tenant), true);
    }

    /** These settings with per-node ACLs from the contracts. */
    public AccessSettings withContracts(List<Contract> nodeContracts) {
        return new AccessSettings(tenant, mapping, AclModel.CONTRACTS, nodeContracts, nodePrincipals, legacyTopics);
    }
}
