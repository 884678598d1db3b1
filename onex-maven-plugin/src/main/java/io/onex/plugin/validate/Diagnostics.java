package io.onex.plugin.validate;

import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.model.SourceLocation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects the diagnostics of one run; rules add to it, nothing is thrown. */
final class Diagnostics {
    private final List<Diagnostic> list = new ArrayList<>();

    void error(SourceLocation location, String pointer, String rule, String message) {
        list.add(Diagnostic.error(location, pointer, rule, message));
    }

    void warning(SourceLocation location, String pointer, String rule, String message) {
        list.add(Diagnostic.warning(location, pointer, rule, message));
    }

    void addAll(Collection<Diagnostic> diagnostics) {
        list.addAll(diagnostics);
    }

    boolean hasErrors() {
        return list.stream().anyMatch(Diagnostic::isError);
    }

    int errorCount() {
        return (int) list.stream().filter(Diagnostic::isError).count();
    }

    List<Diagnostic> list() {
        return List.copyOf(list);
    }
}
