package io.onex.plugin.mojo;

import io.onex.plugin.core.GenerateCore;
import io.onex.plugin.core.GenerateRequest;
import io.onex.plugin.core.GenerateResult;
import io.onex.plugin.core.GoalResult;
import io.onex.plugin.generate.GenerationOptions;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates typed Java code from the ONEX catalog and the node contracts: payload records,
 * codecs, {@code EnumONEXTopic} and serdes (with {@code generateCatalogTypes}, as the SDK does),
 * and a publisher and subscriber per {@code contract.yaml}. Adds the output folder as a source root.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true, requiresProject = false)
public class GenerateMojo extends OnexMojo {

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

    /** The project; without a POM Maven's stand-in, whose build folder is {@code target} below the working directory. */
    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    @Parameter(defaultValue = "${mojoExecution.executionId}", readonly = true)
    String executionId;

    @Override
    String goal() {
        return "generate";
    }

    @Override
    boolean failOnWarning() {
        return failOnWarning;
    }

    @Override
    Path basedir() {
        return project == null || project.getBasedir() == null ? super.basedir() : project.getBasedir().toPath();
    }

    @Override
    GoalResult run() {
        Path base = basedir();
        Path build = project == null ? base.resolve("target") : path(new File(project.getBuild().getDirectory()));
        Path output = outputDirectory == null ? build.resolve("generated-sources/onex") : path(outputDirectory);
        GenerateRequest request = new GenerateRequest(
                Parameters.catalog(catalog),
                Parameters.contracts(contracts, base),
                output,
                build.resolve("onex-maven-plugin/generate-" + (executionId == null ? "default" : executionId)
                        + ".sha256"),
                new GenerationOptions(catalogPackage, contractPackage, generateCatalogTypes),
                failOnWarning,
                base,
                pluginVersion == null ? "unknown" : pluginVersion);
        GenerateResult result = GenerateCore.run(request);
        if (project != null) {
            project.addCompileSourceRoot(output.toAbsolutePath().toString());
        }
        return result;
    }
}
