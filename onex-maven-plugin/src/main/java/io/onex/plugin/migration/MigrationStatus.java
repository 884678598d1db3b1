package io.onex.plugin.migration;

import io.onex.rules.MigrationPhase;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The judgement of one {@link Observation}: per pair of topics, whether both exist, whether dual publishing is
 * complete and which consumer groups read which side; from that the phase of section 9 the cluster is in, the next
 * step with its commands, and, when asked, whether a step is safe now.
 *
 * @param window the sampled window, e.g. {@code PT10M}
 * @param pairs one status per pair, in catalog order
 * @param phase the phase; empty when no event in the window tells what the producers write
 * @param phaseReason why, in one sentence
 * @param next what to do next
 * @param check the verdict on the step the operator asked about, if any
 */
public record MigrationStatus(Duration window, List<PairStatus> pairs, Optional<MigrationPhase> phase,
        String phaseReason, NextStep next, Optional<StepCheck> check) {

    public MigrationStatus {
        Objects.requireNonNull(window, "window");
        pairs = List.copyOf(pairs);
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(phaseReason, "phaseReason");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(check, "check");
    }

    /**
     * One topic of a pair.
     *
     * @param topic the physical name
     * @param exists whether the cluster has it
     * @param partitions its partition count; 0 when missing
     * @param events the distinct event ids on it within the window
     */
    public record Side(String topic, boolean exists, int partitions, int events) {
    }

    /**
     * One pair.
     *
     * @param legacy the legacy topic
     * @param canonical the canonical topic
     * @param dual how the two sides compare
     * @param legacyGroups the groups on the legacy topic, by name
     * @param canonicalGroups the groups on the canonical topic, by name
     */
    public record PairStatus(Side legacy, Side canonical, DualPublishing dual, List<LegacyGroup> legacyGroups,
            List<CanonicalGroup> canonicalGroups) {
        public PairStatus {
            legacyGroups = List.copyOf(legacyGroups);
            canonicalGroups = List.copyOf(canonicalGroups);
        }
    }

    /** What the window shows about the producers of one pair. */
    public enum Verdict {
        /** One of the two topics does not exist. */
        TOPIC_MISSING,
        /** No event on either side within the window. */
        IDLE,
        /** Events on the legacy topic only: producers write the legacy name. */
        LEGACY_ONLY,
        /** Dual publishing began within the window: the earlier events are on the legacy side only, all since on both. */
        STARTED,
        /** Every event judged is on both sides. */
        COMPLETE,
        /** Some events are on one side only, and not because dual publishing began or ended within the window. */
        INCOMPLETE,
        /**
         * Legacy writes ended within the window: the later events are on the ONEX side only (and any before dual
         * publishing began on the legacy side only).
         */
        STOPPED,
        /** Events on the ONEX topic only: producers write the ONEX name only. */
        ONEX_ONLY;

        /** The name in the report, e.g. {@code legacy-only}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The comparison of one pair's sides by envelope {@code event_id}.
     *
     * @param verdict the verdict
     * @param missingOnCanonical ids of legacy events within the judged window that the canonical side lacks, sorted
     * @param missingOnLegacy ids of canonical events within the judged window that the legacy side lacks, sorted
     * @param unreadable records on either side without an envelope {@code event_id}
     */
    public record DualPublishing(Verdict verdict, List<String> missingOnCanonical, List<String> missingOnLegacy,
            int unreadable) {
        public DualPublishing {
            Objects.requireNonNull(verdict, "verdict");
            missingOnCanonical = List.copyOf(missingOnCanonical);
            missingOnLegacy = List.copyOf(missingOnLegacy);
        }
    }

    /**
     * A consumer group with a committed offset on, or a member reading, a legacy topic.
     *
     * @param group its id
     * @param readers how many of its members read the legacy topic now
     * @param lag events on the legacy topic after its committed offsets
     * @param movedTo the group it moved to on the canonical twin, if it moved
     */
    public record LegacyGroup(String group, int readers, long lag, Optional<String> movedTo) {
        /**
         * Whether the group still counts on the legacy topic: it has not moved. A group that is idle now (no members,
         * nothing left) counts too: its service would find nothing new there once dual publishing stops.
         */
        public boolean stillOnLegacy() {
            return movedTo.isEmpty();
        }

        /** {@code moved}, {@code reading}, {@code behind} (stopped with events left) or {@code idle}. */
        public String state() {
            if (movedTo.isPresent()) {
                return "moved";
            }
            return readers > 0 ? "reading" : lag > 0 ? "behind" : "idle";
        }
    }

    /**
     * A consumer group with a committed offset on, or a member reading, a canonical topic.
     *
     * @param group its id
     * @param readers how many of its members read the topic now
     * @param lag events on the topic after its committed offsets
     * @param followsNaming whether its name is {@code [<tenant>.]<service>-onex-v1} (section 9)
     */
    public record CanonicalGroup(String group, int readers, long lag, boolean followsNaming) {
    }

    /**
     * What to do next.
     *
     * @param step the step of section 9 it is, if it is one (not for repairs or a finished migration)
     * @param description what to do, in words
     * @param commands the plugin commands that check or make it, in order
     */
    public record NextStep(Optional<MigrationStep> step, String description, List<String> commands) {
        public NextStep {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(description, "description");
            commands = List.copyOf(commands);
        }
    }

    /**
     * Whether a step is safe now.
     *
     * @param step the step asked about
     * @param reasons why it is not; empty when it is safe
     */
    public record StepCheck(MigrationStep step, List<String> reasons) {
        public StepCheck {
            Objects.requireNonNull(step, "step");
            reasons = List.copyOf(reasons);
        }

        public boolean safe() {
            return reasons.isEmpty();
        }
    }
}
