def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('[ERROR] contract.yaml:29:12: error: event_channels.subscribes[0].key: key must be request_id for'
        + ' onex.registry.introspection.requested.v1')
assert log.contains('[contract-key]')
assert log.contains('1 error in ONEX inputs; see above')
assert !(log =~ /\tat io\.onex\./) : 'a user mistake must not show a stack trace'
return true
