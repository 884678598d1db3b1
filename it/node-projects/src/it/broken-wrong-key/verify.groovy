def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] src/main/onex/contract.yaml:8:12: error: event_channels.publishes[0].key: key must be node_id for onex.node.heartbeat.published.v1 (node_lifecycle topics are keyed by node_id, spec section 5), found 'service_name' [contract-key]")
assert log.contains('BUILD FAILURE')
// the build stopped before compiling: no half-written output
assert !new File(basedir, 'target/classes').exists()
def generated = new File(basedir, 'target/generated-sources/onex')
assert !generated.exists() || generated.listFiles().length == 0
// a user mistake is reported as diagnostics, not as a stack trace
assert !(log =~ /(?m)^\s+at (io\.onex|org\.apache\.maven\.plugin)\./)
return true
