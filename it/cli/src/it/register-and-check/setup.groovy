// Starts the real Apicurio Registry on the port the outer build reserved (the runs are told its URL);
// verify.groovy stops it.
import io.onex.testkit.EmbeddedApicurio
import java.nio.file.Path

def registry = EmbeddedApicurio.start(Path.of(basedir.path, 'target'), Integer.parseInt(registryPort))
context.put('registry', registry)
println "Apicurio Registry for ${basedir.name} at ${registry.baseUrl()}"
return true
