package io.onex.plugin.mojo;

import io.apicurio.rest.client.error.ApicurioRestClientException;
import io.onex.plugin.compat.Snapshots;
import io.onex.plugin.model.CompatibilityLevel;
import io.onex.plugin.registry.Registration;
import io.onex.plugin.registry.RegistrationResult.Action;
import io.onex.plugin.registry.RegistrationResult;
import io.onex.plugin.registry.RegistryConnection;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Registers each topic's value schema (the envelope carrying the topic's payload, references inlined) in an
 * Apicurio Registry as artifact {@code <topic>-value} of type JSON, sets the COMPATIBILITY rule on each artifact
 * and adds a version only when the content changed. A version the registry refuses fails the build with the
 * registry's reasons. {@code mvn io.onex:onex-maven-plugin:<version>:register -Donex.registry.url=...}
 */
@Mojo(name = "register", threadSafe = true, requiresProject = false)
public final class RegisterMojo extends AbstractMojo {

    /**
     * The registry: its REST v2 root ({@code .../apis/registry/v2}) or the server root.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.registry.url", required = true)
    private String registryUrl;

    /**
     * The artifact group.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.registry.groupId", defaultValue = "onex")
    private String groupId;

    /**
     * The COMPATIBILITY rule set on every artifact: NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD,
     * FORWARD_TRANSITIVE, FULL or FULL_TRANSITIVE.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.compatibility", defaultValue = "BACKWARD")
    private String compatibility;

    /**
     * Print the plan (new artifacts, new versions, unchanged, would be refused) and change nothing.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.registry.dryRun", defaultValue = "false")
    private boolean dryRun;

    /**
     * The settings.xml server holding the registry credentials. Without it, ONEX_REGISTRY_TOKEN or
     * ONEX_REGISTRY_USERNAME/ONEX_REGISTRY_PASSWORD are used when set.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.registry.serverId")
    private String serverId;

    /**
     * The folder holding {@code topics.yaml}; by default the canonical catalog of onex-schemas.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.catalog")
    private File catalog;

    /**
     * Skip the goal.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File basedir;

    @Parameter(defaultValue = "${settings}", readonly = true)
    private Settings settings;

    @Component
    private SettingsDecrypter decrypter;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("ONEX register: skipped (onex.skip)");
            return;
        }
        CompatibilityLevel level = CompatibilityLevel.parse(compatibility).orElseThrow(() -> new MojoFailureException(
                "onex.compatibility '" + compatibility + "' is not a level; use one of " + CompatibilityLevel.names()));
        RegistryConnection connection = new RegistryConnection(registryUrl,
                Credentials.resolve(serverId, settings, decrypter, System.getenv()));
        getLog().debug("ONEX register: " + connection.url() + " with " + connection.credentials().describe());
        RegistrationResult result;
        try {
            result = Registration.run(new Registration.Request(Optional.ofNullable(catalog).map(File::toPath),
                    basedir == null ? Path.of("").toAbsolutePath() : basedir.toPath(), connection, groupId, level,
                    dryRun));
        } catch (Snapshots.SnapshotException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (ApicurioRestClientException e) {
            throw new MojoExecutionException("Registry " + connection.url() + " failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Unexpected failure while registering schemas in " + connection.url()
                    + ": " + e, e);
        }
        String verb = dryRun ? "would be " : "";
        for (RegistrationResult.TopicOutcome t : result.topics()) {
            String line = t.topic() + " -> " + result.groupId() + "/" + t.artifactId() + ": " + verb
                    + t.action().name().toLowerCase().replace('_', ' ')
                    + t.version().map(v -> " (version " + v + ")").orElse("")
                    + t.ruleChange().map(r -> ", COMPATIBILITY " + r).orElse("");
            if (t.action() == Action.REJECTED) {
                getLog().error(line + ": " + String.join("; ", t.reasons()));
            } else if (t.action() == Action.UNCHANGED && t.ruleChange().isEmpty()) {
                getLog().debug(line);
            } else {
                getLog().info(line);
            }
        }
        getLog().info("ONEX register" + (dryRun ? " (dry run, nothing changed)" : "") + ": " + result.summary()
                + " in " + connection.url() + " group " + result.groupId());
        if (result.hasRejections()) {
            throw new MojoFailureException("the registry refused " + result.count(Action.REJECTED)
                    + " schema(s) at " + level + "; see the reasons above");
        }
    }
}
