package io.onex.plugin.validate;

import io.onex.plugin.model.ParameterRule;
import io.onex.plugin.model.Rule;
import io.onex.plugin.parse.ParseRule;
import java.util.ArrayList;
import java.util.List;

/** Every rule id the plugin reports, with a one-line summary: the list the README documents. */
public final class Rules {

    private Rules() {
    }

    /**
     * A rule as documented.
     *
     * @param group where it applies: input, catalog, schema, contract or parameters
     * @param id the id printed in diagnostics
     * @param summary what it requires
     */
    public record Info(String group, String id, String summary) {
    }

    /** All rules, grouped, in a stable order. */
    public static List<Info> all() {
        List<Info> all = new ArrayList<>();
        add(all, "input", ParseRule.values());
        add(all, "input", FieldRule.values());
        add(all, "catalog", CatalogRule.values());
        add(all, "schema", SchemaRule.values());
        add(all, "contract", ContractRule.values());
        add(all, "parameters", ParameterRule.values());
        return List.copyOf(all);
    }

    private static void add(List<Info> all, String group, Rule... rules) {
        for (Rule rule : rules) {
            all.add(new Info(group, rule.id(), rule.summary()));
        }
    }
}
