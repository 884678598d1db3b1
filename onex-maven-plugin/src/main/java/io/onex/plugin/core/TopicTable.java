package io.onex.plugin.core;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The catalog as a plain-text table (name, key, partitions, retention, direction, legacy name), one line per row. */
public final class TopicTable {

    private static final List<String> HEADER =
            List.of("Topic", "Key", "Partitions", "Retention", "Direction", "Legacy name");

    private TopicTable() {
    }

    /** Header, rule and one row per topic in catalog order, columns padded to align. */
    public static List<String> render(Catalog catalog) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Topic topic : catalog.topics()) {
            rows.add(List.of(topic.fullName(), topic.keyField(), Integer.toString(topic.partitions()),
                    retention(topic.retention()), topic.direction().display(), topic.legacyName().orElse("-")));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            lines.add(line(rows.get(r), widths));
            if (r == 0) {
                List<String> rule = new ArrayList<>();
                for (int width : widths) {
                    rule.add("-".repeat(width));
                }
                lines.add(line(rule, widths));
            }
        }
        return lines;
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append("  ");
            }
            sb.append(i == cells.size() - 1 ? cells.get(i) : pad(cells.get(i), widths[i]));
        }
        return sb.toString().stripTrailing();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    /** 1 hour, 1 day, 7 days, 30 days; other durations in ISO-8601. */
    static String retention(Duration duration) {
        long seconds = duration.getSeconds();
        if (duration.getNano() == 0 && seconds % 86_400 == 0) {
            return plural(seconds / 86_400, "day");
        }
        if (duration.getNano() == 0 && seconds % 3_600 == 0) {
            return plural(seconds / 3_600, "hour");
        }
        if (duration.getNano() == 0 && seconds % 60 == 0) {
            return plural(seconds / 60, "minute");
        }
        return duration.toString();
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
