package fr.plie.rules.analysts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plie.rules.api.CheckReport;
import fr.plie.rules.api.ImpactAnalysis;
import fr.plie.rules.api.PlieRules;
import fr.plie.rules.api.RuleSetException;
import fr.plie.rules.api.RuleSetWorkbench;
import fr.plie.rules.model.PlieJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A workbook is data sent by e-mail: nothing in it may become code. Every cell above a table's
 * data (settings, table name, column kinds, fact patterns, code templates, labels) must be what
 * the library expects, checked before anything compiles, and a data cell cannot break out of the
 * string Drools puts it in. Each payload below would write a file if it ran; none may.
 */
class HostileWorkbookTest {
  static final String PARAMETERS = "plie-dijon/2018.1/tables/parameters.drl.xlsx";

  @org.junit.jupiter.api.io.TempDir Path work;
  Path rulesets;
  Path version;
  Path parameters;
  /** Where a payload would write; must stay empty. */
  Path pwned;

  @BeforeEach
  void exportTheShippedRuleSets() throws IOException {
    rulesets = work.resolve("rules");
    RuleSetWorkbench.exportShipped(rulesets);
    version = rulesets.resolve("plie-dijon/2018.1");
    parameters = version.resolve("tables/parameters.drl.xlsx");
    pwned = Files.createDirectories(work.resolve("pwned"));
  }

  @AfterEach
  void nothingWasWritten() throws IOException {
    try (Stream<Path> files = Files.list(pwned)) {
      assertThat(files).as("files written by code from a workbook").isEmpty();
    }
  }

  /** Java that writes a file into {@link #pwned} if it is ever compiled and run. */
  String writeAFile() {
    return "java.nio.file.Files.writeString(java.nio.file.Path.of(\""
        + pwned.toAbsolutePath().toString().replace('\\', '/') + "/PWNED-\" + System.nanoTime()),"
        + " \"x\");";
  }

  static void edit(Path xlsx, Consumer<XSSFWorkbook> change) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      change.accept(workbook);
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        workbook.write(out);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Sets the cell at a spreadsheet address ("G9") of the first sheet as text. */
  static void set(Path xlsx, String address, String value) {
    edit(xlsx, workbook -> cell(workbook.getSheetAt(0), address).setCellValue(value));
  }

  static Cell cell(Sheet sheet, String address) {
    org.apache.poi.ss.util.CellAddress at = new org.apache.poi.ss.util.CellAddress(address);
    Row row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
    return row.getCell(at.getColumn()) == null ? row.createCell(at.getColumn()) : row.getCell(at.getColumn());
  }

  // --- The repro ----------------------------------------------------------------------

  @Test
  void code_in_a_template_cell_is_refused_by_check_impact_and_load_and_never_runs()
      throws IOException {
    // Row 9 holds the code templates; 'En vigueur' (column G) is the ACTION column. `table set`
    // refuses that row, so the workbook is edited as a spreadsheet program would.
    set(parameters, "G9",
        "insert(TableRows.parameter(kcontext)); try { " + writeAFile() + " } catch (java.io.IOException ignored) { }");
    String located = PARAMETERS + ", feuille 'Paramètres', ligne 9, colonne G (le modèle de code de la"
        + " colonne 'En vigueur') : vaut 'insert(TableRows.parameter(kcontext)); try {";

    CheckReport report = RuleSetWorkbench.check(version);
    assertThat(report.ok()).isFalse();
    assertThat(report.problems()).singleElement().asString().startsWith(located)
        .endsWith("la bibliothèque attend 'insert(TableRows.parameter(kcontext));' (les lignes 1"
            + " à 10 sont fixes : Drools en fait du code)");

    Path cohort = work.resolve("cohort.jsonl");
    Files.write(cohort, List.of(PlieJson.writeLine(ImpactAnalysisTest.cohort(1, 1).get(0))));
    assertThatThrownBy(() -> ImpactAnalysis.run("2018.1", version.toString(), cohort))
        .isInstanceOf(RuleSetException.class).hasMessageContaining(located);
    assertThatThrownBy(() -> PlieRules.loadFrom(rulesets))
        .isInstanceOf(RuleSetException.class).hasMessageContaining(located);
  }

  // --- Every kind of control cell -------------------------------------------------------------

  static Stream<Arguments> tamperedControlCells() {
    return Stream.of(
        Arguments.of("the package (RuleSet)", (Tamper) (t, f) -> set(f, "B1", "java.lang"),
            "ligne 1, colonne B (la valeur de RuleSet) : vaut 'java.lang' ; la bibliothèque"
                + " attend 'fr.plie.rules.tables'"),
        Arguments.of("an import", (Tamper) (t, f) -> set(f, "B2",
            "fr.plie.rules.internal.facts.TableRows, java.nio.file.Files"),
            "ligne 2, colonne B (la valeur de Import)"),
        Arguments.of("the Sequential setting", (Tamper) (t, f) -> set(f, "B3", "false"),
            "ligne 3, colonne B (la valeur de Sequential)"),
        Arguments.of("a Functions setting in place of the notes", (Tamper) (t, f) -> {
          set(f, "A4", "Functions");
          set(f, "B4", "function void pwn() { " + t.writeAFile() + " }");
        }, "ligne 4, colonne A (le réglage) : vaut 'Functions' ; la bibliothèque attend 'Notes'"),
        Arguments.of("a Variables setting in the empty row", (Tamper) (t, f) -> {
          set(f, "A5", "Variables");
          set(f, "B5", "java.lang.Runtime runtime");
        }, "ligne 5, colonne A : 'Variables' est hors de la table ; cette cellule doit être vide"),
        Arguments.of("the table's name", (Tamper) (t, f) -> set(f, "A6", "RuleTable Autre"),
            "ligne 6, colonne A (le nom de la table) : vaut 'RuleTable Autre' ; la bibliothèque attend"
                + " 'RuleTable Paramètres'"),
        Arguments.of("a column kind", (Tamper) (t, f) -> set(f, "B7", "ACTION"),
            "ligne 7, colonne B (le type de la colonne 'Valeur') : vaut 'ACTION' ; la bibliothèque attend"
                + " 'METADATA'"),
        Arguments.of("a fact pattern", (Tamper) (t, f) -> set(f, "D8", "AssessmentDay(eval(true))"),
            "ligne 8, colonne D (le motif de faits de la colonne 'Valide du')"),
        Arguments.of("a pattern cell of a metadata column", (Tamper) (t, f) -> set(f, "A8", "eval(true)"),
            "ligne 8, colonne A (le motif de faits de la colonne 'Nom') : vaut 'eval(true)' ; la"
                + " bibliothèque attend qu'elle soit vide"),
        Arguments.of("the merged pattern cells", (Tamper) (t, f) -> edit(f, w -> w.getSheetAt(0)
            .removeMergedRegion(0)), "les cellules D8:E8 doivent être fusionnées"),
        Arguments.of("another merged range", (Tamper) (t, f) -> edit(f, w -> w.getSheetAt(0)
            .addMergedRegion(CellRangeAddress.valueOf("A11:B11"))), "les cellules A11:B11 ne doivent"
                + " pas être fusionnées"),
        Arguments.of("a code template", (Tamper) (t, f) -> set(f, "B9",
            "value(\"$param\") @pwn(\"x\")"), "ligne 9, colonne B (le modèle de code de la"
                + " colonne 'Valeur')"),
        Arguments.of("a code template as a formula", (Tamper) (t, f) -> edit(f, w ->
            cell(w.getSheetAt(0), "G9").setCellFormula("CONCATENATE(\"insert(\",\"x)\")")),
            "ligne 9, colonne G (le modèle de code de la colonne 'En vigueur') : est une formule"),
        Arguments.of("a template right of the table", (Tamper) (t, f) -> {
          set(f, "H7", "ACTION");
          set(f, "H9", t.writeAFile());
        }, "ligne 7, colonne H : 'ACTION' est hors de la table ; cette cellule doit être vide"),
        Arguments.of("a column label", (Tamper) (t, f) -> set(f, "C10", "Unit"),
            "ligne 10, colonne C (le titre de la colonne 'Unité') : vaut 'Unit'"),
        Arguments.of("a second table after an empty row", (Tamper) (t, f) -> {
          set(f, "A17", "RuleTable Paramètres");
          set(f, "A18", "ACTION");
          set(f, "A20", t.writeAFile());
        }, "cellule A17 : la table 'Paramètres' finit à la ligne 15 (sa première ligne vide) et"
            + " rien ne peut la suivre"),
        Arguments.of("a second sheet", (Tamper) (t, f) -> edit(f, w -> {
          Sheet other = w.createSheet("Autre");
          other.createRow(0).createCell(0).setCellValue("RuleTable Paramètres");
        }), "feuille 'Autre' : un classeur de table n'a qu'une feuille, sa table ; supprimez cette feuille"));
  }

  interface Tamper {
    void apply(HostileWorkbookTest test, Path xlsx);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tamperedControlCells")
  void a_tampered_control_cell_is_a_located_error_before_anything_compiles(String what,
      Tamper tamper, String expected) {
    tamper.apply(this, parameters);

    CheckReport report = RuleSetWorkbench.check(version);

    assertThat(report.ok()).isFalse();
    assertThat(report.scenarios()).as("nothing compiled, no scenario run").isEmpty();
    assertThat(report.problems()).anySatisfy(p -> assertThat(p).startsWith(PARAMETERS)
        .contains(expected));
  }

  // --- Data cells -----------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "x\"); } then { PWN }",
      "AAP PLIE Dijon 2018 \\",
      "x\\u0022); PWN",
      "ligne 1\nligne 2",
      "x\u202Ey",
      "x\u200By",
      "x\ty",
      // How a workbook holds a control character (here ESC): POI reads _x001B_ as one.
      "x_x001B_[31my"})
  void a_data_cell_that_could_leave_its_string_is_refused_with_its_cell(String value) {
    RuleSetWorkbench.setCell(parameters, 11, "Référence", value);

    assertThat(RuleSetWorkbench.check(version).problems()).singleElement().asString()
        .startsWith(PARAMETERS + ", feuille 'Paramètres', ligne 11, colonne 'Référence' : '")
        .containsAnyOf("guillemet droit", "barre oblique inverse", "saut de ligne", "tabulation",
            "caractère invisible", "caractère de contrôle")
        .doesNotContain("\n", "\u202E", "\u001B");
  }

  @Test
  void a_data_cell_that_closes_its_string_never_runs() {
    RuleSetWorkbench.setCell(parameters, 11, "Référence", "x\"); " + writeAFile() + " //");

    assertThat(RuleSetWorkbench.check(version).problems()).singleElement().asString()
        .contains("ligne 11, colonne 'Référence'").contains("contient un guillemet droit");
  }

  @Test
  void a_trailing_backslash_is_named_at_its_cell_not_as_drools_errors() {
    RuleSetWorkbench.setCell(parameters, 12, "Nom", "exit.halfTime.weeklyHours\\");

    assertThat(RuleSetWorkbench.check(version).problems()).containsExactly(PARAMETERS
        + ", feuille 'Paramètres', ligne 12, colonne 'Nom' : 'exit.halfTime.weeklyHours\\' contient une"
        + " barre oblique inverse (\\), qu'une table ne peut pas contenir (Drools la lirait comme un"
        + " échappement) ; utilisez /");
  }

  @Test
  void a_formula_in_a_data_cell_is_not_evaluated() {
    edit(parameters, w -> cell(w.getSheetAt(0), "F11").setCellFormula("G9"));

    assertThat(RuleSetWorkbench.check(version).problems()).contains(PARAMETERS
        + ", feuille 'Paramètres', ligne 11, colonne 'Référence' : '=G9' est une formule ; tapez la"
        + " valeur elle-même (les formules ne sont pas lues)");
  }

  @Test
  void a_long_value_is_cut_when_echoed() {
    RuleSetWorkbench.setCell(parameters, 11, "Référence", "x".repeat(5_000));

    assertThat(RuleSetWorkbench.check(version).problems()).singleElement().asString()
        .contains("'" + "x".repeat(60) + "… (5000 caractères)' fait 5000 caractères ; une"
            + " cellule en contient au plus 2000");
  }

  @Test
  void punctuation_that_is_harmless_inside_a_string_is_kept() {
    String reference = "AAP PLIE Dijon 2018 §I.C.1 (art. 3); coût : 5 $, 50 % — « vu » [a] {b} <c>"
        + " & 'd' @e #f ~g | h = i + j * k / l ^ m";
    RuleSetWorkbench.setCell(parameters, 11, "Référence", reference);

    CheckReport report = RuleSetWorkbench.check(version);

    assertThat(report.problems()).isEmpty();
    assertThat(report.ok()).isTrue();
    assertThat(RuleSetWorkbench.tableAsMarkdown(parameters)).contains(reference.replace("|", "\\|"));
  }
}
