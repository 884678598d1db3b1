package io.onex.plugin.mojo;

import io.onex.plugin.core.GoalResult;
import io.onex.plugin.core.ProjectRequest;
import io.onex.plugin.core.Validation;
import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the ONEX catalog, its JSON Schemas and the node contracts without generating anything, reporting every
 * problem javac-style. Runs without a project too:
 * {@code mvn io.onex:onex-maven-plugin:<version>:validate -Donex.contracts=path/to/contract.yaml}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public final class ValidateMojo extends OnexMojo {

    /**
     * The folder holding {@code topics.yaml} and the schemas it names. When not set, the canonical catalog of the
     * {@code onex-schemas} artifact on the plugin's class path is used.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.catalog")
    File catalog;

    /**
     * Contract files or folders; folders are searched for {@code contract.yaml} and {@code *.contract.yaml}.
     * When not set, {@code ${project.basedir}/src/main/onex} is used if it exists. A path given here that does
     * not exist is an error.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.contracts")
    List<File> contracts;

    /**
     * Fail the build on warnings (such as legacy topic names) as well as on errors.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    @Override
    String goal() {
        return "validate";
    }

    @Override
    boolean failOnWarning() {
        return failOnWarning;
    }

    @Override
    GoalResult run() {
        return Validation.run(new ProjectRequest(Parameters.catalog(catalog), Parameters.contracts(contracts,
                basedir()), basedir()));
    }
}
