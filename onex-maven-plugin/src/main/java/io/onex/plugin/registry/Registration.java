package io.onex.plugin.registry;

import io.apicurio.rest.client.error.ApicurioRestClientException;
import io.onex.plugin.core.GoalResult;
import io.onex.plugin.core.LoadedProject;
import io.onex.plugin.core.ProjectLoader;
import io.onex.plugin.core.ProjectRequest;
import io.onex.plugin.model.CompatibilityLevel;
import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.registry.RegistrationResult.Action;
import io.onex.plugin.registry.RegistrationResult.TopicOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The register goal without Maven: loads the project, checks the registry parameters, builds each topic's value
 * schema once and registers them. The catalog's errors and the parameters' mistakes come back as diagnostics, a
 * version the registry refuses as a finding; only a registry that cannot be reached is an exception.
 */
public final class Registration {

    private Registration() {
    }

    /**
     * What to register where.
     *
     * @param project the catalog (contracts are not needed)
     * @param registry the registry parameters as given
     * @param compatibility the COMPATIBILITY rule to set on every artifact, as given (checked here)
     * @param dryRun plan only: read the registry, change nothing
     */
    public record Request(ProjectRequest project, RegistrySettings registry, String compatibility, boolean dryRun) {
        public Request {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(registry, "registry");
        }
    }

    /**
     * What a run found and did.
     *
     * @param diagnostics the catalog's errors and the parameters' mistakes; nothing was registered when there are any
     * @param registration what happened to each topic's artifact, when the registry was reached
     * @param connection the registry, when the parameters were usable
     */
    public record Outcome(List<Diagnostic> diagnostics, Optional<RegistrationResult> registration,
            Optional<RegistryConnection> connection) implements GoalResult {

        public Outcome {
            diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
        }

        /** A refused version fails the build (the deploy would fail too). */
        @Override
        public boolean findingsFail() {
            return registration.map(RegistrationResult::hasRejections).orElse(false);
        }

        /** One line per topic that was (or would be) registered, refused or had its rule changed. */
        @Override
        public List<String> details() {
            return lines(false);
        }

        /** The registry and how the goal logs in (never a secret), and each unchanged topic. */
        @Override
        public List<String> debugDetails() {
            List<String> lines = new ArrayList<>();
            connection.ifPresent(c -> lines.add("ONEX register: " + c.url() + " with " + c.credentials().describe()));
            lines.addAll(lines(true));
            return lines;
        }

        private List<String> lines(boolean unchanged) {
            if (registration.isEmpty()) {
                return List.of();
            }
            RegistrationResult result = registration.get();
            String verb = result.dryRun() ? "would be " : "";
            List<String> lines = new ArrayList<>();
            for (TopicOutcome t : result.topics()) {
                if ((t.action() == Action.UNCHANGED && t.ruleChange().isEmpty()) != unchanged) {
                    continue;
                }
                String line = t.topic() + " -> " + result.groupId() + "/" + t.artifactId() + ": " + verb
                        + t.action().name().toLowerCase().replace('_', ' ')
                        + t.version().map(v -> " (version " + v + ")").orElse("")
                        + t.ruleChange().map(r -> ", COMPATIBILITY " + r).orElse("");
                lines.add(t.action() == Action.REJECTED ? line + ": " + String.join("; ", t.reasons()) : line);
            }
            return lines;
        }

        /** e.g. {@code ONEX register: 12 new artifact(s), 0 new version(s), 0 unchanged, 0 rejected in <url> group onex}. */
        @Override
        public String summary() {
            if (registration.isEmpty()) {
                return "ONEX register: nothing registered";
            }
            RegistrationResult result = registration.get();
            return "ONEX register" + (result.dryRun() ? " (dry run, nothing changed)" : "") + ": " + result.summary()
                    + " in " + connection.map(RegistryConnection::url).orElse("?") + " group " + result.groupId();
        }
    }

    /**
     * @throws RegistryAccessException when the registry cannot be reached or fails a request
     */
    public static Outcome run(Request request) throws RegistryAccessException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<CompatibilityLevel> level = CompatibilityLevel.parse(request.compatibility());
        if (level.isEmpty()) {
            RegistrySettings.problem(diagnostics, "onex.compatibility '" + request.compatibility()
                    + "' is not a level; use one of " + CompatibilityLevel.names());
        }
        Optional<RegistryConnection> connection = request.registry().connection(diagnostics);
        LoadedProject loaded = ProjectLoader.load(request.project());
        // the catalog's warnings (legacy names) are the validate goal's to report
        loaded.diagnostics().stream().filter(Diagnostic::isError).forEach(diagnostics::add);
        if (!diagnostics.isEmpty()) {
            return new Outcome(diagnostics, Optional.empty(), connection);
        }
        List<ValueSchema> schemas = ValueSchemas.of(loaded.project().orElseThrow());
        RegistrationRequest registration = new RegistrationRequest(request.registry().groupId(), level.get(),
                request.dryRun(), schemas);
        try {
            return new Outcome(List.of(), Optional.of(new SchemaRegistrar(connection.get().open())
                    .register(registration)), connection);
        } catch (ApicurioRestClientException e) {
            throw RegistryAccessException.of(connection.get().url(), e);
        }
    }
}
