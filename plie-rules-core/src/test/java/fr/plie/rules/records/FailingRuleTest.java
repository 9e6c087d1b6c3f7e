package fr.plie.rules.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.api.RuleSetWorkbench;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule that fails must not carry the input into a log: Drools' own exception prints every fact
 * of the failing match in its stack trace, special-category facts included.
 */
class FailingRuleTest {
  @Test
  void a_failing_rule_is_reported_by_name_without_the_input(@TempDir Path copy) throws IOException {
    RuleSetWorkbench.exportShipped(copy.resolve("rulesets"));
    // A broken rule whose consequence throws, quoting the input. Only the class path may bring
    // rule files the library does not ship (a folder may not).
    Files.writeString(copy.resolve("rulesets/plie-dijon/2018.1/entry/work-authorization.drl"), """

        rule "BROKEN: quotes the application"
          @section("§I.C.1")
        when
          $a : EntryApplication()
        then
          throw new IllegalStateException("cannot handle " + $a);
        end
        """, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    PlieRules edited = PlieRules.loadFromClassPath(
        new URLClassLoader(new URL[] {copy.toUri().toURL()}, null), "rulesets").version("2018.1");

    Throwable failure = catchThrowable(() -> edited.assessEntry(RecordFixtures.healthAndBenefits()));

    assertThat(failure).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rule 'BROKEN: quotes the application'")
        .hasMessageContaining("java.lang.IllegalStateException");
    StringWriter printed = new StringWriter();
    failure.printStackTrace(new PrintWriter(printed));
    assertThat(printed.toString()).as("what a log would show")
        .doesNotContain("DIJ-2018-0007").doesNotContain("healthOrDisabilityProblems")
        .doesNotContain("AAH").doesNotContain("Caused by").contains("Rule_BROKEN");
  }
}
