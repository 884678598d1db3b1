// Checks what the three runs printed, then stops the registry whatever the outcome.
try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('12 new artifact(s), 0 new version(s), 0 unchanged, 0 rejected')
    assert log.contains('0 new artifact(s), 0 new version(s), 12 unchanged, 0 rejected')
    assert log =~ /ONEX check-compatibility: [^\n]*report/
    assert !log.contains('[ERROR]')
    return true
} finally {
    context.get('registry')?.close()
}
