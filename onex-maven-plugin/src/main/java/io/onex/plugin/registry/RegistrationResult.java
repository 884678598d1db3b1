package io.onex.plugin.registry;

import java.util.List;
import java.util.Optional;

/**
 * What happened (or, in a dry run, would happen) to each topic's artifact.
 *
 * @param dryRun whether this is a plan
 * @param groupId the group
 * @param topics one outcome per topic, in request order
 */
public record RegistrationResult(boolean dryRun, String groupId, List<TopicOutcome> topics) {

    public RegistrationResult {
        topics = List.copyOf(topics);
    }

    /** What became of one artifact. */
    public enum Action {
        /** The artifact did not exist: created with version 1. */
        NEW_ARTIFACT,
        /** The content differs from the latest version: a new version. */
        NEW_VERSION,
        /** The latest version already has this content (compared canonically): nothing registered. */
        UNCHANGED,
        /** The registry refused the new version; {@link TopicOutcome#reasons()} says why. */
        REJECTED
    }

    /**
     * @param topic the topic
     * @param artifactId its artifact
     * @param action what happened
     * @param version the version now latest (or the one that would be created); empty when rejected or planned
     * @param ruleChange a change of the artifact's COMPATIBILITY rule, e.g. {@code FORWARD -> BACKWARD}; empty if none
     * @param reasons the registry's reasons for a rejection, one per cause
     */
    public record TopicOutcome(String topic, String artifactId, Action action, Optional<String> version,
            Optional<String> ruleChange, List<String> reasons) {
        public TopicOutcome {
            reasons = List.copyOf(reasons);
        }
    }

    public long count(Action action) {
        return topics.stream().filter(t -> t.action() == action).count();
    }

    public boolean hasRejections() {
        return count(Action.REJECTED) > 0;
    }

    /** One line, e.g. {@code 2 new artifacts, 1 new version, 9 unchanged, 0 rejected}. */
    public String summary() {
        return count(Action.NEW_ARTIFACT) + " new artifact(s), " + count(Action.NEW_VERSION) + " new version(s), "
                + count(Action.UNCHANGED) + " unchanged, " + count(Action.REJECTED) + " rejected";
    }
}
