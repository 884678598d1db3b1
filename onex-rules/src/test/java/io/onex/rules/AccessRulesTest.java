package io.onex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onex.rules.AccessPolicy.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Access rules of section 12")
class AccessRulesTest {

    @Test
    @DisplayName("grant prefixes exactly as the section 12 table and its rpk example do")
    void prefixGrants() {
        List<String> granted = new ArrayList<>();
        for (PrincipalClass c : PrincipalClass.values()) {
            for (Operation op : Operation.values()) {
                for (String domain : List.of(AccessPolicy.ALL_DOMAINS, "node", "registry", "infra")) {
                    if (AccessPolicy.grantsPrefix(c, op, domain)) {
                        granted.add(c.shortName() + " " + op + " " + AccessPolicy.domainPrefix(domain));
                    }
                }
            }
        }
        assertThat(granted).containsExactlyInAnyOrder(
                "node WRITE onex.node.", "node READ onex.registry.",
                "registry WRITE onex.registry.", "registry READ onex.node.",
                "infra WRITE onex.infra.",
                "observability READ onex.infra.", "observability READ onex.");
    }

    @Test
    @DisplayName("name default principals after the tenant, so two tenants' defaults never meet")
    void defaultPrincipals() {
        assertThat(PrincipalClass.NODE_SERVICES.defaultPrincipal()).isEqualTo("User:node-service");
        assertThat(PrincipalClass.OBSERVABILITY.defaultPrincipal(Optional.of(new Tenant("tenant-a"))))
                .isEqualTo("User:tenant-a.observability");
        assertThat(PrincipalClass.REGISTRY_SERVICES.defaultPrincipal(Optional.of(new Tenant("t1"))))
                .isNotEqualTo(PrincipalClass.REGISTRY_SERVICES.defaultPrincipal(Optional.of(new Tenant("t2"))));
    }

    @Test
    @DisplayName("give a node's groups one prefix covering its own and its instances' groups")
    void nodeGroups() {
        String prefix = ConsumerGroups.nodeGroupPrefix("registry-effect", Optional.of(new Tenant("t")));
        assertThat(prefix).isEqualTo("t.registry-effect-");
        assertThat(ConsumerGroups.groupId("registry-effect", Optional.of(new Tenant("t")))).startsWith(prefix);
        assertThat(ConsumerGroups.groupId("registry-effect-001", Optional.of(new Tenant("t")))).startsWith(prefix);
        assertThat(ConsumerGroups.groupId("registry-effect", Optional.empty())).doesNotStartWith(prefix);
        assertThat(ConsumerGroups.groupId("registry-effector", Optional.of(new Tenant("t")))).doesNotStartWith(prefix);
        assertThatThrownBy(() -> ConsumerGroups.nodeGroupPrefix(" ", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    }
}
