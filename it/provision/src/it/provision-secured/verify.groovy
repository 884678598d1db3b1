// Checks what the runs printed, then runs nodes with the SDK's defaults (only bootstrap servers and
// credentials given) on the cluster the runs provisioned; stops the broker whatever the outcome.
import io.onex.events.NodeHeartbeatPayload
import io.onex.events.NodeRegisteredPayload
import io.onex.events.NodeType
import io.onex.events.OnexTopics
import io.onex.sdk.EventEnvelope
import io.onex.sdk.kafka.KafkaEventBusConfig
import java.util.concurrent.ExecutionException
import java.util.concurrent.TimeUnit
import org.apache.kafka.common.errors.TopicAuthorizationException

def kafka = context.get('kafka')
try {
    def log = new File(basedir, 'build.log').text
    // 1. class-wide: 15 topics (12 canonical, 3 legacy twins) and the 22 ACLs of the plugin README's table
    assert log.contains('ONEX provision apply: applied 37 changes (15 topic creations, 0 partition increases, 0 config changes, 22 ACL additions, 0 ACL removals)')
    assert log.contains('applied: add ACL: allow User:node-service to WRITE topic \'onex.infra.error.detected.v1\'')
    assert log.contains('applied: add ACL: allow User:node-service to READ group \'*\'')
    // 2. verify
    assert log.contains('ONEX provision verify: no changes: the cluster matches the catalog (15 topics and 22 ACLs)')
    // 3. per contract: the node principal gets exactly its contract (3 + 2 legacy writes, 1 + 1 legacy reads, its groups)
    assert log.contains('applied: add ACL: allow User:registry-effect to READ groups prefixed \'registry-effect-\'')
    assert log.contains('applied: add ACL: allow User:registry-effect to WRITE topic \'onex.node.heartbeat.published.v1\'')
    assert !log.contains('User:registry-effect to WRITE topic \'onex.infra')

    // The node of the README: node.properties plus its bootstrap servers, everything else the SDK's default.
    def props = new Properties()
    new File(basedir, 'node.properties').withReader { props.load(it) }
    Map<String, Object> client = new HashMap<>(props)
    client.put('bootstrap.servers', kafka.bootstrapServers())
    def bus = KafkaEventBusConfig.builder(client, 'registry-effect-001').buildBus()
    try {
        def heartbeat = new NodeHeartbeatPayload('registry-effect-001', NodeType.EFFECT, '1.0.0', 1L, 0L, null, null)
        def sent = bus.publish(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1,
                EventEnvelope.create(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1.eventType(), 'registry-effect-001', heartbeat))
                .get(60, TimeUnit.SECONDS)
        println "heartbeat acknowledged: ${sent}"
        def registered = new NodeRegisteredPayload('registry-effect-001', 'reg-1', 'consul-1', 'row-1', java.time.Instant.now(), 90L)
        try {
            bus.publish(OnexTopics.REGISTRY_NODE_REGISTERED_V1, EventEnvelope.create(
                    OnexTopics.REGISTRY_NODE_REGISTERED_V1.eventType(), 'registry-effect-001', registered))
                    .get(60, TimeUnit.SECONDS)
            assert false: 'a node principal wrote onex.registry.node.registered.v1'
        } catch (ExecutionException e) {
            def cause = e
            while (cause != null && !(cause instanceof TopicAuthorizationException)) {
                cause = cause.cause
            }
            assert cause != null: "expected a topic authorization failure, got ${e}"
            println "registry topic denied: ${e.cause}"
        }
    } finally {
        bus.close()
    }
    return true
} finally {
    kafka?.close()
}
