package io.onex.plugin.provision;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Runs plan, apply or verify against a cluster through the Admin API: one request in, one result out.
 * An apply makes no change at all when the plan has a refusal.
 */
public final class Provisioner {

    private static final Duration RETRY_PAUSE = Duration.ofMillis(200);

    private final Function<Map<String, Object>, Admin> adminFactory;

    public Provisioner() {
        this(Admin::create);
    }

    /** For tests that count or intercept Admin calls. */
    Provisioner(Function<Map<String, Object>, Admin> adminFactory) {
        this.adminFactory = adminFactory;
    }

    public ProvisionResult run(ProvisionRequest request) throws ClusterAccessException {
        Duration timeout = request.timeout();
        Admin admin = open(request);
        try {
            ClusterReader reader = new ClusterReader(admin, timeout);
            Plan plan = Planner.plan(request.desired(), read(reader, request), request.allowPartitionIncrease());
            ProvisionResult result = decide(request.mode(), plan);
            if (result.outcome() == ProvisionResult.Outcome.APPLIED) {
                new PlanExecutor(admin, timeout).apply(plan);
                awaitConverged(reader, request);
            }
            return result;
        } finally {
            admin.close(timeout);
        }
    }

    private static ProvisionResult decide(ProvisionMode mode, Plan plan) {
        ProvisionResult.Outcome outcome;
        if (mode == ProvisionMode.VERIFY) {
            outcome = plan.differences().isEmpty() ? ProvisionResult.Outcome.IN_SYNC : ProvisionResult.Outcome.DRIFTED;
        } else if (!plan.refusals().isEmpty()) {
            outcome = ProvisionResult.Outcome.REFUSED;
        } else if (!plan.hasChanges()) {
            outcome = ProvisionResult.Outcome.IN_SYNC;
        } else {
            outcome = mode == ProvisionMode.PLAN ? ProvisionResult.Outcome.CHANGES_PLANNED
                    : ProvisionResult.Outcome.APPLIED;
        }
        return new ProvisionResult(mode, plan, outcome);
    }

    /**
     * Reads the cluster, retrying while it answers with a retriable error: a broker learns of new
     * topics and configs a moment after the controller accepted them.
     */
    private static ClusterState read(ClusterReader reader, ProvisionRequest request) throws ClusterAccessException {
        long deadline = System.nanoTime() + request.timeout().toNanos();
        while (true) {
            try {
                return reader.read(request.desired(), request.manageAcls());
            } catch (ClusterAccessException e) {
                if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
                    throw e;
                }
                pause();
            }
        }
    }

    /** After an apply, waits (within the timeout) until the cluster shows every change, so a verify that follows passes. */
    private static void awaitConverged(ClusterReader reader, ProvisionRequest request) throws ClusterAccessException {
        long deadline = System.nanoTime() + request.timeout().toNanos();
        Plan remaining;
        do {
            remaining = Planner.plan(request.desired(), read(reader, request), request.allowPartitionIncrease());
            if (!remaining.hasChanges()) {
                return;
            }
            pause();
        } while (System.nanoTime() < deadline);
        throw new ClusterAccessException("the changes were made, but after " + request.timeout().toSeconds()
                + " s the cluster still differs: " + String.join("; ", remaining.changeLines()), null);
    }

    private static void pause() throws ClusterAccessException {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterAccessException("interrupted while waiting for the cluster", e);
        }
    }

    private Admin open(ProvisionRequest request) throws ClusterAccessException {
        Map<String, Object> config = new HashMap<>(request.clientProperties());
        String millis = Long.toString(request.timeout().toMillis());
        config.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        config.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        try {
            return adminFactory.apply(config);
        } catch (KafkaException e) {
            // Typically an unresolvable bootstrap address or an unusable security setting.
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ClusterAccessException("cannot create a Kafka client for "
                    + request.clientProperties().get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG) + ": "
                    + e.getMessage() + (cause != e ? " (" + cause.getMessage() + ")" : ""), e);
        }
    }
}
