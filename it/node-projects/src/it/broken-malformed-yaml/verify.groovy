def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] src/main/onex/contract.yaml:9:17: error: malformed YAML: expected ',' or ']', but got : (while parsing a flow sequence) [yaml-syntax]")
assert log.contains('BUILD FAILURE')
// the build stopped before compiling: no half-written output
assert !new File(basedir, 'target/classes').exists()
def generated = new File(basedir, 'target/generated-sources/onex')
assert !generated.exists() || generated.listFiles().length == 0
// a user mistake is reported as diagnostics, not as a stack trace
assert !(log =~ /(?m)^\s+at (io\.onex|org\.apache\.maven\.plugin)\./)
return true
