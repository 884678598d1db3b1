// Checks what the five runs printed and the report they wrote, then starts the registry service in its new group on
// the ONEX topic while the node keeps publishing: it processes exactly the events it had not processed, each once.
// Stops the node and the broker whatever the outcome.
try {
    def log = new File(basedir, 'build.log').text

    // 1. status: phase dual, the same 12 events on both topics, the legacy group behind, next step cutover
    assert log.contains('ONEX migration-status: phase dual; next step: cutover; report ')
    assert log.contains('complete: 12 events on both')
    assert log =~ /registry-introspection\s+node\.heartbeat\s+0\s+7\s+stopped with events left on the legacy topic/
    assert log.contains("migration-cutover -Donex.bootstrapServers=127.0.0.1:${kafkaPort} -Donex.migration.legacyGroup=registry-introspection -Donex.migration.mode=apply")
    // the JSON report, where it goes without a POM
    def report = new File(basedir, 'target/onex-migration/status.json')
    assert report.isFile()
    assert report.text.contains('"report": "onex-migration-status/1"')

    // 2. the stop-dual gate fails, naming the group
    assert log.contains('step stop-dual is not safe: consumer group registry-introspection still lags on node.heartbeat (lag 7)')

    // 3. plan, 4. apply
    assert log.contains('ONEX migration-cutover plan: 3 positions of registry-introspection-onex-v1 from registry-introspection; nothing was committed')
    assert log.contains('ONEX migration-cutover apply: committed 3 positions of registry-introspection-onex-v1 from registry-introspection')

    // 5. the stop-dual gate passes
    assert log.contains('registry-introspection  node.heartbeat')
    assert log.contains('moved to registry-introspection-onex-v1')
    assert log.contains('; step stop-dual is safe')

    // The node keeps publishing in DUAL mode; the service now reads the ONEX topic in its new group.
    context.get('publish').call(4)
    def published = context.get('published')
    def before = context.get('processed')
    def after = context.get('consume').call('registry-introspection-onex-v1', 'onex.node.heartbeat.published.v1',
            Integer.MAX_VALUE)
    println "processed ${before.size()} events before the cutover and ${after.size()} after, of ${published.size()} published"
    assert after.size() == after.toSet().size(): 'an event was processed twice after the cutover'
    assert before.toSet().intersect(after.toSet()).isEmpty(): 'an event was processed again after the cutover'
    assert (before + after).toSet() == published.toSet(): 'an event was lost at the cutover'
    return true
} finally {
    context.get('bus')?.close()
    context.get('kafka')?.close()
}
