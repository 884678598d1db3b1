package io.onex.plugin.mojo;

import io.onex.plugin.compat.CompatibilityCheck.Baseline;
import io.onex.plugin.compat.CompatibilityCheck;
import io.onex.plugin.compat.CompatibilityReport;
import io.onex.plugin.compat.Snapshots;
import io.onex.plugin.model.CompatibilityLevel;
import io.onex.plugin.registry.RegistryConnection;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
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
public final class CheckCompatibilityMojo extends AbstractMojo {

    /**
     * The baseline: a folder, a jar, {@code groupId:artifactId:version}, or {@code registry}. By default the newest
     * released io.onex:onex-schemas older than this plugin (every older release for transitive levels).
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.baseline")
    private String baseline;

    /**
     * A plain folder of JSON Schema files to check instead of a catalog, paired with the baseline by relative path.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.schemas")
    private File schemas;

    /**
     * The folder holding {@code topics.yaml}; by default the canonical catalog of onex-schemas.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.catalog")
    private File catalog;

    /**
     * BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE or NONE.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.compatibility", defaultValue = "BACKWARD")
    private String compatibility;

    /**
     * Where the JUnit XML report is written.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.compat.reportDirectory", defaultValue = "${project.build.directory}/onex-compat")
    private File reportDirectory;

    /**
     * Fail the build on a break; otherwise only report it.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.compat.failOnBreak", defaultValue = "true")
    private boolean failOnBreak;

    /**
     * The registry, when {@code baseline} is {@code registry}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.registry.url")
    private String registryUrl;

    /**
     * The registry group, when {@code baseline} is {@code registry}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.registry.groupId", defaultValue = "onex")
    private String groupId;

    /**
     * The settings.xml server with the registry credentials.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.registry.serverId")
    private String serverId;

    /**
     * Skip the goal.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File basedir;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Parameter(defaultValue = "${settings}", readonly = true)
    private Settings settings;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
    private RepositorySystemSession session;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
    private List<RemoteRepository> repositories;

    @Component
    private RepositorySystem repositorySystem;

    @Component
    private SettingsDecrypter decrypter;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("ONEX check-compatibility: skipped (onex.skip)");
            return;
        }
        CompatibilityLevel level = CompatibilityLevel.parse(compatibility).orElseThrow(() -> new MojoFailureException(
                "onex.compatibility '" + compatibility + "' is not a level; use one of " + CompatibilityLevel.names()));
        Baseline resolved;
        if ("registry".equalsIgnoreCase(baseline)) {
            if (registryUrl == null) {
                throw new MojoFailureException("onex.baseline=registry needs onex.registry.url");
            }
            resolved = new Baseline.Registry(new RegistryConnection(registryUrl,
                    Credentials.resolve(serverId, settings, decrypter, System.getenv())), groupId);
        } else {
            BaselineResolver resolver = new BaselineResolver(repositorySystem, session, repositories, getLog());
            Optional<Baseline.Files> files = resolver.resolve(baseline, pluginVersion, level.transitive());
            if (files.isEmpty()) {
                return; // the resolver said why at INFO
            }
            resolved = files.get();
        }
        Path base = basedir == null ? Path.of("").toAbsolutePath() : basedir.toPath();
        Optional<Path> current = Optional.ofNullable(schemas != null ? schemas : catalog).map(File::toPath);
        Path reports = reportDirectory != null ? reportDirectory.toPath() : base.resolve("target/onex-compat");
        CompatibilityCheck.Outcome outcome;
        try {
            outcome = CompatibilityCheck.run(new CompatibilityCheck.Request(level, current, resolved, reports, base));
        } catch (Snapshots.SnapshotException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (Exception e) {
            throw new MojoExecutionException("Unexpected failure while checking compatibility: " + e, e);
        }
        List<String> lines = CompatibilityReport.consoleLines(outcome.result());
        lines.subList(0, lines.size() - 1).forEach(getLog()::error);
        getLog().info("ONEX check-compatibility: " + lines.get(lines.size() - 1) + "; report " + outcome.junitReport());
        if (outcome.result().hasBreaks() && failOnBreak) {
            throw new MojoFailureException(outcome.result().findings().size() + " breaking change(s) at " + level
                    + "; see above and " + outcome.junitReport());
        }
    }
}
