package io.onex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A tenant id")
class TenantTest {

    @ParameterizedTest
    @ValueSource(strings = {"tenant-123", "a", "7", "acme_eu-1", "x2"})
    @DisplayName("accepts lowercase letters, digits, '-' and '_' between a letter or digit at each end")
    void accepts(String id) {
        assertThat(Tenant.problem(id)).isEmpty();
        assertThat(new Tenant(id).prefix()).isEqualTo(id + ".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tenant.A", "t_", "_t", "-t", "t-", "tenant.123", "a b", "TENANT", "tenant/1", "é"})
    @DisplayName("refuses anything else, saying what is allowed")
    void refuses(String id) {
        assertThat(Tenant.problem(id)).hasValueSatisfying(p -> assertThat(p).contains("'" + id + "'",
                "lowercase letters, digits, '-' and '_'", "e.g. tenant-123"));
        assertThatThrownBy(() -> new Tenant(id)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("refuses an empty id and one longer than 64 characters")
    void length() {
        assertThat(Tenant.problem("")).hasValue("tenant prefix is empty");
        assertThat(Tenant.problem("a".repeat(64))).isEmpty();
        assertThat(Tenant.problem("a".repeat(65))).hasValueSatisfying(p -> assertThat(p).contains("longer than 64"));
    }

    @Test
    @DisplayName("parses configuration values: blank is none, blanks around and one trailing dot are ignored")
    void parse() {
        assertThat(Tenant.parse(null)).isEmpty();
        assertThat(Tenant.parse("  ")).isEmpty();
        assertThat(Tenant.parse(" tenant-123. ")).hasValue(new Tenant("tenant-123"));
        assertThatThrownBy(() -> Tenant.parse("tenant-123..")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'tenant-123.'");
        assertThat(Tenant.prefixOf(Optional.empty())).isEmpty();
    }
}
