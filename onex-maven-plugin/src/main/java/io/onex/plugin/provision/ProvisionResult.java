package io.onex.plugin.provision;

import java.util.List;
import java.util.Objects;

/**
 * What a provisioning run found and did.
 *
 * @param mode the mode it ran in
 * @param plan the difference found before any change
 * @param outcome how it ended
 */
public record ProvisionResult(ProvisionMode mode, Plan plan, Outcome outcome) {

    public ProvisionResult {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** How a run ended. */
    public enum Outcome {
        /** The cluster already matches; nothing was (or would be) changed. */
        IN_SYNC,
        /** plan: there are changes to make. */
        CHANGES_PLANNED,
        /** apply: the changes were made. */
        APPLIED,
        /** Some difference cannot be changed safely; nothing was changed. */
        REFUSED,
        /** verify: the cluster differs from the catalog. */
        DRIFTED
    }

    /** Whether the build must fail. */
    public boolean failed() {
        return outcome == Outcome.REFUSED || outcome == Outcome.DRIFTED;
    }

    /** The lines that explain a failure: refusals, or every difference for verify. */
    public List<String> problems() {
        return switch (outcome) {
            case REFUSED -> plan.refusals().stream().map(Plan.Refusal::describe).toList();
            case DRIFTED -> plan.differences();
            default -> List.of();
        };
    }

    /** The one summary line. */
    public String summary() {
        String counts = Plan.count(plan.topicCount(), "topic")
                + (plan.aclsChecked() ? " and " + Plan.count(plan.aclCount(), "ACL") : "");
        String line = switch (outcome) {
            case IN_SYNC -> "no changes: the cluster matches the catalog (" + counts + ")";
            case CHANGES_PLANNED -> Plan.count(plan.changeCount(), "change") + " to make (" + plan.summary()
                    + "); nothing was changed, run with onex.provision.mode=apply to make them";
            case APPLIED -> "applied " + Plan.count(plan.changeCount(), "change") + " (" + plan.summary() + ")";
            case REFUSED -> "refused: " + Plan.count(plan.refusals().size(), "difference")
                    + " cannot be changed safely; nothing was changed";
            case DRIFTED -> "drift: " + Plan.count(plan.differences().size(), "difference") + " from the catalog";
        };
        return plan.notes().isEmpty() ? line : line + "; " + String.join("; ", plan.notes());
    }
}
