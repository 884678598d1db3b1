package io.onex.plugin.mojo;

import io.onex.plugin.compat.CompatibilityCheck;
import io.onex.plugin.core.GoalResult;
import io.onex.plugin.registry.RegistryAccessException;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * Compares the current catalog and schemas (or a plain folder of JSON Schemas) with a baseline at a
 * compatibility level, with the registry's own verdict plus reader-level and catalog-level checks, and fails on
 * any break. Without a POM: {@code mvn io.onex:onex-maven-plugin:<version>:check-compatibility
 * -Donex.baseline=<dir|jar|groupId:artifactId:version|registry> -Donex.schemas=<dir>}.
 */
@Mojo(name = "check-compatibility", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public final class CheckCompatibilityMojo extends RegistryMojo {

    /**
     * The baseline: a folder, a jar, {@code groupId:artifactId:version}, or {@code registry} (with the
     * {@code onex.registry.*} parameters). By default the newest released io.onex:onex-schemas older than this
     * plugin (every older release for transitive levels).
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.baseline")
    String baseline;

    /**
     * A plain folder of JSON Schema files to check instead of a catalog, paired with the baseline by relative path.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.schemas")
    File schemas;

    /**
     * The folder holding {@code topics.yaml}; by default the canonical catalog of onex-schemas.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.catalog")
    File catalog;

    /**
     * BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE or NONE.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.compatibility", defaultValue = "BACKWARD")
    String compatibility;

    /**
     * Where the JUnit XML report is written; without a POM, {@code target/onex-compat} of the working directory.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.compat.reportDirectory", defaultValue = "${project.build.directory}/onex-compat")
    File reportDirectory;

    /**
     * Fail the build on a break; otherwise only report it.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.compat.failOnBreak", defaultValue = "true")
    boolean failOnBreak;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
    RepositorySystemSession session;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
    List<RemoteRepository> repositories;

    private final RepositorySystem repositorySystem;

    @Inject
    public CheckCompatibilityMojo(SettingsDecrypter decrypter, RepositorySystem repositorySystem) {
        super(decrypter);
        this.repositorySystem = repositorySystem;
    }

    @Override
    String goal() {
        return "check-compatibility";
    }

    @Override
    GoalResult run() throws MojoExecutionException {
        Path reports = reportDirectory != null ? path(reportDirectory) : basedir().resolve("target/onex-compat");
        CompatibilityCheck.Request request = new CompatibilityCheck.Request(compatibility,
                Optional.ofNullable(schemas).map(File::toPath), Parameters.catalog(catalog), baseline,
                registrySettings(), reports, failOnBreak, pluginVersion, basedir());
        try {
            return new CompatibilityCheck(new MavenBaselineArtifacts(repositorySystem, session, repositories))
                    .run(request);
        } catch (RegistryAccessException e) {
            throw new MojoExecutionException("ONEX check-compatibility: " + e.getMessage(), e);
        }
    }
}
