package io.onex.plugin.core;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Contract;
import io.onex.plugin.model.Diagnostic;
import java.util.List;

/**
 * Everything a validation run found: the loaded project, reported as the validate goal reports it.
 *
 * @param loaded the project as loaded, with every diagnostic
 */
public record ValidationResult(LoadedProject loaded) implements GoalResult {

    /** The catalog, or null when it has errors. */
    public Catalog catalog() {
        return loaded.catalog();
    }

    /** The contracts, or null when they or the catalog have errors. */
    public List<Contract> contracts() {
        return loaded.contracts();
    }

    /** Every file read. */
    public List<InputFile> inputs() {
        return loaded.inputs();
    }

    @Override
    public List<Diagnostic> diagnostics() {
        return loaded.diagnostics();
    }

    /** The catalog's topic table, when the catalog loaded. */
    @Override
    public List<String> details() {
        return catalog() == null ? List.of() : TopicTable.render(catalog());
    }

    @Override
    public String summary() {
        String topics = catalog() == null ? "catalog not loaded" : count(catalog().topics().size(), "topic");
        String contracts = contracts() == null ? count(loaded.contractFiles(), "contract file")
                : count(contracts().size(), "contract");
        return "ONEX validate: " + topics + ", " + contracts + ", " + count(inputs().size(), "file") + " read: "
                + count(errorCount(), "error") + ", " + count(warningCount(), "warning");
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
