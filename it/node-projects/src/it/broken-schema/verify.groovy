def log = new File(basedir, 'build.log').text
// both problems of the schema in one run, each with file, line, column, JSON pointer and rule
assert log.contains("[ERROR] catalog/schemas/payloads/node-heartbeat-published.v1.schema.json:17:15: error: /properties/node_version/\$ref: remote \$ref 'https://schemas.example.com/common.json#/definitions/SemanticVersion' is refused")
assert log.contains("[ERROR] catalog/schemas/payloads/node-heartbeat-published.v1.schema.json:38:18: error: /properties/cpu_usage_percent/maximum: maximum must be a number, found a string (100) [schema-value]")
assert log.contains('2 errors in ONEX inputs; see above')
def generated = new File(basedir, 'target/generated-sources/onex')
assert !generated.exists() || generated.listFiles().length == 0
assert !(log =~ /(?m)^\s+at (io\.onex|org\.apache\.maven\.plugin)\./)
return true
