package fr.plie.rules.analysts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.api.CheckReport;
import fr.plie.rules.api.RuleSetWorkbench;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit-route table (which activity type counts for which route, for how long) is checked in
 * the analyst's terms: a cell that cannot be read is named by its row and column; two rows that
 * both match, rows of one route that disagree and an activity type that no row covers are named
 * by their rows or their type.
 */
class ExitRouteTableTest {
  static final String FILE = "plie-dijon/2018.1/tables/exit-routes.drl.xlsx";

  @TempDir Path rulesets;
  Path version;
  Path routes;

  @BeforeEach
  void exportTheShippedRuleSets() {
    RuleSetWorkbench.exportShipped(rulesets);
    version = rulesets.resolve("plie-dijon/2018.1");
    routes = version.resolve("tables/exit-routes.drl.xlsx");
  }

  /** Row of a route and activity type in the exit-route table, as the spreadsheet numbers it. */
  static int routeRow(Path routes, String route, String activityType) {
    String markdown = RuleSetWorkbench.tableAsMarkdown(routes);
    return markdown.lines().filter(l -> l.contains("| " + route + " | " + activityType + " |"))
        .map(l -> Integer.parseInt(l.substring(2, l.indexOf(" |", 2)))).findFirst().orElseThrow();
  }

  @Test
  void the_shipped_table_has_one_row_per_route_each_citing_the_seed() {
    String markdown = RuleSetWorkbench.tableAsMarkdown(routes);
    assertThat(markdown).startsWith("## Voies de sortie (exit-routes.drl.xlsx, feuille Voies de sortie)");
    assertThat(markdown).contains("| Ligne | Voie | Type d'activité | Durée minimale (mois) |"
        + " Fenêtre glissante (mois) | Valide du | Valide jusqu'au | Référence | Compte pour la voie |");
    assertThat(markdown).contains("| 13 | CDD | CDD | 6 | 12 | 2018-01-01 |  | AAP PLIE Dijon 2018"
        + " §I.C.2: « CDD unique ou successifs au terme de 6 mois dans les 12 mois »");
    assertThat(markdown).contains("| 17 | SENIOR_CHANTIER_INSERTION | CHANTIER_INSERTION | 6 |  |");
    assertThat(markdown).contains("| 16 | CONTRAT_AIDE | CONTRAT_AIDE | 6 |  |")
        .contains("strictly MORE than the minimum");
    assertThat(markdown.lines().filter(l -> l.matches("\\| \\d+ \\| .*"))).hasSize(7)
        .allMatch(l -> l.contains("AAP PLIE Dijon 2018 §I.C.2: « ") && l.endsWith("| oui |"));
    assertThat(RuleSetWorkbench.check(version).problems()).isEmpty();
  }

  @Test
  void a_decimal_duration_is_not_a_whole_number() {
    int row = routeRow(routes, "FORMATION_QUALIFIANTE", "FORMATION_QUALIFIANTE");
    assertThat(row).isEqualTo(14);
    RuleSetWorkbench.setCell(routes, row, "Durée minimale (mois)", "6,5");

    CheckReport report = RuleSetWorkbench.check(version);

    assertThat(report.ok()).isFalse();
    // Only the cell: what the unreadable row would have covered is unknown, so no gap follows.
    assertThat(report.problems()).containsExactly(FILE + ", feuille 'Voies de sortie', ligne 14,"
        + " colonne 'Durée minimale (mois)' : '6,5' n'est pas un nombre entier");
  }

  @Test
  void an_unknown_route_name_is_reported_with_the_names_allowed() {
    int row = routeRow(routes, "CDD", "CDD");
    RuleSetWorkbench.setCell(routes, row, "Voie", "CDD_LONG");

    assertThat(RuleSetWorkbench.check(version).problems()).containsExactly(FILE
        + ", feuille 'Voies de sortie', ligne " + row + ", colonne 'Voie' : 'CDD_LONG' n'est pas une"
        + " voie de sortie ; valeurs possibles : [CDI, INTERIM, CDD, FORMATION_QUALIFIANTE, CREATION_ENTREPRISE,"
        + " CONTRAT_AIDE, SENIOR_CHANTIER_INSERTION]");
  }

  @Test
  void an_unknown_activity_type_is_reported_with_the_types_allowed() {
    int row = routeRow(routes, "INTERIM", "INTERIM");
    RuleSetWorkbench.setCell(routes, row, "Type d'activité", "Intérim");

    assertThat(RuleSetWorkbench.check(version).problems()).containsExactly(FILE
        + ", feuille 'Voies de sortie', ligne " + row + ", colonne 'Type d'activité' : 'Intérim'"
        + " n'est pas un type d'activité ; valeurs possibles : [CDI, CDD, INTERIM, CONTRAT_AIDE, CHANTIER_INSERTION,"
        + " FORMATION_QUALIFIANTE, CREATION_ENTREPRISE]");
  }

  @Test
  void two_rows_of_one_route_and_type_valid_the_same_day_both_match() {
    // The CDD row copied over the interim row: two rows say how CDDs count for the CDD route,
    // and nothing says how interim missions count any more.
    RuleSetWorkbench.setCell(routes, 12, "Voie", "CDD");
    RuleSetWorkbench.setCell(routes, 12, "Type d'activité", "CDD");

    assertThat(RuleSetWorkbench.check(version).problems()).containsExactly(
        FILE + ", lignes 12 et 13 : deux lignes de la voie CDD pour le type d'activité CDD sont valides le"
            + " 2018-01-01 (leurs périodes se chevauchent)",
        FILE + " : le type d'activité INTERIM ne compte pour aucune voie à partir du 2018-01-01 (aucune ligne ne le"
            + " couvre ce jour-là ; chaque type d'activité a besoin d'une ligne)",
        FILE + " : la voie INTERIM n'a pas de ligne à partir du 2018-01-01 (chaque voie du §I.C.2 a"
            + " besoin d'une ligne en vigueur)");
  }

  @Test
  void rows_of_one_route_that_disagree_on_its_durations_are_ambiguous() {
    // Interim missions also counting for the CDD route, but with another duration.
    RuleSetWorkbench.setCell(routes, 12, "Voie", "CDD");
    RuleSetWorkbench.setCell(routes, 12, "Durée minimale (mois)", "4");

    assertThat(RuleSetWorkbench.check(version).problems()).containsExactly(
        FILE + ", lignes 12 et 13 : deux lignes de la voie CDD valides le 2018-01-01 ne donnent"
            + " pas les mêmes durées (4 mois dans 12 / 6 mois dans 12) ; les lignes d'une voie"
            + " valides le même jour doivent donner les mêmes durées",
        FILE + " : la voie INTERIM n'a pas de ligne à partir du 2018-01-01 (chaque voie du §I.C.2 a"
            + " besoin d'une ligne en vigueur)");
  }

  @Test
  void an_activity_type_that_no_row_covers_is_a_gap() {
    // The CDD row now says interim missions count for the CDD route: CDDs count for nothing.
    int row = routeRow(routes, "CDD", "CDD");
    RuleSetWorkbench.setCell(routes, row, "Type d'activité", "INTERIM");

    assertThat(RuleSetWorkbench.check(version).problems()).containsExactly(
        FILE + " : le type d'activité CDD ne compte pour aucune voie à partir du 2018-01-01 (aucune ligne ne le"
            + " couvre ce jour-là ; chaque type d'activité a besoin d'une ligne)");
  }

  @Test
  void a_row_that_ends_leaves_its_type_and_route_uncovered_from_the_next_day() {
    int row = routeRow(routes, "CDD", "CDD");
    RuleSetWorkbench.setCell(routes, row, "Valide jusqu'au", "2018-06-30");

    assertThat(RuleSetWorkbench.check(version).problems()).containsExactly(
        FILE + " : le type d'activité CDD ne compte pour aucune voie à partir du 2018-07-01 (aucune ligne ne le"
            + " couvre ce jour-là ; chaque type d'activité a besoin d'une ligne)",
        FILE + " : la voie CDD n'a pas de ligne à partir du 2018-07-01 (chaque voie du §I.C.2 a"
            + " besoin d'une ligne en vigueur)");
  }

  @Test
  void the_chantier_d_insertion_is_covered_by_the_senior_route_only() {
    int row = routeRow(routes, "SENIOR_CHANTIER_INSERTION", "CHANTIER_INSERTION");
    RuleSetWorkbench.setCell(routes, row, "Type d'activité", "CDI");

    assertThat(RuleSetWorkbench.check(version).problems()).containsExactly(
        FILE + " : le type d'activité CHANTIER_INSERTION ne compte pour aucune voie à partir du"
            + " 2018-01-01 (aucune ligne ne le couvre ce jour-là ; chaque type d'activité a besoin"
            + " d'une ligne)");
  }

  @Test
  void a_window_belongs_to_the_cumulated_routes_only() {
    RuleSetWorkbench.setCell(routes, routeRow(routes, "CDI", "CDI"), "Fenêtre glissante (mois)", "12");
    RuleSetWorkbench.setCell(routes, routeRow(routes, "CDD", "CDD"), "Fenêtre glissante (mois)", "");
    RuleSetWorkbench.setCell(routes, routeRow(routes, "INTERIM", "INTERIM"),
        "Fenêtre glissante (mois)", "5");

    assertThat(RuleSetWorkbench.check(version).problems()).containsExactly(
        FILE + ", ligne 11 : la voie CDI n'a pas de fenêtre glissante : laissez 'Fenêtre"
            + " glissante (mois)' vide",
        FILE + ", ligne 12 : une fenêtre glissante de 5 mois ne peut pas contenir 6 mois",
        FILE + ", ligne 13 : la voie CDD cumule les activités dans une fenêtre glissante :"
            + " 'Fenêtre glissante (mois)' est obligatoire");
  }

  @Test
  void the_table_checks_on_its_own_by_its_rule_table_name() throws IOException {
    Path loose = Files.copy(routes, rulesets.resolve("exit-routes.drl.xlsx"));
    CheckReport report = RuleSetWorkbench.check(loose);
    assertThat(report.problems()).isEmpty();
    assertThat(report.checked()).containsExactly(loose.toString());

    RuleSetWorkbench.setCell(loose, 13, "Type d'activité", "INTERIM");
    assertThat(RuleSetWorkbench.check(loose).problems()).containsExactly(loose
        + " : le type d'activité CDD ne compte pour aucune voie à partir du 2018-01-01 (aucune ligne ne le couvre"
        + " ce jour-là ; chaque type d'activité a besoin d'une ligne)");
  }
}
