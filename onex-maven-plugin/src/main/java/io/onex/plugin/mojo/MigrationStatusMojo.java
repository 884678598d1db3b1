package io.onex.plugin.mojo;

import io.onex.plugin.core.GoalResult;
import io.onex.plugin.migration.MigrationStatusGoal;
import io.onex.plugin.migration.StatusSettings;
import io.onex.plugin.provision.ClusterAccessException;
import java.io.File;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Tells which phase of spec section 9 a cluster is in and what to do next: for each legacy/ONEX topic pair whether
 * both exist, whether dual publishing is complete (the events of a window compared by {@code event_id}), which
 * consumer groups read which side, and with {@code -Donex.migration.step=...} whether a step is safe now (the goal
 * fails when it is not). Runs without a project:
 * {@code mvn io.onex:onex-maven-plugin:<version>:migration-status -Donex.bootstrapServers=host:port}.
 */
@Mojo(name = "migration-status", threadSafe = true, requiresProject = false)
public final class MigrationStatusMojo extends MigrationMojo {

    /** How far back events are sampled and compared, an ISO-8601 duration.
     * @since 1.1.0 */
    @Parameter(property = "onex.migration.window", defaultValue = StatusSettings.DEFAULT_WINDOW)
    String window;
    /** Events younger than this are not judged: their copy may still be on its way to the other topic.
     * @since 1.1.0 */
    @Parameter(property = "onex.migration.grace", defaultValue = StatusSettings.DEFAULT_GRACE)
    String grace;
    /** A step to check: {@code dual}, {@code cutover}, {@code stop-dual} or {@code deprecate}; the goal fails,
     * saying why, when it is not safe now.
     * @since 1.1.0 */
    @Parameter(property = "onex.migration.step")
    String step;
    /** Where the JSON report is written.
     * @since 1.1.0 */
    @Parameter(property = "onex.migration.report",
            defaultValue = "${project.build.directory}/onex-migration/status.json")
    File report;

    @Inject
    public MigrationStatusMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    String goal() {
        return "migration-status";
    }

    @Override
    GoalResult run() throws MojoFailureException, MojoExecutionException {
        try {
            return new MigrationStatusGoal().run(Parameters.catalog(catalog), basedir(), new StatusSettings(
                    connection(), window, grace, Optional.ofNullable(step), path(report)));
        } catch (ClusterAccessException e) {
            throw new MojoExecutionException("migration-status against " + bootstrapServers + " failed: "
                    + e.getMessage(), e);
        }
    }
}
