package io.onex.plugin.migration;

import io.onex.plugin.core.CatalogSource;
import io.onex.plugin.core.GoalResult;
import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.provision.ClientSettings;
import io.onex.plugin.provision.ClusterAccessException;
import io.onex.plugin.write.OutputWriter;
import io.onex.rules.MigrationPhase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;

/**
 * What the {@code migration-status} goal does, without Maven: reads the catalog's legacy/ONEX pairs, observes the
 * cluster, judges the phase and the asked step, writes the JSON report and returns the table. Mistakes in the settings
 * or the catalog come back as diagnostics; only a cluster that cannot be reached is an exception.
 */
public final class MigrationStatusGoal {

    private final Clock clock;

    public MigrationStatusGoal() {
        this(Clock.systemUTC());
    }

    MigrationStatusGoal(Clock clock) {
        this.clock = clock;
    }

    /**
     * What a run found.
     *
     * @param status the judgement
     * @param report the JSON report file
     * @param clientProperties the client properties used, secrets hidden: safe to log
     */
    public record Output(MigrationStatus status, Path report, Map<String, String> clientProperties)
            implements GoalResult {

        @Override
        public List<Diagnostic> diagnostics() {
            return List.of();
        }

        @Override
        public List<String> details() {
            return StatusReport.lines(status);
        }

        @Override
        public List<String> debugDetails() {
            return List.of("Kafka client properties: " + clientProperties);
        }

        /** An asked step that is not safe fails the goal (and CI), naming why. */
        @Override
        public boolean findingsFail() {
            return status.check().filter(c -> !c.safe()).isPresent();
        }

        @Override
        public String summary() {
            String line = "ONEX migration-status: phase " + status.phase().map(MigrationPhase::label).orElse("unknown")
                    + "; next step: " + status.next().step().map(MigrationStep::label).orElse("none") + "; report "
                    + report;
            if (status.check().isPresent()) {
                MigrationStatus.StepCheck check = status.check().get();
                line += check.safe() ? "; step " + check.step().label() + " is safe"
                        : "; step " + check.step().label() + " is not safe: " + String.join("; ", check.reasons());
            }
            return line;
        }
    }

    /**
     * The goal's failure before it reached the cluster.
     *
     * @param diagnostics what is wrong
     */
    public record Refused(List<Diagnostic> diagnostics) implements GoalResult {
        @Override
        public String summary() {
            return "ONEX migration-status: nothing done";
        }
    }

    /**
     * Observes the cluster and reports.
     *
     * @param catalog where the topic pairs come from
     * @param displayBase files below it are shown relative to it in diagnostics; may be null
     * @throws ClusterAccessException when the cluster cannot be reached or refuses the goal's requests
     */
    public GoalResult run(CatalogSource catalog, Path displayBase, StatusSettings settings)
            throws ClusterAccessException {
        ClusterSession.Prepared prepared = ClusterSession.prepare(catalog, displayBase, settings.connection());
        List<Diagnostic> problems = new ArrayList<>(prepared.diagnostics());
        Duration window = null;
        Duration grace = null;
        Optional<MigrationStep> step = Optional.empty();
        try {
            window = ClusterSession.duration(settings.window(), "onex.migration.window", true);
            grace = ClusterSession.duration(settings.grace(), "onex.migration.grace", false);
            if (settings.step().isPresent()) {
                step = Optional.of(MigrationStep.parse(settings.step().get()).orElseThrow(() ->
                        new InvalidMigrationSettingsException("unknown migration step '" + settings.step().get()
                                + "' (onex.migration.step); use " + MigrationStep.choices())));
            }
        } catch (InvalidMigrationSettingsException e) {
            problems.add(ClusterSession.error(e.getMessage()));
        }
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        ClusterSession session = prepared.session().orElseThrow();
        Observation observation;
        try (Admin admin = session.openAdmin(); RecordScanner scanner = session.openScanner()) {
            observation = new StatusReader(admin, scanner, session.timeout(), clock)
                    .read(session.pairs(), window, grace);
        }
        MigrationStatus status = StatusAssessor.assess(observation, session.tenant(),
                settings.connection().invocation(), step);
        OutputWriter.writeIfChanged(settings.report(), StatusReport.json(status));
        return new Output(status, settings.report(), ClientSettings.masked(session.clientProperties()));
    }
}
