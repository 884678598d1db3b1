// The build passed (its own tests ran); check the generated sources are where node code expects them.
def generated = new File(basedir, 'target/generated-sources/onex/io/onex/nodes')
assert new File(generated, 'RegistryEffectPublisher.java').isFile()
assert new File(generated, 'RegistryEffectSubscriber.java').isFile()
assert new File(generated, 'RegistryEffectDispatcher.java').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0')
return true
