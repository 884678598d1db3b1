def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /ONEX validate: 12 topics, 1 contract, 16 files read: 0 errors, 0 warnings \(\d+ ms\)/
assert log.contains('onex.node.heartbeat.published.v1             node_id')
return true
