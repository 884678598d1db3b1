package io.onex.plugin.compat;

import io.onex.plugin.model.CompatibilityLevel;
import java.util.List;

/**
 * Every difference found, grouped by subject (one test case each in the JUnit report).
 *
 * @param level the level checked
 * @param baselineLabels the versions compared with, oldest first
 * @param subjects every subject compared, with its findings (empty when compatible)
 */
public record CompatibilityResult(CompatibilityLevel level, List<String> baselineLabels, List<Subject> subjects) {

    public CompatibilityResult {
        baselineLabels = List.copyOf(baselineLabels);
        subjects = List.copyOf(subjects);
    }

    /**
     * @param name topic or schema file
     * @param file the file compared
     * @param findings breaks found for it
     */
    public record Subject(String name, String file, List<Finding> findings) {
        public Subject {
            findings = List.copyOf(findings);
        }
    }

    public List<Finding> findings() {
        return subjects.stream().flatMap(s -> s.findings().stream()).toList();
    }

    public boolean hasBreaks() {
        return subjects.stream().anyMatch(s -> !s.findings().isEmpty());
    }

    /**
     * One line for the build log, e.g.
     * {@code 2 subject(s) checked at BACKWARD against x: 1 breaking change(s) at BACKWARD in 1 subject(s)}.
     */
    public String summary() {
        long broken = subjects.stream().filter(s -> !s.findings().isEmpty()).count();
        return subjects.size() + " subject(s) checked at " + level + " against " + String.join(", ", baselineLabels)
                + ": " + findings().size() + " breaking change(s) at " + level + " in " + broken + " subject(s)";
    }
}
