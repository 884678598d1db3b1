package io.onex.plugin.registry;

import io.onex.plugin.compat.SchemaSnapshot;
import io.onex.plugin.compat.Snapshots;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The register goal's core: load the catalog, build the value schemas, register them. */
public final class Registration {

    private Registration() {
    }

    /**
     * @param catalog the folder holding topics.yaml; empty for the canonical catalog of onex-schemas
     * @param displayBase base of the paths shown in diagnostics; may be null
     * @param connection the registry
     * @param request group, level and dry-run flag (its schemas are ignored and built from the catalog)
     */
    public record Request(Optional<Path> catalog, Path displayBase, RegistryConnection connection, String groupId,
            io.onex.plugin.model.CompatibilityLevel compatibility, boolean dryRun) {
        public Request {
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(connection, "connection");
        }
    }

    /**
     * @throws Snapshots.SnapshotException when the catalog has errors
     * @throws io.apicurio.rest.client.error.ApicurioRestClientException when the registry fails unexpectedly
     */
    public static RegistrationResult run(Request request) {
        List<ValueSchema> schemas;
        try (CatalogRoot root = request.catalog().map(CatalogRoot::directory)
                .orElseGet(() -> CatalogRoot.canonical(Registration.class.getClassLoader()))) {
            SchemaSnapshot snapshot = Snapshots.load(root, "current", request.displayBase());
            if (snapshot.catalog().isEmpty()) {
                throw new Snapshots.SnapshotException(root.display() + " holds no topics.yaml", List.of());
            }
            schemas = ValueSchemaAssembler.assemble(root.root(), snapshot.catalog().get());
        }
        RegistrationRequest registration = new RegistrationRequest(request.groupId(), request.compatibility(),
                request.dryRun(), schemas);
        return new SchemaRegistrar(request.connection().open()).register(registration);
    }
}
