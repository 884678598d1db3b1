def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/onex/io/onex/nodes/LegacyNodePublisher.java')
assert generated.isFile()
assert generated.text.contains('publishHeartbeat')
def warning = ~/\[WARNING\] contract\.yaml:7:14: warning: event_channels\.publishes\[0\]\.topic: Topic 'node\.heartbeat' does not have version suffix/
assert (log =~ warning).size() == 3 : 'the warning of the first run is repeated by the up-to-date run and by the failing one'
assert log =~ /ONEX generate: \d+ files written, 0 unchanged, 0 deleted from \d+ inputs, 1 warning \(/
assert log.contains('ONEX sources are up to date: nothing changed since the last run (1 warning of that run repeated above)')
assert log.contains('1 warning in ONEX inputs and failOnWarning is set; see above')
return true
