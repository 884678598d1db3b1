package io.onex.plugin.mojo;

import io.onex.plugin.core.GoalResult;
import io.onex.plugin.core.ProjectRequest;
import io.onex.plugin.registry.Registration;
import io.onex.plugin.registry.RegistryAccessException;
import java.io.File;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Registers each topic's value schema (the envelope carrying the topic's payload, references inlined) in an
 * Apicurio Registry as artifact {@code <topic>-value} of type JSON, sets the COMPATIBILITY rule on each artifact
 * and adds a version only when the content changed. A version the registry refuses fails the build with the
 * registry's reasons. {@code mvn io.onex:onex-maven-plugin:<version>:register -Donex.registry.url=...}
 */
@Mojo(name = "register", threadSafe = true, requiresProject = false)
public final class RegisterMojo extends RegistryMojo {

    /**
     * The COMPATIBILITY rule set on every artifact: NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD,
     * FORWARD_TRANSITIVE, FULL or FULL_TRANSITIVE.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.compatibility", defaultValue = "BACKWARD")
    String compatibility;

    /**
     * Print the plan (new artifacts, new versions, unchanged, would be refused) and change nothing.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.registry.dryRun", defaultValue = "false")
    boolean dryRun;

    /**
     * The folder holding {@code topics.yaml}; by default the canonical catalog of onex-schemas.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.catalog")
    File catalog;

    @Inject
    public RegisterMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    String goal() {
        return "register";
    }

    @Override
    GoalResult run() throws MojoExecutionException {
        try {
            return Registration.run(new Registration.Request(ProjectRequest.catalogOnly(Parameters.catalog(catalog),
                    basedir()), registrySettings(), compatibility, dryRun));
        } catch (RegistryAccessException e) {
            throw new MojoExecutionException("ONEX register: " + e.getMessage(), e);
        }
    }
}
