def out = new File(basedir, 'target/generated-sources/catalog/com/example/events')
// kept: the heartbeat topic's types
assert new File(out, 'NodeHeartbeatPayload.java').isFile()
assert new File(out, 'OnexTopics.java').isFile()
// removed with the shutdown topic
assert !new File(out, 'NodeShutdownPayload.java').exists()
assert !new File(out, 'NodeShutdownPayloadCodec.java').exists()
assert !new File(basedir, 'target/generated-sources/catalog/com/example/events/serde/NodeShutdownAnnouncedV1Serdes.java').exists()
def topics = new File(out, 'OnexTopics.java').text
assert topics.contains('NODE_HEARTBEAT_PUBLISHED_V1')
assert !topics.contains('NODE_SHUTDOWN_ANNOUNCED_V1')
def log = new File(basedir, 'build.log').text
assert log =~ /ONEX generate: \d+ files written, 0 unchanged, 0 deleted/
assert log =~ /ONEX generate: \d+ files written, \d+ unchanged, 3 deleted/
assert log.contains('ONEX sources are up to date: nothing changed since the last run')
return true
