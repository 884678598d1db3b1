package io.onex.plugin.migration;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.onex.plugin.migration.MigrationStatus.CanonicalGroup;
import io.onex.plugin.migration.MigrationStatus.DualPublishing;
import io.onex.plugin.migration.MigrationStatus.LegacyGroup;
import io.onex.plugin.migration.MigrationStatus.NextStep;
import io.onex.plugin.migration.MigrationStatus.PairStatus;
import io.onex.plugin.migration.MigrationStatus.Side;
import io.onex.plugin.migration.MigrationStatus.StepCheck;
import io.onex.rules.MigrationPhase;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders a {@link MigrationStatus}: a table for the build log and a JSON document for CI. Both are deterministic:
 * pairs in catalog order, groups and event ids sorted, no clock time (the window is given as its length).
 */
public final class StatusReport {

    /** The value of the JSON document's {@code report} field, versioned for the readers that parse it. */
    public static final String FORMAT = "onex-migration-status/1";

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private StatusReport() {
    }

    /** The log lines: topics, consumer groups, missing ids, phase, next step and the asked step's verdict. */
    public static List<String> lines(MigrationStatus status) {
        List<String> lines = new ArrayList<>();
        lines.add("ONEX migration status (spec section 9), events of the last " + status.window()
                + " compared by event_id:");
        Table topics = new Table("legacy topic", "ONEX topic", "dual publishing");
        for (PairStatus pair : status.pairs()) {
            topics.row(side(pair.legacy()), side(pair.canonical()), dual(pair));
        }
        lines.addAll(topics.lines());
        Table groups = new Table("consumer group", "topic", "readers", "lag", "state");
        for (PairStatus pair : status.pairs()) {
            for (LegacyGroup g : pair.legacyGroups()) {
                groups.row(g.group(), pair.legacy().topic(), Integer.toString(g.readers()), Long.toString(g.lag()),
                        g.movedTo().map(to -> "moved to " + to).orElse(switch (g.state()) {
                            case "reading" -> "reads the legacy topic";
                            case "behind" -> "stopped with events left on the legacy topic";
                            default -> "idle, not moved";
                        }));
            }
            for (CanonicalGroup g : pair.canonicalGroups()) {
                groups.row(g.group(), pair.canonical().topic(), Integer.toString(g.readers()), Long.toString(g.lag()),
                        g.followsNaming() ? "named <service>-onex-v1" : "not named <service>-onex-v1 (section 9)");
            }
        }
        if (groups.isEmpty()) {
            lines.add("no consumer group has offsets on or reads these topics");
        } else {
            lines.addAll(groups.lines());
        }
        for (PairStatus pair : status.pairs()) {
            DualPublishing dual = pair.dual();
            if (dual.verdict() == MigrationStatus.Verdict.INCOMPLETE) {
                if (!dual.missingOnCanonical().isEmpty()) {
                    lines.add("missing on " + pair.canonical().topic() + ": "
                            + StatusAssessor.shown(dual.missingOnCanonical()));
                }
                if (!dual.missingOnLegacy().isEmpty()) {
                    lines.add("missing on " + pair.legacy().topic() + ": "
                            + StatusAssessor.shown(dual.missingOnLegacy()));
                }
            }
        }
        lines.add("phase: " + status.phase().map(MigrationPhase::label).orElse("unknown") + ": "
                + status.phaseReason());
        NextStep next = status.next();
        lines.add("next step: " + next.step().map(s -> s.label() + ": ").orElse("") + next.description());
        next.commands().forEach(c -> lines.add("  " + c));
        status.check().ifPresent(check -> {
            lines.add("step " + check.step().label() + " (" + check.step().meaning() + "): "
                    + (check.safe() ? "safe" : "not safe"));
            check.reasons().forEach(r -> lines.add("  - " + r));
        });
        return lines;
    }

    private static String side(Side side) {
        return side.topic() + (side.exists() ? " (" + side.partitions() + ")" : " (missing)");
    }

    private static String dual(PairStatus pair) {
        DualPublishing dual = pair.dual();
        String text = switch (dual.verdict()) {
            case TOPIC_MISSING -> "-";
            case IDLE -> "idle: no events";
            case LEGACY_ONLY -> "legacy only: " + StatusAssessor.count(pair.legacy().events(), "event");
            case STARTED -> "started: " + pair.canonical().events() + " on both, "
                    + dual.missingOnCanonical().size() + " earlier on legacy only";
            case COMPLETE -> "complete: " + StatusAssessor.count(pair.legacy().events(), "event") + " on both";
            case INCOMPLETE -> "incomplete: " + dual.missingOnCanonical().size() + " missing on ONEX, "
                    + dual.missingOnLegacy().size() + " missing on legacy";
            case STOPPED -> "stopped: last " + dual.missingOnLegacy().size() + " on ONEX only";
            case ONEX_ONLY -> "ONEX only: " + StatusAssessor.count(pair.canonical().events(), "event");
        };
        return dual.unreadable() > 0 ? text + ", " + dual.unreadable() + " without event_id" : text;
    }

    /** The JSON document, pretty-printed with {@code \n} line ends and a final newline. */
    public static String json(MigrationStatus status) {
        StringWriter out = new StringWriter();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("").withObjectEmptySeparator(""));
        pretty.indentObjectsWith(indenter);
        pretty.indentArraysWith(indenter);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(pretty);
            json.writeStartObject();
            json.writeStringField("report", FORMAT);
            json.writeStringField("window", status.window().toString());
            optional(json, "phase", status.phase().map(MigrationPhase::label));
            json.writeStringField("phase_reason", status.phaseReason());
            json.writeArrayFieldStart("pairs");
            for (PairStatus pair : status.pairs()) {
                pair(json, pair);
            }
            json.writeEndArray();
            NextStep next = status.next();
            json.writeObjectFieldStart("next_step");
            optional(json, "step", next.step().map(MigrationStep::label));
            json.writeStringField("description", next.description());
            strings(json, "commands", next.commands());
            json.writeEndObject();
            if (status.check().isPresent()) {
                StepCheck check = status.check().get();
                json.writeObjectFieldStart("step_check");
                json.writeStringField("step", check.step().label());
                json.writeBooleanField("safe", check.safe());
                strings(json, "reasons", check.reasons());
                json.writeEndObject();
            } else {
                json.writeNullField("step_check");
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does no I/O
        }
        return out + "\n";
    }

    private static void pair(JsonGenerator json, PairStatus pair) throws IOException {
        json.writeStartObject();
        side(json, "legacy_topic", pair.legacy());
        side(json, "canonical_topic", pair.canonical());
        DualPublishing dual = pair.dual();
        json.writeObjectFieldStart("dual_publishing");
        json.writeStringField("verdict", dual.verdict().label());
        strings(json, "missing_on_canonical", dual.missingOnCanonical());
        strings(json, "missing_on_legacy", dual.missingOnLegacy());
        json.writeNumberField("without_event_id", dual.unreadable());
        json.writeEndObject();
        json.writeArrayFieldStart("legacy_groups");
        for (LegacyGroup g : pair.legacyGroups()) {
            json.writeStartObject();
            json.writeStringField("group", g.group());
            json.writeStringField("state", g.state());
            json.writeNumberField("readers", g.readers());
            json.writeNumberField("lag", g.lag());
            optional(json, "moved_to", g.movedTo());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("canonical_groups");
        for (CanonicalGroup g : pair.canonicalGroups()) {
            json.writeStartObject();
            json.writeStringField("group", g.group());
            json.writeNumberField("readers", g.readers());
            json.writeNumberField("lag", g.lag());
            json.writeBooleanField("follows_naming", g.followsNaming());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void side(JsonGenerator json, String field, Side side) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("name", side.topic());
        json.writeBooleanField("exists", side.exists());
        json.writeNumberField("partitions", side.partitions());
        json.writeNumberField("events", side.events());
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void optional(JsonGenerator json, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get());
        } else {
            json.writeNullField(field);
        }
    }

    /** Left-aligned columns two spaces apart, with a header row. */
    private static final class Table {
        private final List<String[]> rows = new ArrayList<>();

        Table(String... header) {
            rows.add(header);
        }

        void row(String... cells) {
            rows.add(cells);
        }

        boolean isEmpty() {
            return rows.size() == 1;
        }

        List<String> lines() {
            int columns = rows.get(0).length;
            int[] widths = new int[columns];
            rows.forEach(r -> {
                for (int i = 0; i < columns; i++) {
                    widths[i] = Math.max(widths[i], r[i].length());
                }
            });
            List<String> lines = new ArrayList<>();
            for (String[] row : rows) {
                StringBuilder line = new StringBuilder("  ");
                for (int i = 0; i < columns; i++) {
                    line.append(i == columns - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
                }
                lines.add(line.toString().stripTrailing());
            }
            return lines;
        }
    }
}
