package io.onex.plugin.mojo;

import io.onex.plugin.core.CatalogLoader;
import io.onex.plugin.core.CatalogSource;
import io.onex.plugin.core.Loaded;
import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Diagnostic;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** Loads the catalog the provision goal works from: a folder, or the canonical onex-schemas on the plugin's class path. */
final class ProvisionCatalog {

    private ProvisionCatalog() {
    }

    static Catalog load(File folder, Log log) throws MojoFailureException {
        CatalogSource source = folder == null ? CatalogSource.canonical() : new CatalogSource.Directory(folder.toPath());
        Loaded<Catalog> loaded = CatalogLoader.load(source, Path.of("").toAbsolutePath());
        // Catalog warnings (legacy names) are the validate goal's business; here they would only be noise.
        loaded.diagnostics().stream().filter(d -> !d.isError()).forEach(d -> log.debug(d.format()));
        Diagnostics.log(log, loaded.diagnostics().stream().filter(Diagnostic::isError).toList());
        if (loaded.hasErrors()) {
            throw new MojoFailureException(Diagnostics.failureMessage(
                    loaded.diagnostics().stream().filter(Diagnostic::isError).count(), 0, false));
        }
        return loaded.value();
    }
}
