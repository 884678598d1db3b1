package io.onex.plugin.provision;

import io.onex.plugin.core.GoalResult;
import io.onex.plugin.core.LoadedProject;
import io.onex.plugin.core.ProjectLoader;
import io.onex.plugin.core.ProjectRequest;
import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Contract;
import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.model.ParameterRule;
import io.onex.plugin.model.SourceLocation;
import io.onex.plugin.write.OutputWriter;
import io.onex.rules.PrincipalClass;
import io.onex.rules.Tenant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the {@code provision} goal does, without Maven: loads the project, checks the settings, derives the desired
 * state from the catalog, runs the provisioner and writes the export. Mistakes in the catalog or in the settings
 * come back as diagnostics; only a cluster that cannot be reached is an exception.
 */
public final class CatalogProvisioner {

    private final Provisioner provisioner;

    public CatalogProvisioner() {
        this(new Provisioner());
    }

    CatalogProvisioner(Provisioner provisioner) {
        this.provisioner = provisioner;
    }

    /**
     * The outcome of a run.
     *
     * @param result what the provisioner found and did
     * @param clientProperties the client properties used, secrets hidden: safe to log
     * @param export the plan as operator commands, when an export format was asked for
     * @param exportFormat the export format
     * @param exportWrittenTo the file the export went to, if one was given
     */
    public record Output(ProvisionResult result, Map<String, String> clientProperties, Optional<String> export,
            ExportFormat exportFormat, Optional<Path> exportWrittenTo) implements GoalResult {

        @Override
        public List<Diagnostic> diagnostics() {
            return List.of();
        }

        @Override
        public boolean findingsFail() {
            return result.failed();
        }

        /** The lines to show besides the summary: each change planned or made, and an export not written to a file. */
        @Override
        public List<String> debugDetails() {
            return List.of("Kafka client properties: " + clientProperties);
        }

        @Override
        public List<String> details() {
            List<String> lines = new ArrayList<>();
            if (result.failed()) {
                lines.addAll(result.problems());
            } else {
                String prefix = result.mode() == ProvisionMode.APPLY ? "applied: " : "";
                result.plan().changeLines().forEach(line -> lines.add(prefix + line));
            }
            if (export.isPresent() && exportWrittenTo.isEmpty()) {
                lines.addAll(export.get().lines().toList());
            }
            return lines;
        }

        /** The one summary line, e.g. {@code ONEX provision apply: no changes: the cluster matches the catalog (...)}. */
        @Override
        public String summary() {
            return "ONEX provision " + result.mode().label() + ": " + result.summary()
                    + exportWrittenTo.map(f -> "; " + exportFormat.label() + " commands written to " + f).orElse("");
        }
    }

    private static PrincipalClass principalClass(String key, String where) throws InvalidProvisionSettingsException {
        return ProvisionSettings.principalClass(key).orElseThrow(() -> new InvalidProvisionSettingsException(
                "unknown principal class '" + key + "' (" + where + key + "); use node, registry, infra or observability"));
    }

    /**
     * The goal's failure before it reached the cluster: the catalog's errors (its warnings are the validate goal's
     * to report), or a setting that cannot work.
     *
     * @param diagnostics what is wrong
     */
    public record Refused(List<Diagnostic> diagnostics) implements GoalResult {
        @Override
        public String summary() {
            return "ONEX provision: nothing done";
        }
    }

    /**
     * Loads the project and provisions the cluster from it.
     *
     * @throws ClusterAccessException when the cluster cannot be reached or refuses the goal's own requests
     */
    public GoalResult run(ProjectRequest project, ProvisionSettings settings) throws ClusterAccessException {
        AclModel model;
        try {
            model = settings.effectiveAclModel();
            if (model == AclModel.CATALOG && !settings.contracts().isEmpty()) {
                throw new InvalidProvisionSettingsException("contracts (onex.contracts) are given but the ACL model is"
                        + " catalog (onex.provision.aclModel); use aclModel contracts for per-node ACLs, or leave the"
                        + " contracts out");
            }
        } catch (InvalidProvisionSettingsException e) {
            return refused(e);
        }
        ProjectRequest request = model == AclModel.CONTRACTS
                ? new ProjectRequest(project.catalog(), settings.contracts(), project.displayBase())
                : ProjectRequest.catalogOnly(project.catalog(), project.displayBase());
        LoadedProject loaded = ProjectLoader.load(request);
        if (loaded.project().isEmpty()) {
            return new Refused(loaded.diagnostics().stream().filter(Diagnostic::isError).toList());
        }
        List<Contract> contracts = loaded.project().get().contracts();
        try {
            return run(loaded.project().get().catalog(), contracts, settings);
        } catch (InvalidProvisionSettingsException e) {
            return refused(e);
        }
    }

    private static Refused refused(InvalidProvisionSettingsException e) {
        return new Refused(List.of(Diagnostic.error(SourceLocation.of("plugin parameters"), "",
                ParameterRule.PROVISION_SETTINGS.id(), e.getMessage())));
    }

    Output run(Catalog catalog, List<Contract> contracts, ProvisionSettings settings)
            throws InvalidProvisionSettingsException, ClusterAccessException {
        ProvisionMode mode = ProvisionMode.parse(settings.mode());
        ExportFormat format = ExportFormat.parse(settings.exportFormat());
        if (settings.timeout().isNegative() || settings.timeout().isZero()) {
            throw new InvalidProvisionSettingsException("timeout (onex.provision.timeout) must be at least 1 second");
        }
        Optional<Tenant> tenant = CatalogDesiredState.tenant(settings.tenantPrefix());
        AclModel model = settings.effectiveAclModel();
        if (model == AclModel.CONTRACTS && contracts.isEmpty()) {
            throw new InvalidProvisionSettingsException("the ACL model is contracts but no contract was found; give"
                    + " the node contracts with onex.contracts=<file or folder>[,...]");
        }
        PrincipalMapping mapping = PrincipalMapping.defaults(tenant);
        for (Map.Entry<String, String> principal : settings.principals().entrySet()) {
            mapping = mapping.withPrincipal(principalClass(principal.getKey(), "onex.principal."),
                    principal.getValue());
        }
        for (Map.Entry<String, String> prefix : settings.groupPrefixes().entrySet()) {
            mapping = mapping.withGroupPrefix(principalClass(prefix.getKey(), "groupPrefixes "), prefix.getValue());
        }
        AccessSettings access = new AccessSettings(tenant, mapping, model,
                model == AclModel.CONTRACTS ? contracts : List.of(),
                NodePrincipals.of(settings.nodePrincipal().orElse(null), tenant),
                settings.effectiveMigrationPhase().legacyTopics());
        DesiredState desired = CatalogDesiredState.derive(catalog, access)
                .confirmDeletion(new java.util.TreeSet<>(settings.deleteTopics()));
        Map<String, String> properties = ClientSettings.assemble(settings.bootstrapServers(),
                settings.kafkaPropertiesFile(), settings.kafkaProperties(), settings.credentials());
        ProvisionResult result = provisioner.run(new ProvisionRequest(desired, mode, properties,
                settings.allowPartitionIncrease(), !settings.skipAcls(), settings.timeout()));
        Optional<String> export = format.exporter().map(exporter -> exporter.export(result.plan()));
        Optional<Path> written = Optional.empty();
        if (export.isPresent() && settings.exportFile().isPresent()) {
            Path file = settings.exportFile().get();
            OutputWriter.writeIfChanged(file, export.get());
            written = Optional.of(file);
        }
        return new Output(result, ClientSettings.masked(properties), export, format, written);
    }
}
