package io.onex.plugin.parse;

import io.onex.plugin.model.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * What a reader produced: the raw tree (absent when the file is empty or could not be read) and the problems found.
 *
 * @param root the document's root value, or null
 * @param diagnostics syntax errors, duplicate keys and exceeded limits
 */
public record ParseResult(RawNode root, List<Diagnostic> diagnostics) {
    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public Optional<RawNode> rootOpt() {
        return Optional.ofNullable(root);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
