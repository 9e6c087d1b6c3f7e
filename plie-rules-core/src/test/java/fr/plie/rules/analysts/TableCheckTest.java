package fr.plie.rules.analysts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.api.CheckReport;
import fr.plie.rules.api.RuleSetWorkbench;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken table is reported in the analyst's terms: file, sheet, row, column, the value and what
 * was expected; never an engine stack trace.
 */
class TableCheckTest {
  @TempDir Path rulesets;
  Path version;
  Path parameters;
  Path communes;

  @BeforeEach
  void exportTheShippedRuleSets() {
    RuleSetWorkbench.exportShipped(rulesets);
    version = rulesets.resolve("plie-dijon/2018.1");
    parameters = version.resolve("tables/parameters.drl.xlsx");
    communes = version.resolve("tables/communes.drl.xlsx");
  }

  /** Row of entry.inactivity.months in the parameter table, as the spreadsheet numbers it. */
  static int inactivityRow(Path parameters) {
    String markdown = RuleSetWorkbench.tableAsMarkdown(parameters);
    return markdown.lines().filter(l -> l.contains("| entry.inactivity.months |"))
        .map(l -> Integer.parseInt(l.substring(2, l.indexOf(" |", 2)))).findFirst().orElseThrow();
  }

  @Test
  void an_exported_copy_is_sound_and_passes_its_scenarios() {
    CheckReport report = RuleSetWorkbench.check(version);
    assertThat(report.problems()).isEmpty();
    assertThat(report.ok()).isTrue();
    assertThat(report.scenarios()).isNotEmpty().allMatch(s -> s.changedFromShipped().isEmpty());
  }

  @Test
  void a_decimal_comma_is_reported_at_its_cell() {
    int row = inactivityRow(parameters);
    RuleSetWorkbench.setCell(parameters, row, "Valeur", "6,5");

    CheckReport report = RuleSetWorkbench.check(version);

    assertThat(report.ok()).isFalse();
    assertThat(report.problems()).containsExactly("plie-dijon/2018.1/tables/parameters.drl.xlsx,"
        + " feuille 'Paramètres', ligne " + row + ", colonne 'Valeur' : '6,5' n'est pas un nombre"
        + " (décimales avec un point : 6.5)");
  }

  @Test
  void a_fraction_of_months_is_not_a_whole_number() {
    int row = inactivityRow(parameters);
    RuleSetWorkbench.setCell(parameters, row, "Valeur", "6.5");

    assertThat(RuleSetWorkbench.check(version).problems()).containsExactly(
        "plie-dijon/2018.1/tables/parameters.drl.xlsx, feuille 'Paramètres', ligne " + row
            + ", colonne 'Valeur' : '6.5' n'est pas un nombre entier de months");
  }

  @Test
  void an_impossible_date_is_reported_at_its_cell() {
    RuleSetWorkbench.setCell(communes, 14, "Valide du", "2018-13-01");

    assertThat(RuleSetWorkbench.check(version).problems()).containsExactly(
        "plie-dijon/2018.1/tables/communes.drl.xlsx, feuille 'Communes', ligne 14, colonne"
            + " 'Valide du' : '2018-13-01' n'est pas une date écrite AAAA-MM-JJ (ex. 2018-01-01)");
  }

  @Test
  void a_renamed_column_is_named_with_the_label_expected() {
    // Row 10 holds the column labels: renaming one is losing that column.
    // `table set` refuses that row: edited as a spreadsheet program would.
    HostileWorkbookTest.set(parameters, "B10", "Montant");

    assertThat(RuleSetWorkbench.check(version).problems()).containsExactly(
        "plie-dijon/2018.1/tables/parameters.drl.xlsx, feuille 'Paramètres', ligne 10, colonne B"
            + " (le titre de la colonne 'Valeur') : vaut 'Montant' ; la bibliothèque attend 'Valeur'"
            + " (les lignes 1 à 10 sont fixes : Drools en fait du code)");
  }

  @Test
  void two_rows_of_one_commune_valid_the_same_day_overlap() {
    // Row 11 is Ahuy (21003); give row 15 (Chevigny-Saint-Sauveur) the same code.
    RuleSetWorkbench.setCell(communes, 15, "Code INSEE", "21003");

    assertThat(RuleSetWorkbench.check(version).problems()).containsExactly(
        "plie-dijon/2018.1/tables/communes.drl.xlsx, lignes 11 et 15 : deux lignes de la commune"
            + " 21003 sont valides le 2018-01-01 (leurs périodes se chevauchent)");
  }

  @Test
  void a_parameter_that_stops_leaves_a_gap() {
    int row = inactivityRow(parameters);
    RuleSetWorkbench.setCell(parameters, row, "Valide jusqu'au", "2018-12-31");

    assertThat(RuleSetWorkbench.check(version).problems()).containsExactly(
        "plie-dijon/2018.1/tables/parameters.drl.xlsx : le paramètre entry.inactivity.months"
            + " n'a pas de valeur à partir du 2019-01-01 (la dernière ligne se termine ; laissez"
            + " 'Valide jusqu'au' vide sur la ligne en vigueur aujourd'hui)");
  }

  @Test
  void a_parameter_that_starts_late_leaves_a_gap_before_it() {
    int row = inactivityRow(parameters);
    RuleSetWorkbench.setCell(parameters, row, "Valide du", "2018-02-01");

    assertThat(RuleSetWorkbench.check(version).problems()).containsExactly(
        "plie-dijon/2018.1/tables/parameters.drl.xlsx : le paramètre entry.inactivity.months"
            + " n'a pas de valeur du 2018-01-01 au 2018-01-31 (un trou avant la ligne " + row + ")");
  }

  @Test
  void a_parameter_the_rules_read_may_not_be_renamed_away() {
    int row = inactivityRow(parameters);
    RuleSetWorkbench.setCell(parameters, row, "Nom", "entry.inactivity.mois");

    assertThat(RuleSetWorkbench.check(version).problems()).containsExactlyInAnyOrder(
        "plie-dijon/2018.1/tables/parameters.drl.xlsx, ligne " + row + " : aucune règle ne lit le"
            + " paramètre entry.inactivity.mois (nom mal écrit ? les règles lisent :"
            + " entry.inactivity.months, exit.cumulation.daysPerMonth, exit.halfTime.weeklyHours,"
            + " exit.senior.age)",
        "plie-dijon/2018.1/tables/parameters.drl.xlsx : aucune ligne ne donne le paramètre"
            + " entry.inactivity.months, que lisent les règles"
            + " (plie-dijon/2018.1/entry/labour-market.drl)");
  }

  @Test
  void every_shipped_revision_exported_is_sound() throws java.io.IOException {
    com.fasterxml.jackson.databind.JsonNode index = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(rulesets.resolve("index.json").toFile());
    assertThat(index.get("manifests")).isNotEmpty();
    for (com.fasterxml.jackson.databind.JsonNode manifest : index.get("manifests")) {
      Path folder = rulesets.resolve(manifest.asText()).getParent();
      assertThat(RuleSetWorkbench.check(folder).problems()).as(manifest.asText()).isEmpty();
    }
  }

  @Test
  void a_row_left_without_oui_would_be_silently_ignored_so_it_is_reported() {
    RuleSetWorkbench.setCell(communes, 12, "Dans le périmètre", "");

    assertThat(RuleSetWorkbench.check(version).problems()).containsExactly(
        "plie-dijon/2018.1/tables/communes.drl.xlsx, feuille 'Communes', ligne 12, colonne"
            + " 'Dans le périmètre' : est vide ; une valeur est obligatoire");
  }

  @Test
  void checking_a_table_checks_its_version_and_its_scenarios() {
    RuleSetWorkbench.setCell(communes, 14, "Valide du", "2018-13-01");
    CheckReport report = RuleSetWorkbench.check(communes);
    assertThat(report.problems()).hasSize(1);
    assertThat(report.checked()).singleElement().asString().startsWith("plie-dijon/2018.1/ruleset.json");
  }

  @Test
  void the_markdown_view_shows_every_row_with_its_spreadsheet_number() {
    String markdown = RuleSetWorkbench.tableAsMarkdown(communes);
    assertThat(markdown).startsWith("## Communes (communes.drl.xlsx, feuille Communes)");
    assertThat(markdown).contains("| Ligne | Code INSEE | Valide du | Valide jusqu'au | Commune |");
    assertThat(markdown).contains("| 11 | 21003 | 2018-01-01 |  | Ahuy | 21121 |");
    assertThat(markdown.lines().filter(l -> l.matches("\\| \\d+ \\| .*"))).hasSize(24);
  }
}
