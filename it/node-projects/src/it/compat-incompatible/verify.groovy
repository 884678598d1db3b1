def log = new File(basedir, 'build.log').text
// the break, located: file, JSON pointer and kind of change
assert log =~ /events\/heartbeat\.schema\.json \/required[^\n]*: REQUIRED[A-Z_]*:/
assert log.contains('region')
// the unchanged file is compared but not reported as a break
assert !(log =~ /ERROR\][^\n]*events\/shutdown\.schema\.json/)
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
