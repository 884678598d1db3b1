// Starts a broker that requires SASL/PLAIN and denies what no ACL allows (StandardAuthorizer), with the
// principals of the README's "Deploying on a secured cluster"; verify.groovy stops it.
import io.onex.testkit.EmbeddedKafka

def kafka = EmbeddedKafka.builder().brokerPort(Integer.parseInt(kafkaPort))
        .saslPlain('admin', 'admin-secret')
        .user('node-service', 'node-secret')
        .user('registry-service', 'registry-secret')
        .user('registry-effect', 'effect-secret')
        .build().start()
context.put('kafka', kafka)
println "embedded SASL Kafka for ${basedir.name} at ${kafka.bootstrapServers()}"
return true
