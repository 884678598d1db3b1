package io.onex.plugin.validate;

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
     * @param group where it applies: input, catalog, schema or contract
     * @param id the id printed in diagnostics
     * @param summary what it requires
     */
    public record Info(String group, String id, String summary) {
    }

    /** All rules, grouped, in a stable order. */
    public static List<Info> all() {
        List<Info> all = new ArrayList<>();
        for (ParseRule rule : ParseRule.values()) {
            all.add(new Info("input", rule.id(), rule.summary()));
        }
        for (FieldRule rule : FieldRule.values()) {
            all.add(new Info("input", rule.id(), rule.summary()));
        }
        for (CatalogRule rule : CatalogRule.values()) {
            all.add(new Info("catalog", rule.id(), rule.summary()));
        }
        for (SchemaRule rule : SchemaRule.values()) {
            all.add(new Info("schema", rule.id(), rule.summary()));
        }
        for (ContractRule rule : ContractRule.values()) {
            all.add(new Info("contract", rule.id(), rule.summary()));
        }
        return List.copyOf(all);
    }
}
