package io.onex.plugin.mojo;

import io.onex.plugin.core.CatalogSource;
import io.onex.plugin.core.TopicTable;
import io.onex.plugin.core.Validation;
import io.onex.plugin.core.ValidationRequest;
import io.onex.plugin.core.ValidationResult;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the ONEX catalog, its JSON Schemas and the node contracts without generating anything, reporting every
 * problem javac-style. Runs without a project too:
 * {@code mvn io.onex:onex-maven-plugin:<version>:validate -Donex.contracts=path/to/contract.yaml}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public final class ValidateMojo extends AbstractMojo {

    /**
     * The folder holding {@code topics.yaml} and the schemas it names. When not set, the canonical catalog of the
     * {@code onex-schemas} artifact on the plugin's class path is used.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.catalog")
    private File catalog;

    /**
     * Contract files or folders; folders are searched for {@code contract.yaml} and {@code *.contract.yaml}.
     * When not set, {@code ${project.basedir}/src/main/onex} is used if it exists. A path given here that does
     * not exist is an error.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.contracts")
    private List<File> contracts;

    /**
     * Fail the build on warnings (such as legacy topic names) as well as on errors.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /**
     * Skip the goal.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.skip", defaultValue = "false")
    private boolean skip;

    /** The project folder: home of the default contracts folder and base of the paths in diagnostics. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("ONEX validate: skipped (onex.skip)");
            return;
        }
        ValidationResult result;
        try {
            result = Validation.run(request()); // user mistakes come back as diagnostics, never as exceptions
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Unexpected failure while validating ONEX inputs: " + e, e);
        }
        Diagnostics.log(getLog(), result.diagnostics());
        getLog().info(summary(result));
        if (result.catalog() != null) {
            TopicTable.render(result.catalog()).forEach(getLog()::info);
        }
        if (result.errorCount() > 0 || failOnWarning && result.warningCount() > 0) {
            throw new MojoFailureException(
                    Diagnostics.failureMessage(result.errorCount(), result.warningCount(), failOnWarning));
        }
    }

    private ValidationRequest request() {
        Path base = basedir == null ? Path.of("").toAbsolutePath() : basedir.toPath();
        CatalogSource source = catalog == null ? CatalogSource.canonical() : new CatalogSource.Directory(catalog.toPath());
        List<Path> paths;
        if (contracts != null && !contracts.isEmpty()) {
            paths = contracts.stream().map(File::toPath).toList();
        } else {
            Path defaultFolder = base.resolve("src/main/onex");
            paths = Files.isDirectory(defaultFolder) ? List.of(defaultFolder) : List.of();
        }
        return new ValidationRequest(source, paths, base);
    }

    private String summary(ValidationResult result) {
        String topics = result.catalog() == null ? "catalog not loaded"
                : count(result.catalog().topics().size(), "topic");
        String contractCount = result.contracts() == null ? count(result.contractFiles(), "contract file")
                : count(result.contracts().size(), "contract");
        return "ONEX validate: " + topics + ", " + contractCount + ", " + count(result.inputs().size(), "file")
                + " read: " + count(result.errorCount(), "error") + ", " + count(result.warningCount(), "warning");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
