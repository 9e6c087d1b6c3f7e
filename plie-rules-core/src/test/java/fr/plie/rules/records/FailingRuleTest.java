package fr.plie.rules.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.plie.rules.api.PlieRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule that fails must not carry the input into a log: Drools' own exception prints every fact
 * of the failing match in its stack trace, special-category facts included.
 */
class FailingRuleTest {
  @Test
  void a_failing_rule_is_reported_by_name_without_the_input(@TempDir Path copy) throws IOException {
    // A broken rule whose consequence throws, quoting the input.
    PlieRules edited = RecordFixtures.withEntryRuleAppended(copy, """

        rule "BROKEN: quotes the application"
          @section("§I.C.1")
        when
          $a : EntryApplication()
        then
          throw new IllegalStateException("cannot handle " + $a);
        end
        """);

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
