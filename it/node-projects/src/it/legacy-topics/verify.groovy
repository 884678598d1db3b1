def log = new File(basedir, 'build.log').text
assert log.contains("Topic 'node.introspection' does not have version suffix. Consider using ONEX format: onex.<domain>.<name>.v1")
assert log.contains("Topic 'node.heartbeat' does not have version suffix.")
assert new File(basedir, 'target/generated-sources/onex/io/onex/nodes/LegacyNodePublisher.java').isFile()
return true
