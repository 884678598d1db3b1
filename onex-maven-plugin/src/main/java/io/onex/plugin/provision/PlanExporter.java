package io.onex.plugin.provision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.kafka.common.acl.AclOperation;

/**
 * Writes a plan as a shell script of operator commands. The text is deterministic and never holds
 * a broker address or a credential: those come from the operator's environment.
 */
public interface PlanExporter {

    /** The script, ending with a newline. */
    String export(Plan plan);

    /** Comment lines every script starts with after its shebang: summary, refusals and notes. */
    static List<String> header(String title, Plan plan, List<String> connectionHelp) {
        List<String> lines = new ArrayList<>();
        lines.add("#!/bin/sh");
        lines.add("# " + title);
        lines.add("# " + (plan.hasChanges() ? plan.summary() : "no changes: the cluster matches the catalog"));
        connectionHelp.forEach(line -> lines.add("# " + line));
        for (Plan.Refusal refusal : plan.refusals()) {
            lines.add("# REFUSED, no command written: " + refusal.describe());
        }
        plan.notes().forEach(note -> lines.add("# note: " + note));
        lines.add("set -eu");
        return lines;
    }

    /** Joins lines with newlines, ending with one. */
    static String script(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    /** Single-quotes a shell word unless it consists only of safe characters. */
    static String quote(String word) {
        if (Shell.SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\"'\"'") + "'";
    }

    /** {@code WRITE} -> {@code Write}, {@code DESCRIBE_CONFIGS} -> {@code DescribeConfigs}. */
    static String camelCase(AclOperation operation) {
        StringBuilder sb = new StringBuilder();
        for (String part : operation.name().split("_")) {
            sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** Holder of the shell-safe pattern (interfaces cannot have private constants). */
    final class Shell {
        static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.:=/,@+%-]+");

        private Shell() {
        }
    }
}
