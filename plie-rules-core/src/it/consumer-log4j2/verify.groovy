// The snippet ran under Log4j 2, and what a consumer that only decides gets on its class path.
def report = new File(basedir, 'target/surefire-reports/TEST-consumer.ReadmeSnippetTest.xml')
assert report.isFile() : 'the README snippet test did not run'
assert report.getText('UTF-8').contains('tests="1"') : 'the README snippet test did not run once'
assert !report.getText('UTF-8').contains('<failure') && !report.getText('UTF-8').contains('<error')
def jars = new File(basedir, 'target/runtime').listFiles().findAll { it.name.endsWith('.jar') }
def bytes = jars.sum { it.length() } as long
println String.format(Locale.ROOT, 'plie-rules-core for a consumer that decides: %d jars, %.1f MB (logging implementation excluded)',
    jars.size(), bytes / 1e6)
return true
