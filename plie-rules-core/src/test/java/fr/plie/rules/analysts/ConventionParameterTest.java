package fr.plie.rules.analysts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.api.CheckReport;
import fr.plie.rules.api.RuleSetWorkbench;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parameter of unit « convention » names a convention the rules implement (the cumulation
 * convention of revision 2): its value must be one the rules know.
 */
class ConventionParameterTest {
  @TempDir Path rulesets;
  Path version;
  Path parameters;
  String file;

  @BeforeEach
  void exportTheShippedRuleSets() {
    RuleSetWorkbench.exportShipped(rulesets);
    version = Exported.versionFolder(rulesets, "2018.1");
    parameters = Exported.table(rulesets, "2018.1", "parameters");
    file = rulesets.relativize(parameters).toString().replace('\\', '/');
  }

  private int row(String name) {
    return RuleSetWorkbench.tableAsMarkdown(parameters).lines()
        .filter(l -> l.contains("| " + name + " |"))
        .map(l -> Integer.parseInt(l.substring(2, l.indexOf(" |", 2)))).findFirst().orElseThrow();
  }

  @Test
  void the_shipped_convention_is_one_the_rules_know() {
    // (The analysts' layout has a « Libellé » between the name and the value.)
    assertThat(RuleSetWorkbench.tableAsMarkdown(parameters).lines()
        .filter(l -> l.contains("| exit.cumulation.convention |")))
        .singleElement().asString().contains("| workedDays | convention |");
    assertThat(RuleSetWorkbench.check(version).problems()).isEmpty();
  }

  @Test
  void a_convention_the_rules_do_not_implement_is_refused_at_its_cell() {
    int row = row("exit.cumulation.convention");
    RuleSetWorkbench.setCell(parameters, row, "Valeur", "monthsAndDays");

    CheckReport report = RuleSetWorkbench.check(version);

    assertThat(report.ok()).isFalse();
    assertThat(report.problems()).containsExactly(file + ", feuille 'Paramètres', ligne " + row
        + ", colonne 'Valeur' : 'monthsAndDays' n'est pas une convention que les règles connaissent pour"
        + " 'exit.cumulation.convention' ; valeurs possibles : [workedDays]");
  }

  @Test
  void a_number_made_a_convention_is_refused_and_a_convention_made_a_number_too() {
    int gap = row("exit.chantier.renewalGapDays");
    RuleSetWorkbench.setCell(parameters, gap, "Unité", "convention");
    int convention = row("exit.cumulation.convention");
    // A unit of the table's vocabulary: French in the analysts' layout.
    String days = RuleSetWorkbench.tableAsMarkdown(parameters).contains("| Libellé |") ? "jours"
        : "days";
    RuleSetWorkbench.setCell(parameters, convention, "Unité", days);

    assertThat(RuleSetWorkbench.check(version).problems()).containsExactlyInAnyOrder(
        file + ", feuille 'Paramètres', ligne " + gap + ", colonne 'Valeur' : '0' n'est pas une convention"
            + " que les règles connaissent pour 'exit.chantier.renewalGapDays' ; des conventions"
            + " existent pour [exit.cumulation.convention]",
        file + ", feuille 'Paramètres', ligne " + convention + ", colonne 'Valeur' : 'workedDays'"
            + " n'est pas un nombre");
  }
}
