package io.onex.plugin.mojo;

import io.onex.plugin.core.GoalResult;
import io.onex.plugin.core.ProjectRequest;
import io.onex.plugin.provision.CatalogProvisioner;
import io.onex.plugin.provision.ClusterAccessException;
import io.onex.plugin.provision.ProvisionSettings;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Makes a Kafka cluster match the catalog's topics and ACLs (spec sections 6-8, 10, 12): {@code plan} shows the
 * changes, {@code apply} makes them, {@code verify} fails on any drift. Runs without a project:
 * {@code mvn io.onex:onex-maven-plugin:<version>:provision -Donex.bootstrapServers=host:port}.
 */
@Mojo(name = "provision", threadSafe = true, requiresProject = false)
public final class ProvisionMojo extends ClusterMojo {

    /** {@code plan} (lists the changes, never makes them), {@code apply} or {@code verify} (fails on any drift).
     * @since 1.0.0 */
    @Parameter(property = "onex.provision.mode", defaultValue = "plan")
    String mode;
    /** Kafka principal of the node services class; default {@code User:node-service}, with a tenant
     * {@code User:<tenant>.node-service} (likewise for the other classes).
     * @since 1.0.0 */
    @Parameter(property = "onex.principal.node")
    String nodePrincipal;
    /** Kafka principal of the registry services class.
     * @since 1.0.0 */
    @Parameter(property = "onex.principal.registry")
    String registryPrincipal;
    /** Kafka principal of the infrastructure services class.
     * @since 1.0.0 */
    @Parameter(property = "onex.principal.infra")
    String infraPrincipal;
    /** Kafka principal of the observability class.
     * @since 1.0.0 */
    @Parameter(property = "onex.principal.observability")
    String observabilityPrincipal;
    /** Consumer group prefix per class, keyed {@code node}, {@code registry}, {@code infra}, {@code observability};
     * a class without one may use every group of its tenant (every group without a tenant).
     * @since 1.0.0 */
    @Parameter
    Map<String, String> groupPrefixes;
    /** {@code catalog}: class-wide ACLs of section 12; {@code contracts}: one principal per node contract with
     * exactly what its contract declares. Default: {@code contracts} when {@link #contracts} are given, else
     * {@code catalog}.
     * @since 1.1.0 */
    @Parameter(property = "onex.provision.aclModel")
    String aclModel;
    /** Node contract files or folders for per-contract ACLs; with {@code aclModel=contracts} and none given,
     * {@code ${project.basedir}/src/main/onex}.
     * @since 1.1.0 */
    @Parameter(property = "onex.contracts")
    List<File> contracts;
    /** How a contract's {@code meta.name} becomes its principal with per-contract ACLs: {@code {node}} stands for
     * the name, {@code {tenant}} for the tenant; default {@code User:{node}}, with a tenant {@code User:{tenant}.{node}}.
     * @since 1.1.0 */
    @Parameter(property = "onex.provision.nodePrincipal")
    String nodePrincipalTemplate;
    /** The migration phase of spec section 9: {@code legacy} (the SDK's default topic mode writes the legacy names),
     * {@code dual}, {@code onex} (the legacy topics and their ACLs stay for a rollback) or {@code deprecated} (they
     * are no longer created or granted, and {@code verify} reports any that remain).
     * @since 1.1.0 */
    @Parameter(property = "onex.migration.phase", defaultValue = "legacy")
    String migrationPhase;
    /** Legacy topics left after deprecation to delete, by name (with {@code migrationPhase=deprecated}): the explicit
     * confirmation that deleting them is intended. Any other name refuses the whole run.
     * @since 1.1.0 */
    @Parameter(property = "onex.provision.deleteTopics")
    List<String> deleteTopics;
    /** Allow adding partitions to keyed topics, which moves keys between partitions.
     * @since 1.0.0 */
    @Parameter(property = "onex.provision.allowPartitionIncrease", defaultValue = "false")
    boolean allowPartitionIncrease;
    /** Leave ACLs alone and handle topics only.
     * @since 1.0.0 */
    @Parameter(property = "onex.provision.skipAcls", defaultValue = "false")
    boolean skipAcls;
    /** Also export the plan as {@code rpk} or {@code kafka-cli} commands; {@code none} for no export.
     * @since 1.0.0 */
    @Parameter(property = "onex.provision.exportFormat", defaultValue = "none")
    String exportFormat;
    /** File the export is written to; when not set, the commands are logged.
     * @since 1.0.0 */
    @Parameter(property = "onex.provision.exportFile")
    File exportFile;
    /** Bound in seconds on every call to the cluster.
     * @since 1.0.0 */
    @Parameter(property = "onex.provision.timeout", defaultValue = "30")
    int timeout;

    @Inject
    public ProvisionMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    String goal() {
        return "provision";
    }

    @Override
    GoalResult run() throws MojoFailureException, MojoExecutionException {
        quietKafkaClients();
        try {
            return new CatalogProvisioner().run(ProjectRequest.catalogOnly(Parameters.catalog(catalog), basedir()),
                    settings());
        } catch (ClusterAccessException e) {
            throw new MojoExecutionException("provision " + mode + " against " + bootstrapServers + " failed: "
                    + e.getMessage(), e);
        }
    }

    /** The contracts given, or the project's default folder when per-contract ACLs are asked for without any. */
    private List<Path> contractPaths() {
        if (contracts != null && !contracts.isEmpty()) {
            return contracts.stream().map(this::path).toList();
        }
        return "contracts".equalsIgnoreCase(aclModel == null ? "" : aclModel.trim())
                ? Parameters.contracts(null, basedir()) : List.of();
    }

    private ProvisionSettings settings() throws MojoFailureException {
        Map<String, String> principals = new HashMap<>();
        principals.put("node", nodePrincipal);
        principals.put("registry", registryPrincipal);
        principals.put("infra", infraPrincipal);
        principals.put("observability", observabilityPrincipal);
        return new ProvisionSettings(bootstrapServers, mode, Optional.ofNullable(tenantPrefix),
                kafkaPropertiesPath(), kafkaProperties, credentials(), principals, groupPrefixes,
                Optional.ofNullable(aclModel), contractPaths(), Optional.ofNullable(nodePrincipalTemplate),
                Optional.ofNullable(migrationPhase), deleteTopics == null ? List.of() : deleteTopics,
                allowPartitionIncrease, skipAcls, exportFormat, Optional.ofNullable(exportFile).map(File::toPath),
                Duration.ofSeconds(timeout));
    }
}
