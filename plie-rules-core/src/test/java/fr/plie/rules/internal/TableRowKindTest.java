package fr.plie.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A parameter row goes into the knowledge base of its kind only (the first segment of its name),
 * so that a decision's fired rules list no parameter of the other kind.
 */
class TableRowKindTest {
  private static final String GENERATED = """
      package fr.plie.rules.tables;
      //generated from Decision Table
      import fr.plie.rules.internal.facts.TableRows;
      // rule values at A11, header at A6
      rule "Paramètres_11"
      \t@name("entry.inactivity.months")
      \tsalience 65535
      \twhen
      \t\tAssessmentDay(onOrAfter("2018-01-01"))
      \tthen
      \t\tinsert(TableRows.parameter(kcontext));
      end

      // rule values at A12, header at A6
      rule "Paramètres_12"
      \t@name("exit.halfTime.weeklyHours")
      \t@reference("« mi-temps minimum »; the \\"end\\" of a week")
      \twhen
      \t\tAssessmentDay(onOrAfter("2018-01-01"))
      \tthen
      \t\tinsert(TableRows.parameter(kcontext));
      end

      // rule values at A13, header at A6
      rule "Paramètres_13"
      \t@name("shared.threshold")
      \twhen
      \t\tAssessmentDay(onOrAfter("2018-01-01"))
      \tthen
      \t\tinsert(TableRows.parameter(kcontext));
      end
      """;

  @Test
  void the_entry_rules_get_the_entry_rows_and_the_rows_of_no_kind() {
    String entry = CompiledRuleSet.rowsOfKind(GENERATED, "entry");
    assertThat(entry).contains("rule \"Paramètres_11\"", "rule \"Paramètres_13\"")
        .doesNotContain("Paramètres_12", "exit.halfTime");
    assertThat(entry).startsWith("package fr.plie.rules.tables;");
  }

  @Test
  void the_exit_rules_get_the_exit_rows_and_the_rows_of_no_kind() {
    String exit = CompiledRuleSet.rowsOfKind(GENERATED, "exit");
    assertThat(exit).contains("rule \"Paramètres_12\"", "rule \"Paramètres_13\"",
        "the \\\"end\\\" of a week").doesNotContain("Paramètres_11", "entry.inactivity");
    assertThat(exit.strip()).endsWith("end");
  }
}
