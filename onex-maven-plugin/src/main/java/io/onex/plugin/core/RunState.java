package io.onex.plugin.core;

import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.model.Severity;
import io.onex.plugin.model.SourceLocation;
import io.onex.plugin.write.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an incremental goal remembers of its last successful run: the fingerprint of every input and option, and
 * the diagnostics (warnings) that run reported, so an up-to-date run can report them again instead of letting them
 * vanish. One line for the fingerprint, then one tab-separated line per diagnostic.
 */
final class RunState {

    private static final String HEADER = "onex-run-state 1";

    private RunState() {
    }

    /**
     * @return the diagnostics of the last run when its fingerprint equals {@code fingerprint}; empty when the state
     *     is missing, unreadable, or of other inputs
     */
    static Optional<List<Diagnostic>> read(Path stateFile, String fingerprint) {
        List<String> lines;
        try {
            if (!Files.isRegularFile(stateFile)) {
                return Optional.empty();
            }
            lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).equals(fingerprint)) {
            return Optional.empty();
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                return Optional.empty();
            }
            try {
                diagnostics.add(new Diagnostic(Severity.valueOf(f[0]), new SourceLocation(unescape(f[1]),
                        Integer.parseInt(f[2]), Integer.parseInt(f[3])), unescape(f[4]), unescape(f[5]),
                        unescape(f[6])));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(List.copyOf(diagnostics));
    }

    static void write(Path stateFile, String fingerprint, List<Diagnostic> diagnostics) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n').append(fingerprint).append('\n');
        for (Diagnostic d : diagnostics) {
            sb.append(d.severity().name()).append('\t').append(escape(d.location().file())).append('\t')
                    .append(d.location().line()).append('\t').append(d.location().column()).append('\t')
                    .append(escape(d.pointer())).append('\t').append(escape(d.rule())).append('\t')
                    .append(escape(d.message())).append('\n');
        }
        OutputWriter.writeIfChanged(stateFile, sb.toString());
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
