// Starts the broker the goal's runs talk to and puts it in phase 2 of section 9: the six topics, a node publishing
// heartbeats with the SDK in topic mode DUAL, and the registry service's legacy group registry-introspection that
// processed part of node.heartbeat and stopped. verify.groovy moves the service and stops the broker.
import io.onex.events.NodeHeartbeatPayload
import io.onex.events.NodeType
import io.onex.events.OnexTopics
import io.onex.rules.TopicMode
import io.onex.sdk.EventEnvelope
import io.onex.sdk.kafka.KafkaEventBusConfig
import io.onex.testkit.EmbeddedKafka
import java.time.Duration
import java.util.concurrent.TimeUnit
import org.apache.kafka.clients.consumer.KafkaConsumer
import org.apache.kafka.clients.consumer.OffsetAndMetadata
import org.apache.kafka.common.TopicPartition
import org.apache.kafka.common.serialization.StringDeserializer

def kafka = EmbeddedKafka.builder().brokerPort(Integer.parseInt(kafkaPort)).build().start()
context.put('kafka', kafka)
kafka.createTopics(3, 'node.introspection', 'onex.node.introspection.published.v1', 'node.heartbeat',
        'onex.node.heartbeat.published.v1', 'node.request_introspection', 'onex.registry.introspection.requested.v1')

// The node, in topic mode DUAL: each heartbeat goes to both names with one event_id.
def bus = KafkaEventBusConfig.builder(kafka.bootstrapServers(), 'node/postgres-adapter').topicMode(TopicMode.DUAL)
        .buildBus()
context.put('bus', bus)
def published = []
context.put('published', published)
context.put('publish', { int count ->
    count.times { i ->
        def node = "node-${i % 4}".toString()
        def event = EventEnvelope.create(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1.eventType(), 'node/' + node,
                new NodeHeartbeatPayload(node, NodeType.EFFECT, '1.0.0', (long) i, 0L, null, null))
        bus.publish(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, event).get(60, TimeUnit.SECONDS)
        published << event.eventId().toString()
    }
})
context.get('publish').call(12)

// A consumer of a group: reads the topic, commits after each event, stops after `limit` events or when quiet.
// A partition it read nothing from gets its first offset committed, as a consumer starting at the earliest would.
context.put('consume', { String group, String topic, int limit ->
    def seen = []
    def props = [('bootstrap.servers'): kafka.bootstrapServers(), ('group.id'): group,
                 ('auto.offset.reset'): 'earliest', ('enable.auto.commit'): 'false']
    def consumer = new KafkaConsumer<String, String>(props, new StringDeserializer(), new StringDeserializer())
    try {
        consumer.subscribe([topic])
        def touched = [] as Set
        long quietSince = System.nanoTime()
        while (seen.size() < limit && System.nanoTime() - quietSince < Duration.ofSeconds(3).toNanos()) {
            def records = consumer.poll(Duration.ofMillis(100))
            for (record in records) {
                if (seen.size() == limit) {
                    break
                }
                def id = (record.value() =~ /"event_id":"([^"]+)"/)[0][1]
                seen << id
                def partition = new TopicPartition(record.topic(), record.partition())
                touched << partition
                consumer.commitSync([(partition): new OffsetAndMetadata(record.offset() + 1)])
                quietSince = System.nanoTime()
            }
        }
        def untouched = consumer.beginningOffsets(consumer.assignment()).findAll { !touched.contains(it.key) }
                .collectEntries { [(it.key): new OffsetAndMetadata(it.value)] }
        consumer.commitSync(untouched)
    } finally {
        consumer.close()
    }
    return seen
})
// The registry service processed 5 heartbeats in its legacy group, then was stopped for the cutover.
context.put('processed', context.get('consume').call('registry-introspection', 'node.heartbeat', 5))
println "embedded Kafka for ${basedir.name} at ${kafka.bootstrapServers()}: ${published.size()} heartbeats published in DUAL mode"
return true
