// Checks what the four runs printed, then stops the broker whatever the outcome.
try {
    def log = new File(basedir, 'build.log').text

    // 1. verify before apply: fails and names every missing topic
    assert log.contains('ONEX provision verify: drift: 15 differences from the catalog')
    assert log.contains('topic onex.node.heartbeat.published.v1: missing (catalog: 3 partitions, retention.ms=3600000, cleanup.policy=delete)')
    assert log.contains('topic onex.infra.error.detected.v1: missing')
    // the legacy twins the SDK writes by default (topic mode LEGACY while USE_ONEX_TOPICS is unset)
    assert log.contains('topic node.heartbeat: missing (catalog: 3 partitions, retention.ms=3600000, cleanup.policy=delete)')

    // 2. plan: every creation listed, one summary line, the rpk export written
    assert log.contains('create topic onex.registry.workflow.completed.v1: 3 partitions, retention.ms=2592000000, cleanup.policy=delete')
    assert log.contains('ONEX provision plan: 15 changes to make (15 topic creations, 0 partition increases, 0 config changes, 0 ACL additions, 0 ACL removals)')
    def export = new File(basedir, 'plan.rpk.sh')
    assert export.isFile()
    assert export.text.contains('rpk topic create onex.node.heartbeat.published.v1 --partitions 3 --topic-config retention.ms=3600000 --topic-config cleanup.policy=delete')

    // 3. apply
    assert log.contains('ONEX provision apply: applied 15 changes (15 topic creations')

    // 4. verify after apply
    assert log.contains('ONEX provision verify: no changes: the cluster matches the catalog (15 topics); ACLs not checked')

    // One summary line per run: the Kafka client's own INFO logging stays out of the build log.
    assert !log.contains('AdminClientConfig values')

    // The broker has no authorizer, and every run says that ACLs were not checked.
    assert log.contains('ACLs not checked: the cluster has no authorizer configured')
    return true
} finally {
    context.get('kafka')?.close()
}
