package io.onex.plugin.mojo;

import io.onex.plugin.core.CatalogSource;
import io.onex.plugin.core.GenerateCore;
import io.onex.plugin.core.GenerateRequest;
import io.onex.plugin.core.GenerateResult;
import io.onex.plugin.generate.GenerationOptions;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates typed Java code from the ONEX catalog and the node contracts: payload records,
 * codecs, {@code EnumONEXTopic} and serdes (with {@code generateCatalogTypes}, as the SDK does),
 * and a publisher and subscriber per {@code contract.yaml}. Adds the output folder as a source root.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /**
     * Folder holding {@code topics.yaml} and the schemas. Default: the canonical catalog of the
     * {@code onex-schemas} artifact on the plugin's classpath.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.catalog")
    File catalog;

    /**
     * Contract files or folders. Below a folder, files named {@code contract.yaml} or
     * {@code *.contract.yaml} are read; other YAML files there draw a warning. Default:
     * {@code src/main/onex} when it exists.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.contracts")
    List<File> contracts;

    /**
     * Where the sources are generated; the folder is owned by this goal (stale files are removed).
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/onex")
    File outputDirectory;

    /**
     * Also generate the catalog's records, codecs, topic constants and serdes. Node projects
     * take these from {@code onex-generated-sdk} and leave this off.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.generateCatalogTypes", defaultValue = "false")
    boolean generateCatalogTypes;

    /**
     * Package of the catalog types.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.catalogPackage", defaultValue = GenerationOptions.DEFAULT_CATALOG_PACKAGE)
    String catalogPackage;

    /**
     * Package of the generated publishers and subscribers.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.contractPackage", defaultValue = GenerationOptions.DEFAULT_CONTRACT_PACKAGE)
    String contractPackage;

    /**
     * Fail the build on warnings (such as legacy topic names), not only on errors.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /**
     * Skip the goal.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    @Parameter(defaultValue = "${mojoExecution.executionId}", readonly = true)
    String executionId;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("ONEX generate skipped (onex.skip)");
            return;
        }
        long start = System.nanoTime();
        File base = project.getBasedir();
        List<java.nio.file.Path> contractPaths = new ArrayList<>();
        if (contracts == null || contracts.isEmpty()) {
            File defaults = new File(base, "src/main/onex");
            if (defaults.exists()) {
                contractPaths.add(defaults.toPath());
            }
        } else {
            contracts.forEach(f -> contractPaths.add(f.toPath()));
        }
        GenerateRequest request = new GenerateRequest(
                catalog == null ? CatalogSource.canonical() : new CatalogSource.Directory(catalog.toPath()),
                contractPaths,
                outputDirectory.toPath(),
                new File(project.getBuild().getDirectory(),
                        "onex-maven-plugin/generate-" + (executionId == null ? "default" : executionId) + ".sha256").toPath(),
                new GenerationOptions(catalogPackage, contractPackage, generateCatalogTypes),
                failOnWarning,
                base.toPath(),
                pluginVersion == null ? "unknown" : pluginVersion);
        GenerateResult result;
        try {
            result = GenerateCore.run(request);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("ONEX generate failed unexpectedly: " + e.getMessage(), e);
        }
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        Diagnostics.log(getLog(), result.diagnostics());
        long millis = (System.nanoTime() - start) / 1_000_000;
        switch (result.status()) {
            case UP_TO_DATE -> getLog().info("ONEX sources are up to date: nothing changed since the last run (" + millis + " ms)");
            case GENERATED -> getLog().info(String.format("ONEX generate: %d files written, %d unchanged, %d deleted from %d inputs"
                    + " (%d warnings, %d ms)", result.written().size(), result.unchanged(), result.deleted().size(),
                    result.inputs(), result.warningCount(), millis));
            case FAILED -> throw new MojoFailureException(Diagnostics.failureMessage(result.errorCount(), result.warningCount(),
                    failOnWarning));
        }
    }
}
