package fr.plie.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.PlieJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands analysts and auditors use, run as the command line runs them. */
class AnalystCommandsTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PlieRulesCli cli;
  @TempDir Path work;

  @BeforeEach
  void newCli() {
    cli = new PlieRulesCli(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return cli.run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void decide_takes_entry_applications_and_exit_cases_together() {
    int status = run("decide", "--explain", "samples/entry/eligible-dijon-long-term-unemployed.json",
        "samples/exit/positive-cdd-then-cdi.json");
    assertThat(status).isZero();
    assertThat(out()).contains("Entrée dans le PLIE : DIJ-2018-0001", "ÉLIGIBLE")
        .contains("Sortie du PLIE : DIJ-2018-0101", "SORTIE POSITIVE au 2018-08-12");
  }

  @Test
  void a_recorded_decision_replays_identical_and_a_tampered_one_differs() throws IOException {
    assertThat(run("exit", "samples/exit/positive-cdd-then-cdi.json")).isZero();
    Path recorded = work.resolve("decision.json");
    Files.writeString(recorded, out());

    assertThat(run("replay", recorded.toString())).isZero();
    assertThat(out()).contains("\"status\" : \"IDENTICAL\"");

    Path tampered = work.resolve("tampered.json");
    Files.writeString(tampered, Files.readString(recorded)
        .replace("\"positiveExitDate\" : \"2018-08-12\"", "\"positiveExitDate\" : \"2018-07-13\""));
    assertThat(run("replay", "--explain", tampered.toString())).isEqualTo(PlieRulesCli.REPLAY_DIFFERENT);
    assertThat(out()).contains("DIFFERENT").contains("/positiveExitDate: recorded \"2018-07-13\", replayed \"2018-08-12\"");
  }

  @Test
  void a_replay_of_rules_not_shipped_is_refused() throws IOException {
    assertThat(run("entry", "samples/entry/eligible-dijon-long-term-unemployed.json")).isZero();
    Path forged = work.resolve("forged.json");
    Files.writeString(forged, out().replaceFirst("\"fingerprint\" : \"sha256:[0-9a-f]{8}",
        "\"fingerprint\" : \"sha256:00000000"));
    assertThat(run("replay", forged.toString())).isEqualTo(PlieRulesCli.REPLAY_UNKNOWN_RULES);
    assertThat(out()).contains("UNKNOWN_RULE_SET");
  }

  @Test
  void export_show_edit_check_and_impact() throws IOException {
    Path rules = work.resolve("rules");
    assertThat(run("rulesets", "export", rules.toString())).isZero();
    // The folder of the current revision of 2018.1, and the parameter table it reads.
    var current = fr.plie.rules.internal.RuleSetRegistry.shipped().version("2018.1").orElseThrow();
    Path version = rules.resolve(current.manifestPath()).getParent();
    Path parameters = rules.resolve(current.tablePaths().get("parameters"));

    assertThat(run("table", "show", parameters.toString())).isZero();
    String markdown = out();
    // The value and its unit (French in the analysts' layout, after a « Libellé »).
    assertThat(markdown).startsWith("## Paramètres").containsPattern(
        "\\| entry\\.inactivity\\.months \\|( [^|]+ \\|)? 12 \\| (months|mois) \\|");
    String row = markdown.lines().filter(l -> l.contains("| entry.inactivity.months |"))
        .findFirst().orElseThrow().split("\\|")[1].trim();

    assertThat(run("check", version.toString())).isZero();
    assertThat(out()).contains("Aucun problème dans les tables et les règles.").contains(" 0 en échec");

    assertThat(run("table", "set", parameters.toString(), row, "Valeur", "12,5")).isZero();
    assertThat(run("check", version.toString())).isEqualTo(PlieRulesCli.CHECK_FAILED);
    assertThat(out()).contains("ligne " + row + ", colonne 'Valeur' : '12,5' n'est pas un nombre");
    assertThat(err()).isEmpty();

    assertThat(run("table", "set", parameters.toString(), row, "Valeur", "6")).isZero();
    assertThat(run("impact", "--from", "2018.1", "--to", version.toString(),
        "samples/cohort.jsonl")).isZero();
    assertThat(out()).startsWith("Impact de " + version + " par rapport à 2018.1 sur 60 enregistrement(s) décidé(s)")
        .contains("LABOUR_MARKET NOT_MET → MET");
  }

  @Test
  void impact_names_what_it_cannot_read() {
    assertThat(run("impact", "--from", "2017", "--to", "2018.1", "samples/cohort.jsonl"))
        .isEqualTo(PlieRulesCli.INVALID);
    assertThat(err()).contains("'2017' n'est ni un dossier de règles ni une version, révision ou série livrée");
    assertThat(run("impact", "--from", "2018.1", "samples/cohort.jsonl")).isEqualTo(PlieRulesCli.INVALID);
    assertThat(err()).contains("plie-rules impact: Missing required option: '--to=VERSION|DOSSIER'")
        .contains("Usage: plie-rules impact");
  }

  @Test
  void impact_of_a_revision_on_the_cohort_lists_the_decisions_it_changes() {
    var revisions = PlieRules.load().versions().stream()
        .filter(v -> v.version().equals("2018.1")).toList();
    String oldest = "2018.1-r" + revisions.get(0).revision();
    String current = "2018.1-r" + revisions.get(revisions.size() - 1).revision();
    assertThat(run("impact", "--from", oldest, "--to", current, "samples/cohort.jsonl")).isZero();
    assertThat(out()).startsWith("Impact de " + current + " par rapport à " + oldest
        + " sur 60 enregistrement(s) décidé(s)");
    // The same rules for entry: only exit decisions change.
    assertThat(out()).doesNotContain("entry ELIGIBLE →").doesNotContain("entry NOT_ELIGIBLE →");
    assertThat(run("impact", "--from", oldest, "--to", "2018.1", "samples/cohort.jsonl")).isZero();
  }

  @Test
  void a_decision_taken_with_a_superseded_revision_replays_identical_with_it() throws IOException {
    var oldest = PlieRules.load().versions().get(0);
    ExitDecision decision = PlieRules.load().version(oldest.version(), oldest.revision())
        .assessExit(PlieJson.readExitCase(Files.readString(Path.of(
            "samples/exit/positive-cdd-then-cdi.json"))));
    Path recorded = work.resolve("old.json");
    Files.writeString(recorded, PlieJson.write(decision));
    assertThat(run("replay", recorded.toString())).isZero();
    assertThat(out()).contains("\"status\" : \"IDENTICAL\"")
        .contains("\"shippedFingerprint\" : \"" + oldest.fingerprint() + "\"");
  }

  /** Issue 11: `table set … 9 "Durée minimale (mois)" 4` overwrote a code cell and returned 0. */
  @Test
  void table_set_refuses_the_cells_above_the_data_and_leaves_the_file_unchanged() throws IOException {
    Path rules = work.resolve("rules");
    run("rulesets", "export", rules.toString());
    Path table = rules.resolve("plie-dijon/2018.1/tables/exit-routes.drl.xlsx");
    byte[] before = Files.readAllBytes(table);
    for (String row : List.of("9", "1", "10")) {
      assertThat(run("table", "set", table.toString(), row, "Durée minimale (mois)", "4"))
          .as("row " + row).isEqualTo(PlieRulesCli.INVALID);
      assertThat(err()).contains("la ligne " + row + " n'est pas une ligne de données").doesNotContain("\tat ");
    }
    assertThat(Files.readAllBytes(table)).isEqualTo(before);
    // The first data row is still writable.
    assertThat(run("table", "set", table.toString(), "11", "Durée minimale (mois)", "6")).isZero();
  }

  @Test
  void table_set_names_a_missing_column() throws IOException {
    Path rules = work.resolve("rules");
    run("rulesets", "export", rules.toString());
    assertThat(run("table", "set", rules.resolve("plie-dijon/2018.1/tables/parameters.drl.xlsx").toString(),
        "11", "Montant", "3")).isEqualTo(PlieRulesCli.INVALID);
    assertThat(err()).contains("aucune colonne n'a pour titre 'Montant'");
  }

  // --- Hostile input (issue 9) ----------------------------------------------------------------

  @Test
  void code_typed_into_a_template_cell_never_runs_and_check_names_the_cell() throws IOException {
    Path rules = work.resolve("rules");
    Path pwned = Files.createDirectories(work.resolve("pwned"));
    assertThat(run("rulesets", "export", rules.toString())).isZero();
    Path version = rules.resolve("plie-dijon/2018.1");
    String parameters = version.resolve("tables/parameters.drl.xlsx").toString();
    String code = "insert(TableRows.parameter(kcontext)); try { java.nio.file.Files.writeString("
        + "java.nio.file.Path.of(\"" + pwned.toAbsolutePath().toString().replace('\\', '/')
        + "/PWNED-\"+System.nanoTime()),\"x\"); } catch (java.io.IOException ignored) { }";
    // The repro: `table set` no longer writes above the data...
    assertThat(run("table", "set", parameters, "9", "En vigueur", code)).isEqualTo(PlieRulesCli.INVALID);
    assertThat(err()).contains("la ligne 9 n'est pas une ligne de données");
    // ...so the code is typed in as a spreadsheet program would let anyone do.
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
        Files.newInputStream(Path.of(parameters)))) {
      workbook.getSheetAt(0).getRow(8).getCell(6).setCellValue(code);
      try (java.io.OutputStream out = Files.newOutputStream(Path.of(parameters))) {
        workbook.write(out);
      }
    }

    assertThat(run("check", version.toString())).isEqualTo(PlieRulesCli.CHECK_FAILED);
    assertThat(out()).contains("1 problème(s) :").contains("parameters.drl.xlsx, feuille 'Paramètres',"
        + " ligne 9, colonne G (le modèle de code de la colonne 'En vigueur') : vaut"
        + " 'insert(TableRows.parameter(kcontext)); try {");
    assertThat(run("impact", "--from", "2018.1", "--to", version.toString(), "samples/cohort.jsonl"))
        .isEqualTo(PlieRulesCli.INVALID);
    assertThat(err()).contains("ligne 9, colonne G (le modèle de code de la colonne 'En vigueur')")
        .doesNotContain("internal error");
    try (java.util.stream.Stream<Path> files = Files.list(pwned)) {
      assertThat(files).as("files written by code from a workbook").isEmpty();
    }
  }

  @Test
  void a_trailing_backslash_is_named_at_its_cell() throws IOException {
    Path rules = work.resolve("rules");
    run("rulesets", "export", rules.toString());
    Path version = rules.resolve("plie-dijon/2018.1");
    run("table", "set", version.resolve("tables/parameters.drl.xlsx").toString(), "11", "Référence",
        "AAP PLIE Dijon 2018 \\");

    assertThat(run("check", version.toString())).isEqualTo(PlieRulesCli.CHECK_FAILED);
    assertThat(out()).contains("1 problème(s) :").contains("ligne 11, colonne 'Référence' : 'AAP PLIE"
        + " Dijon 2018 \\' contient une barre oblique inverse").doesNotContain("des règles générées");
  }

  @Test
  void bad_paths_are_user_errors_with_a_sentence() throws IOException {
    assertThat(run("table", "set", "nothere.xlsx", "11", "Valeur", "3")).isEqualTo(PlieRulesCli.INVALID);
    assertThat(err()).isEqualTo("plie-rules table set : 'nothere.xlsx' : fichier introuvable\n");
    assertThat(run("table", "show", "nothere.xlsx")).isEqualTo(PlieRulesCli.INVALID);
    assertThat(err()).isEqualTo("plie-rules table show : 'nothere.xlsx' : fichier introuvable\n");
    assertThat(run("rulesets", "export", "")).isEqualTo(PlieRulesCli.INVALID);
    assertThat(err()).isEqualTo("plie-rules rulesets export: '' is not a folder name; give the"
        + " folder to export to\n");
    assertThat(run("check", "nothere")).isEqualTo(PlieRulesCli.INVALID);
    assertThat(err()).isEqualTo("plie-rules check : 'nothere' : aucun fichier ni dossier de ce nom\n");

    Path notAWorkbook = Files.writeString(work.resolve("table.xlsx"), "Nom;Valeur\n");
    assertThat(run("table", "show", notAWorkbook.toString())).isEqualTo(PlieRulesCli.INVALID);
    assertThat(err()).isEqualTo("plie-rules table show : " + notAWorkbook + " : n'est pas un"
        + " classeur .xlsx (un ancien fichier .xls, ou protégé par un mot de passe ? enregistrez-le"
        + " en .xlsx sans mot de passe)\n");
    assertThat(run("table", "set", notAWorkbook.toString(), "11", "Valeur", "3"))
        .isEqualTo(PlieRulesCli.INVALID);
    assertThat(err()).startsWith("plie-rules table set : " + notAWorkbook + " : n'est pas un classeur .xlsx");
  }

  @Test
  void export_refuses_a_folder_that_is_not_empty_unless_forced() throws IOException {
    Path rules = work.resolve("rules");
    assertThat(run("rulesets", "export", rules.toString())).isZero();
    Path scenarios = rules.resolve("plie-dijon/2018.1/scenarios.json");
    Files.writeString(scenarios, "{\"scenarios\": []}");

    assertThat(run("rulesets", "export", rules.toString())).isEqualTo(PlieRulesCli.INVALID);
    assertThat(err()).isEqualTo("plie-rules rulesets export: " + rules + " is not empty: exporting"
        + " would overwrite the tables and scenarios it may hold; choose a new or empty folder (or"
        + " add --force to overwrite it)\n");
    assertThat(Files.readString(scenarios)).isEqualTo("{\"scenarios\": []}");

    assertThat(run("rulesets", "export", "--force", rules.toString())).isZero();
    assertThat(Files.readString(scenarios)).contains("\"scenarios\"").isNotEqualTo("{\"scenarios\": []}");
  }

  @Test
  void impact_refuses_an_index_entry_leaving_the_folder_before_reading_it() throws IOException {
    Path rules = work.resolve("rules");
    run("rulesets", "export", rules.toString());
    Path index = rules.resolve("index.json");
    Files.writeString(index, Files.readString(index).replace("\"plie-dijon/2018.2/ruleset.json\"",
        "\"plie-dijon/2018.2/ruleset.json\", \"../../../../../../../../etc/passwd\""));

    assertThat(run("impact", "--from", "2018.1", "--to", rules.toString(), "samples/cohort.jsonl"))
        .isEqualTo(PlieRulesCli.INVALID);
    assertThat(err()).isEqualTo("plie-rules: rule set " + rules + " cannot be used:\n  -"
        + " index.json: the entry '../../../../../../../../etc/passwd' leaves the rule-set folder or"
        + " is not a plain path (write it like plie-dijon/2018.1/ruleset.json)\n");
    assertThat(out()).isEmpty();
  }
}
