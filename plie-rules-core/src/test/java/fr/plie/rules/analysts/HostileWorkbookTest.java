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
    String located = PARAMETERS + ", sheet 'Paramètres', row 9, column G (the code template of the"
        + " column 'En vigueur'): is 'insert(TableRows.parameter(kcontext)); try {";

    CheckReport report = RuleSetWorkbench.check(version);
    assertThat(report.ok()).isFalse();
    assertThat(report.problems()).singleElement().asString().startsWith(located)
        .endsWith("the library expects 'insert(TableRows.parameter(kcontext));' (rows 1 to 10 are"
            + " fixed: Drools turns them into code)");

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
            "row 1, column B (the value of RuleSet): is 'java.lang'; the library expects"
                + " 'fr.plie.rules.tables'"),
        Arguments.of("an import", (Tamper) (t, f) -> set(f, "B2",
            "fr.plie.rules.internal.facts.TableRows, java.nio.file.Files"),
            "row 2, column B (the value of Import)"),
        Arguments.of("the Sequential setting", (Tamper) (t, f) -> set(f, "B3", "false"),
            "row 3, column B (the value of Sequential)"),
        Arguments.of("a Functions setting in place of the notes", (Tamper) (t, f) -> {
          set(f, "A4", "Functions");
          set(f, "B4", "function void pwn() { " + t.writeAFile() + " }");
        }, "row 4, column A (the setting): is 'Functions'; the library expects 'Notes'"),
        Arguments.of("a Variables setting in the empty row", (Tamper) (t, f) -> {
          set(f, "A5", "Variables");
          set(f, "B5", "java.lang.Runtime runtime");
        }, "row 5, column A: 'Variables' is outside the table; this cell must be empty"),
        Arguments.of("the table's name", (Tamper) (t, f) -> set(f, "A6", "RuleTable Autre"),
            "row 6, column A (the table's name): is 'RuleTable Autre'; the library expects"
                + " 'RuleTable Paramètres'"),
        Arguments.of("a column kind", (Tamper) (t, f) -> set(f, "B7", "ACTION"),
            "row 7, column B (the kind of the column 'Valeur'): is 'ACTION'; the library expects"
                + " 'METADATA'"),
        Arguments.of("a fact pattern", (Tamper) (t, f) -> set(f, "D8", "AssessmentDay(eval(true))"),
            "row 8, column D (the fact pattern of the column 'Valide du')"),
        Arguments.of("a pattern cell of a metadata column", (Tamper) (t, f) -> set(f, "A8", "eval(true)"),
            "row 8, column A (the fact pattern of the column 'Nom'): is 'eval(true)'; the library"
                + " expects it empty"),
        Arguments.of("the merged pattern cells", (Tamper) (t, f) -> edit(f, w -> w.getSheetAt(0)
            .removeMergedRegion(0)), "the cells D8:E8 must be merged"),
        Arguments.of("another merged range", (Tamper) (t, f) -> edit(f, w -> w.getSheetAt(0)
            .addMergedRegion(CellRangeAddress.valueOf("A11:B11"))), "the cells A11:B11 must not be"
                + " merged"),
        Arguments.of("a code template", (Tamper) (t, f) -> set(f, "B9",
            "value(\"$param\") @pwn(\"x\")"), "row 9, column B (the code template of the column"
                + " 'Valeur')"),
        Arguments.of("a code template as a formula", (Tamper) (t, f) -> edit(f, w ->
            cell(w.getSheetAt(0), "G9").setCellFormula("CONCATENATE(\"insert(\",\"x)\")")),
            "row 9, column G (the code template of the column 'En vigueur'): is a formula"),
        Arguments.of("a template right of the table", (Tamper) (t, f) -> {
          set(f, "H7", "ACTION");
          set(f, "H9", t.writeAFile());
        }, "row 7, column H: 'ACTION' is outside the table; this cell must be empty"),
        Arguments.of("a column label", (Tamper) (t, f) -> set(f, "C10", "Unit"),
            "row 10, column C (the label of the column 'Unité'): is 'Unit'"),
        Arguments.of("a second table after an empty row", (Tamper) (t, f) -> {
          set(f, "A17", "RuleTable Paramètres");
          set(f, "A18", "ACTION");
          set(f, "A20", t.writeAFile());
        }, "cell A17: the table 'Paramètres' ends at row 15 (its first empty row) and nothing may"
            + " follow it"),
        Arguments.of("a second sheet", (Tamper) (t, f) -> edit(f, w -> {
          Sheet other = w.createSheet("Autre");
          other.createRow(0).createCell(0).setCellValue("RuleTable Paramètres");
        }), "sheet 'Autre': a table workbook holds one sheet, its table; remove this sheet"));
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
        .startsWith(PARAMETERS + ", sheet 'Paramètres', row 11, column 'Référence': '")
        .containsAnyOf("double quote", "backslash", "line break", "a tab", "invisible character",
            "control character")
        .doesNotContain("\n", "\u202E", "\u001B");
  }

  @Test
  void a_data_cell_that_closes_its_string_never_runs() {
    RuleSetWorkbench.setCell(parameters, 11, "Référence", "x\"); " + writeAFile() + " //");

    assertThat(RuleSetWorkbench.check(version).problems()).singleElement().asString()
        .contains("row 11, column 'Référence'").contains("contains a double quote");
  }

  @Test
  void a_trailing_backslash_is_named_at_its_cell_not_as_drools_errors() {
    RuleSetWorkbench.setCell(parameters, 12, "Nom", "exit.halfTime.weeklyHours\\");

    assertThat(RuleSetWorkbench.check(version).problems()).containsExactly(PARAMETERS
        + ", sheet 'Paramètres', row 12, column 'Nom': 'exit.halfTime.weeklyHours\\' contains a"
        + " backslash (\\), which a table cannot hold (Drools would read it as an escape); use /"
        + " instead");
  }

  @Test
  void a_formula_in_a_data_cell_is_not_evaluated() {
    edit(parameters, w -> cell(w.getSheetAt(0), "F11").setCellFormula("G9"));

    assertThat(RuleSetWorkbench.check(version).problems()).contains(PARAMETERS
        + ", sheet 'Paramètres', row 11, column 'Référence': '=G9' is a formula; type the value"
        + " itself (formulas are not read)");
  }

  @Test
  void a_long_value_is_cut_when_echoed() {
    RuleSetWorkbench.setCell(parameters, 11, "Référence", "x".repeat(5_000));

    assertThat(RuleSetWorkbench.check(version).problems()).singleElement().asString()
        .contains("'" + "x".repeat(60) + "… (5000 characters)' is 5000 characters long; a cell"
            + " holds at most 2000");
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
