package io.onex.plugin.mojo;

import io.onex.plugin.core.GoalResult;
import io.onex.plugin.model.Diagnostic;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The shape every ONEX goal shares: read and default the parameters, hand one immutable request to the core, and
 * map its {@link GoalResult} to Maven: diagnostics javac-style (errors and warnings), details and one summary line
 * at INFO, {@code BUILD FAILURE} ({@link MojoFailureException}) for the user's mistakes and findings, and a stack
 * trace ({@link MojoExecutionException}) only for a fault of the plugin itself. Every goal also runs without a POM;
 * the working directory then stands in for the project folder.
 */
abstract class OnexMojo extends AbstractMojo {

    /**
     * Skip the goal.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.skip", defaultValue = "false")
    boolean skip;

    /** The project folder; null when the goal runs without a POM. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    /** The goal's name as users type it, e.g. {@code validate}. */
    abstract String goal();

    /** Builds the request from the parameters and runs the core. */
    abstract GoalResult run() throws MojoFailureException, MojoExecutionException;

    /** Whether warnings fail the build too; goals with a {@code failOnWarning} parameter override it. */
    boolean failOnWarning() {
        return false;
    }

    /** The project folder, or the working directory without a POM: the base of relative paths in diagnostics. */
    Path basedir() {
        return basedir == null ? Path.of("").toAbsolutePath() : basedir.toPath().toAbsolutePath();
    }

    /**
     * A path parameter as given. Without a POM, Maven's stand-in project leaves {@code ${project.basedir}} unresolved
     * in defaults such as {@code ${project.build.directory}/...}; it stands for the working directory there.
     */
    final Path path(File parameter) {
        String given = parameter.getPath();
        for (String unresolved : new String[] {"${project.basedir}", "${basedir}"}) {
            int at = given.lastIndexOf(unresolved);
            if (at >= 0) { // Maven may already have put the working directory in front of it
                return basedir().resolve(given.substring(at + unresolved.length()).replaceFirst("^[/\\\\]+", ""));
            }
        }
        return parameter.toPath();
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("ONEX " + goal() + ": skipped (onex.skip)");
            return;
        }
        long start = System.nanoTime();
        GoalResult result;
        try {
            result = run();
        } catch (RuntimeException e) {
            throw new MojoExecutionException("ONEX " + goal() + " failed unexpectedly: " + e.getMessage(), e);
        }
        report(result, Duration.ofNanos(System.nanoTime() - start));
    }

    private void report(GoalResult result, Duration took) throws MojoFailureException {
        for (Diagnostic d : result.diagnostics()) {
            if (d.isError()) {
                getLog().error(d.format());
            } else {
                getLog().warn(d.format());
            }
        }
        result.debugDetails().forEach(getLog()::debug);
        result.details().forEach(getLog()::info);
        getLog().info(result.summary() + " (" + took.toMillis() + " ms)");
        if (!result.failed(failOnWarning())) {
            return;
        }
        long errors = result.errorCount();
        long warnings = result.warningCount();
        if (errors > 0) {
            throw new MojoFailureException(errors + (errors == 1 ? " error" : " errors") + " in ONEX inputs; see above");
        }
        if (failOnWarning() && warnings > 0) {
            throw new MojoFailureException(warnings + (warnings == 1 ? " warning" : " warnings")
                    + " in ONEX inputs and failOnWarning is set; see above");
        }
        // A finding (drift, a compatibility break) is named in the failure itself, as CI shows only that.
        throw new MojoFailureException(String.join(System.lineSeparator(),
                java.util.stream.Stream.concat(java.util.stream.Stream.of(result.summary()),
                        result.details().stream()).toList()));
    }
}
