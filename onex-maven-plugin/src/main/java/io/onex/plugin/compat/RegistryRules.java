package io.onex.plugin.compat;

import io.apicurio.registry.content.TypedContent;
import io.apicurio.registry.rules.RuleViolation;
import io.apicurio.registry.rules.compatibility.CompatibilityDifference;
import io.apicurio.registry.rules.compatibility.CompatibilityExecutionResult;
import io.apicurio.registry.rules.compatibility.JsonSchemaCompatibilityChecker;
import io.apicurio.registry.types.ContentTypes;
import io.onex.plugin.model.CompatibilityLevel;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The registry's own verdict, computed offline: Apicurio's JSON Schema compatibility checker, the code
 * the registry runs for a COMPATIBILITY rule, applied to the same history and proposed content.
 */
public final class RegistryRules {

    private RegistryRules() {
    }

    /**
     * @param level the rule's level
     * @param history earlier versions, oldest first (the last one is "latest")
     * @param proposed the new version
     * @return the incompatible differences, sorted; empty when the registry would accept the version
     */
    public static List<RegistryDifference> check(CompatibilityLevel level, List<String> history, String proposed) {
        if (level == CompatibilityLevel.NONE || history.isEmpty()) {
            return List.of();
        }
        List<TypedContent> existing = history.stream().map(RegistryRules::json).toList();
        CompatibilityExecutionResult result = new JsonSchemaCompatibilityChecker().testCompatibility(
                io.apicurio.registry.rules.compatibility.CompatibilityLevel.valueOf(level.name()), existing,
                json(proposed), Map.of());
        return result.getIncompatibleDifferences().stream()
                .map(CompatibilityDifference::asRuleViolation)
                .map(RegistryRules::difference)
                .distinct()
                .sorted(Comparator.comparing(RegistryDifference::pointer).thenComparing(RegistryDifference::kind))
                .toList();
    }

    private static RegistryDifference difference(RuleViolation violation) {
        return new RegistryDifference(violation.getDescription(),
                violation.getContext() == null ? "" : violation.getContext());
    }

    private static TypedContent json(String content) {
        return TypedContent.create(content, ContentTypes.APPLICATION_JSON);
    }
}
