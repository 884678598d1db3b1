package io.onex.plugin.mojo;

import io.onex.plugin.core.GoalResult;
import io.onex.plugin.migration.CutoverSettings;
import io.onex.plugin.migration.MigrationCutoverGoal;
import io.onex.plugin.provision.ClusterAccessException;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Moves a consumer group from the legacy topics to its section 9 group {@code [<tenant>.]<service>-onex-v1} on the
 * ONEX topics: seeds the new group's committed offsets from the legacy group's by event id, so the moved consumers
 * neither process an event again nor skip one. {@code plan} (the default) prints the positions, {@code apply} commits
 * them. Runs without a project: {@code mvn io.onex:onex-maven-plugin:<version>:migration-cutover
 * -Donex.bootstrapServers=host:port -Donex.migration.legacyGroup=registry-introspection}.
 */
@Mojo(name = "migration-cutover", threadSafe = true, requiresProject = false)
public final class MigrationCutoverMojo extends MigrationMojo {

    /** The consumer group that reads the legacy topics.
     * @since 1.1.0 */
    @Parameter(property = "onex.migration.legacyGroup", required = true)
    String legacyGroup;
    /** The service whose group {@code [<tenant>.]<service>-onex-v1} is seeded; default: the legacy group's name.
     * @since 1.1.0 */
    @Parameter(property = "onex.migration.service")
    String service;
    /** {@code plan} prints the positions and commits nothing; {@code apply} commits them.
     * @since 1.1.0 */
    @Parameter(property = "onex.migration.mode", defaultValue = "plan")
    String mode;
    /** Go ahead while the legacy group still has members (what they process meanwhile is processed again), or
     * seed at the end of an ONEX partition whose legacy twin holds no record to translate from.
     * @since 1.1.0 */
    @Parameter(property = "onex.migration.force", defaultValue = "false")
    boolean force;
    /** How much earlier than its legacy copy an event's ONEX copy may have been written, an ISO-8601 duration.
     * @since 1.1.0 */
    @Parameter(property = "onex.migration.margin", defaultValue = CutoverSettings.DEFAULT_MARGIN)
    String margin;

    @Inject
    public MigrationCutoverMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    String goal() {
        return "migration-cutover";
    }

    @Override
    GoalResult run() throws MojoFailureException, MojoExecutionException {
        try {
            return new MigrationCutoverGoal().run(Parameters.catalog(catalog), basedir(), new CutoverSettings(
                    connection(), legacyGroup, Optional.ofNullable(service), mode, force, margin));
        } catch (ClusterAccessException e) {
            throw new MojoExecutionException("migration-cutover against " + bootstrapServers + " failed: "
                    + e.getMessage(), e);
        }
    }
}
