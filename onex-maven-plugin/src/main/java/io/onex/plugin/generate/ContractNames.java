package io.onex.plugin.generate;

import io.onex.plugin.model.JavaNames;
import io.onex.plugin.model.Contract;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Method names of a contract's channels. A channel is named after its {@code event_type}
 * (publishers: {@code publishHeartbeat}); when several channels of one direction share an
 * event type, as the spec's orchestrator example does with {@code workflow}, each is named
 * after its topic's entity and event instead ({@code publishWorkflowStarted}). Subscriptions
 * use their {@code handler} in camelCase when given.
 */
final class ContractNames {
    private ContractNames() {
    }

    static String className(Contract contract) {
        return JavaNames.pascalCase(contract.name());
    }

    /** Method names parallel to the publishes or subscribes list. */
    static List<String> methods(List<Contract.Channel> channels, String prefix, boolean useHandler) {
        Map<String, Integer> eventTypeCount = new HashMap<>();
        channels.forEach(c -> eventTypeCount.merge(c.eventType(), 1, Integer::sum));
        List<String> names = new ArrayList<>();
        for (Contract.Channel c : channels) {
            String name;
            if (useHandler && c.handler().isPresent()) {
                name = JavaNames.propertyName(c.handler().get());
            } else if (eventTypeCount.get(c.eventType()) == 1) {
                name = prefix + JavaNames.pascalCase(c.eventType());
            } else {
                name = prefix + JavaNames.pascalCase(c.topic().name().entity() + "_" + c.topic().name().event());
            }
            String unique = name;
            int n = 2;
            while (names.contains(unique)) {
                unique = name + n++;
            }
            names.add(unique);
        }
        return names;
    }
}
