package io.onex.plugin.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.plugin.model.Catalog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The canonical catalog of onex-schemas")
class CanonicalCatalogTest {

    @Test
    @DisplayName("loads from the class path without errors")
    void loads() {
        Loaded<Catalog> loaded = CatalogLoader.load(CatalogSource.canonical(), null);
        loaded.diagnostics().forEach(d -> System.out.println(d.format()));
        assertThat(loaded.hasErrors()).isFalse();
        assertThat(loaded.value().topics()).hasSize(12);
        System.out.println(io.onex.plugin.testing.ModelPrinter.print(loaded.value()));
    }
}
