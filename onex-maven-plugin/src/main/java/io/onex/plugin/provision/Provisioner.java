package io.onex.plugin.provision;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;

/**
 * Runs plan, apply or verify against a cluster through the Admin API: one request in, one result out.
 * An apply makes no change at all when the plan has a refusal.
 */
public final class Provisioner {

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
            ClusterState state = new ClusterReader(admin, timeout).read(request.desired(), request.manageAcls());
            Plan plan = Planner.plan(request.desired(), state, request.allowPartitionIncrease());
            return decide(request.mode(), plan, admin, timeout);
        } finally {
            admin.close(timeout);
        }
    }

    private static ProvisionResult decide(ProvisionMode mode, Plan plan, Admin admin, Duration timeout)
            throws ClusterAccessException {
        if (mode == ProvisionMode.VERIFY) {
            boolean drift = !plan.differences().isEmpty();
            return new ProvisionResult(mode, plan,
                    drift ? ProvisionResult.Outcome.DRIFTED : ProvisionResult.Outcome.IN_SYNC);
        }
        if (!plan.refusals().isEmpty()) {
            return new ProvisionResult(mode, plan, ProvisionResult.Outcome.REFUSED);
        }
        if (!plan.hasChanges()) {
            return new ProvisionResult(mode, plan, ProvisionResult.Outcome.IN_SYNC);
        }
        if (mode == ProvisionMode.PLAN) {
            return new ProvisionResult(mode, plan, ProvisionResult.Outcome.CHANGES_PLANNED);
        }
        new PlanExecutor(admin, timeout).apply(plan);
        return new ProvisionResult(mode, plan, ProvisionResult.Outcome.APPLIED);
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
