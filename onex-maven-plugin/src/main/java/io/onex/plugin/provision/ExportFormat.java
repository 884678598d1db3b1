package io.onex.plugin.provision;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a plan is exported for operators who apply changes by hand. */
public enum ExportFormat {
    /** No export. */
    NONE("none"),
    /** Redpanda's {@code rpk} commands. */
    RPK("rpk"),
    /** Apache Kafka's {@code kafka-topics.sh}, {@code kafka-configs.sh} and {@code kafka-acls.sh}. */
    KAFKA_CLI("kafka-cli");

    private final String label;

    ExportFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses {@code none}, {@code rpk} or {@code kafka-cli}. */
    public static ExportFormat parse(String value) throws InvalidProvisionSettingsException {
        String wanted = value == null ? "none" : value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.label.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidProvisionSettingsException("unknown export format '" + value
                        + "' (onex.provision.exportFormat); use one of " + Arrays.stream(values())
                                .map(ExportFormat::label).collect(Collectors.joining(", "))));
    }

    /** The exporter, empty for {@link #NONE}. */
    public Optional<PlanExporter> exporter() {
        return switch (this) {
            case NONE -> Optional.empty();
            case RPK -> Optional.of(new RpkExporter());
            case KAFKA_CLI -> Optional.of(new KafkaCliExporter());
        };
    }
}
