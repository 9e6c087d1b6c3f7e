// Writes the README's embedding snippet, exactly as printed, into a test of this consumer project:
// its import lines at the top of the file, its statements in the test method. A snippet that does
// not compile or run against the published artifact fails the build.
def readme = new File(readmePath).getText('UTF-8')
def blocks = (readme =~ /(?s)```java\n(.*?)```/).collect { it[1] }
def snippet = blocks.find { it.contains('PlieRules.load()') }
if (snippet == null) {
  throw new IllegalStateException("README.md has no ```java block calling PlieRules.load()")
}
def lines = snippet.readLines()
def imports = lines.findAll { it.startsWith('import ') }
def statements = lines.findAll { !it.startsWith('import ') }
def source = """package consumer;

${imports.join('\n')}

class ReadmeSnippetTest {
  @org.junit.jupiter.api.Test
  void the_readme_snippet_compiles_and_decides() throws Exception {
${statements.collect { '    ' + it }.join('\n')}
    // What the snippet shows, checked: the sample application is eligible, the sample exit positive.
    org.junit.jupiter.api.Assertions.assertEquals(EntryOutcome.ELIGIBLE, decision.outcome());
    org.junit.jupiter.api.Assertions.assertEquals(ExitOutcome.POSITIVE, exit.outcome());
    org.junit.jupiter.api.Assertions.assertTrue(json.contains("\\"outcome\\""));
  }
}
"""
def target = new File(basedir, 'src/test/java/consumer/ReadmeSnippetTest.java')
target.parentFile.mkdirs()
target.setText(source, 'UTF-8')
return true
