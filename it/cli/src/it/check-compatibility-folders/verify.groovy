def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /ONEX check-compatibility: [^\n]*report/
assert !log.contains('[ERROR]')
def report = new File(basedir, 'target/onex-compat/TEST-onex-compatibility.xml')
assert report.isFile()
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@tests.text() == '1'
assert suite.@failures.text() == '0'
return true
