// Starts the broker the goal's runs talk to, on the port the outer build reserved and passed to the
// runs as -Donex.bootstrapServers; verify.groovy stops it.
import io.onex.testkit.EmbeddedKafka

def kafka = EmbeddedKafka.builder().brokerPort(Integer.parseInt(kafkaPort)).build().start()
context.put('kafka', kafka)
println "embedded Kafka for ${basedir.name} at ${kafka.bootstrapServers()}"
return true
