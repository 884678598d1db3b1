def log = new File(basedir, 'build.log').text
// the break, located: file, JSON pointer and kind of change
def breaks = log.readLines().findAll { it.startsWith('[ERROR] events/') }
assert breaks.size() == 1
def line = breaks[0]
assert line.contains('events/heartbeat.schema.json /required: ')
assert line.contains(': OBJECT_TYPE_REQUIRED_PROPERTIES_MEMBER_ADDED: ')
assert line.contains("readers require 'region'")
assert line.contains('[registry refuses; readers break]')
// the unchanged file is compared (2 subjects) but not reported
assert log.contains('2 subject(s) checked at BACKWARD')
assert log.contains('BUILD FAILURE')
assert log =~ /breaking change\(s\) at BACKWARD/

def reports = new File(basedir, 'target/onex-compat').listFiles({ f -> f.name.endsWith('.xml') } as FileFilter)
assert reports != null && reports.length == 1
def suite = new groovy.xml.XmlSlurper().parse(reports[0])
assert suite.@tests.text() == '2'
assert suite.@failures.text() == '1'
def failed = suite.testcase.find { it.failure.size() > 0 }
assert failed.@name.text() == 'events/heartbeat.schema.json'
assert failed.failure.text().contains('/required')
def passed = suite.testcase.find { it.@name.text() == 'events/shutdown.schema.json' }
assert passed.failure.size() == 0
return true
