package io.onex.plugin.mojo;

import io.onex.plugin.core.CatalogSource;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The defaults of the parameters several goals share, so each goal reads them the same way. */
final class Parameters {

    private Parameters() {
    }

    /** {@code onex.catalog}: the folder given, or the canonical catalog of onex-schemas on the plugin's class path. */
    static CatalogSource catalog(File folder) {
        return folder == null ? CatalogSource.canonical() : new CatalogSource.Directory(folder.toPath());
    }

    /** {@code onex.contracts}: the paths given, or {@code src/main/onex} below the base folder when it exists. */
    static List<Path> contracts(List<File> given, Path basedir) {
        if (given != null && !given.isEmpty()) {
            return given.stream().map(File::toPath).toList();
        }
        Path defaultFolder = basedir.resolve("src/main/onex");
        return Files.isDirectory(defaultFolder) ? List.of(defaultFolder) : List.of();
    }
}
