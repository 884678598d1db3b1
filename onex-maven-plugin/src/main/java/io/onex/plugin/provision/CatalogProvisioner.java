package io.onex.plugin.provision;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.PrincipalClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the {@code provision} goal does, without Maven: checks the settings, derives the desired
 * state from the catalog, runs the provisioner and writes the export.
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
            ExportFormat exportFormat, Optional<Path> exportWrittenTo) {

        /** The lines to show besides the summary: each change planned or made, and an export not written to a file. */
        public List<String> details() {
            List<String> lines = new ArrayList<>();
            if (!result.failed()) {
                String prefix = result.mode() == ProvisionMode.APPLY ? "applied: " : "";
                result.plan().changeLines().forEach(line -> lines.add(prefix + line));
            }
            if (export.isPresent() && exportWrittenTo.isEmpty()) {
                lines.addAll(export.get().lines().toList());
            }
            return lines;
        }

        /** The one summary line, e.g. {@code ONEX provision apply: no changes: the cluster matches the catalog (...)}. */
        public String summary() {
            return "ONEX provision " + result.mode().label() + ": " + result.summary()
                    + exportWrittenTo.map(f -> "; " + exportFormat.label() + " commands written to " + f).orElse("");
        }
    }

    private static PrincipalClass principalClass(String key, String where) throws InvalidProvisionSettingsException {
        return ProvisionSettings.principalClass(key).orElseThrow(() -> new InvalidProvisionSettingsException(
                "unknown principal class '" + key + "' (" + where + key + "); use node, registry, infra or observability"));
    }

    public Output run(Catalog catalog, ProvisionSettings settings)
            throws InvalidProvisionSettingsException, ClusterAccessException, IOException {
        ProvisionMode mode = ProvisionMode.parse(settings.mode());
        ExportFormat format = ExportFormat.parse(settings.exportFormat());
        if (settings.timeout().isNegative() || settings.timeout().isZero()) {
            throw new InvalidProvisionSettingsException("timeout (onex.provision.timeout) must be at least 1 second");
        }
        PrincipalMapping mapping = PrincipalMapping.defaults();
        for (Map.Entry<String, String> principal : settings.principals().entrySet()) {
            mapping = mapping.withPrincipal(principalClass(principal.getKey(), "onex.principal."),
                    principal.getValue());
        }
        for (Map.Entry<String, String> prefix : settings.groupPrefixes().entrySet()) {
            mapping = mapping.withGroupPrefix(principalClass(prefix.getKey(), "groupPrefixes "), prefix.getValue());
        }
        DesiredState desired = CatalogDesiredState.derive(catalog, mapping, settings.tenantPrefix());
        Map<String, String> properties = ClientSettings.assemble(settings.bootstrapServers(),
                settings.kafkaPropertiesFile(), settings.kafkaProperties(), settings.credentials());
        ProvisionResult result = provisioner.run(new ProvisionRequest(desired, mode, properties,
                settings.allowPartitionIncrease(), !settings.skipAcls(), settings.timeout()));
        Optional<String> export = format.exporter().map(exporter -> exporter.export(result.plan()));
        Optional<Path> written = Optional.empty();
        if (export.isPresent() && settings.exportFile().isPresent()) {
            Path file = settings.exportFile().get();
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, export.get(), StandardCharsets.UTF_8);
            written = Optional.of(file);
        }
        return new Output(result, ClientSettings.masked(properties), export, format, written);
    }
}
