package fr.plie.rules.analysts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plie.rules.api.CheckReport;
import fr.plie.rules.api.PlieRules;
import fr.plie.rules.api.RuleSetWorkbench;
import fr.plie.rules.model.Criterion;
import fr.plie.rules.model.CriterionStatus;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.ActivityType;
import fr.plie.rules.model.RuleSetVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The current revision of every version ships its tables in the analysts' layout, checked as a
 * spreadsheet program would show them (with POI): Drools' rows hidden, the sheet protected, the
 * data and spare rows unlocked text, drop-down lists, a note on each label; and an analyst's edit
 * in that layout is read as typed.
 */
class AnalystWorkbookTest {
  /** Rows 1 to 10 hold the settings and the column headers; row 4 the notes, row 10 the labels. */
  private static final int LABEL_ROW = 9;
  private static final int NOTES_ROW = 3;

  /** Every table of the current revision of every shipped version, each file once. */
  static Stream<String> currentTables() {
    PlieRules rules = PlieRules.load();
    return rules.versions().stream().filter(RuleSetVersion::current)
        .flatMap(v -> tablePaths(v.version()).stream()).distinct().sorted();
  }

  private static List<String> tablePaths(String version) {
    return List.copyOf(fr.plie.rules.internal.RuleSetRegistry.shipped().version(version)
        .orElseThrow().tablePaths().values());
  }

  private static XSSFWorkbook open(String path) throws IOException {
    try (InputStream in = AnalystWorkbookTest.class.getResourceAsStream("/rulesets/" + path)) {
      return new XSSFWorkbook(in);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("currentTables")
  void drools_rows_are_hidden_the_sheet_protected_and_the_data_rows_unlocked_text(String path)
      throws IOException {
    try (XSSFWorkbook workbook = open(path)) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.isSheetLocked()).as("protected").isTrue();
      assertThat(workbook.isStructureLocked() || sheet.isSheetLocked()).isTrue();
      for (int r = 0; r < LABEL_ROW; r++) {
        Row row = sheet.getRow(r);
        assertThat(row != null && row.getZeroHeight()).as("row " + (r + 1) + " hidden")
            .isEqualTo(r != NOTES_ROW);
      }
      Row labels = sheet.getRow(LABEL_ROW);
      assertThat(labels.getZeroHeight()).isFalse();
      int columns = labels.getLastCellNum();
      for (int c = 0; c < columns; c++) {
        Cell label = labels.getCell(c);
        assertThat(label.getCellStyle().getLocked()).as("label locked").isTrue();
        assertThat(label.getCellComment()).as("note on " + label.getStringCellValue()).isNotNull();
        assertThat(label.getCellComment().getString().getString())
            .startsWith(label.getStringCellValue()).containsAnyOf("Obligatoire.", "Facultatif.");
      }
      assertThat(sheet.getRow(NOTES_ROW).getCell(1).getCellStyle().getLocked()).isTrue();
      int firstData = LABEL_ROW + 1;
      int end = firstData;
      while (sheet.getRow(end) != null && sheet.getRow(end).getCell(0) != null
          && sheet.getRow(end).getCell(0).getCellType() == CellType.STRING) {
        end++;
      }
      assertThat(end).as("data rows").isGreaterThan(firstData);
      // The data rows and at least 20 empty rows below them: unlocked, as text, no value.
      for (int r = firstData; r < end + 20; r++) {
        for (int c = 0; c < columns; c++) {
          Cell cell = sheet.getRow(r).getCell(c);
          assertThat(cell).as("cell %d,%d", r + 1, c + 1).isNotNull();
          assertThat(cell.getCellStyle().getLocked()).as("locked %d,%d", r + 1, c + 1).isFalse();
          assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("@");
          if (r >= end) {
            assertThat(cell.getCellType()).isEqualTo(CellType.BLANK);
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("currentTables")
  void closed_vocabularies_are_drop_down_lists_over_the_data_and_spare_rows(String path)
      throws IOException {
    try (XSSFWorkbook workbook = open(path)) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      Row labels = sheet.getRow(LABEL_ROW);
      Map<String, List<String>> lists = new TreeMap<>();
      for (XSSFDataValidation validation : sheet.getDataValidations()) {
        for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
          if (range.getFirstRow() == LABEL_ROW + 1 && range.getLastRow() > LABEL_ROW + 100) {
            lists.put(labels.getCell(range.getFirstColumn()).getStringCellValue(),
                Arrays.asList(validation.getValidationConstraint().getExplicitListValues()));
          }
        }
        assertThat(validation.getShowErrorBox()).isTrue();
      }
      String last = labels.getCell(labels.getLastCellNum() - 1).getStringCellValue();
      assertThat(lists).containsEntry(last, List.of("oui", "non"));
      List<String> all = new ArrayList<>();
      labels.forEach(c -> all.add(c.getStringCellValue()));
      if (all.contains("Voie")) {
        assertThat(lists.get("Voie")).containsExactlyElementsOf(
            Arrays.stream(ExitRoute.values()).map(Enum::name).toList());
        assertThat(lists.get("Type d'activité")).containsExactlyElementsOf(
            Arrays.stream(ActivityType.values()).map(Enum::name).toList());
      }
      if (all.contains("Unité")) {
        assertThat(lists.get("Unité")).containsExactly("mois", "ans", "jours", "heures/semaine",
            "convention");
        // A convention parameter's value offers the conventions the rules know.
        assertThat(sheet.getDataValidations()).anySatisfy(v -> assertThat(
            v.getValidationConstraint().getExplicitListValues()).containsExactly("workedDays"));
      }
    }
  }

  @Test
  void the_exported_protected_workbooks_are_read_back_unchanged(@TempDir Path rulesets) {
    RuleSetWorkbench.exportShipped(rulesets);
    PlieRules shipped = PlieRules.load();
    PlieRules exported = PlieRules.loadFrom(rulesets);

    assertThat(exported.versions()).extracting(RuleSetVersion::fingerprint)
        .containsExactlyElementsOf(shipped.versions().stream().map(RuleSetVersion::fingerprint)
            .toList());
    for (RuleSetVersion version : shipped.versions().stream().filter(RuleSetVersion::current)
        .toList()) {
      EntryApplication application = inside(version.validFrom().plusDays(10), "21231");
      EntryDecision a = shipped.version(version.version()).assessEntry(application);
      EntryDecision b = exported.version(version.version()).assessEntry(application);
      assertThat(b.outcome()).isEqualTo(a.outcome());
      assertThat(b.criteria()).isEqualTo(a.criteria());
      assertThat(b.firedRules()).isEqualTo(a.firedRules());
      assertThat(b.ruleSet()).isEqualTo(a.ruleSet());
    }
  }

  /**
   * An analyst types a new commune in the first empty row under the table, as a spreadsheet
   * program stores it in a text cell: the date stays text, check accepts it, and it takes effect.
   */
  @Test
  void a_row_typed_as_text_in_a_spare_row_is_accepted_and_takes_effect(@TempDir Path rulesets)
      throws IOException {
    RuleSetWorkbench.exportShipped(rulesets);
    RuleSetVersion latest = PlieRules.load().versions().stream()
        .filter(RuleSetVersion::current).reduce((a, b) -> b).orElseThrow();
    String version = latest.version();
    Path communes = Exported.table(rulesets, version, "communes");
    int row = typeRow(communes, "21578", "2019-03-01", "", "Saulon-la-Chapelle", "21910",
        "Délibération du comité de pilotage (exemple de test)", "oui");
    LocalDate from = LocalDate.parse("2019-03-01");
    LocalDate day = latest.validFrom().isAfter(from) ? latest.validFrom() : from;

    CheckReport report = RuleSetWorkbench.check(Exported.versionFolder(rulesets, version));
    assertThat(report.problems()).isEmpty();
    assertThat(RuleSetWorkbench.tableAsMarkdown(communes))
        .contains("| " + row + " | 21578 | 2019-03-01 |  | Saulon-la-Chapelle |");

    EntryApplication application = inside(day.plusDays(1), "21578");
    assertThat(territory(PlieRules.load().version(version).assessEntry(application)))
        .isEqualTo(CriterionStatus.NOT_MET);
    assertThat(territory(PlieRules.loadFrom(rulesets).version(version).assessEntry(application)))
        .isEqualTo(CriterionStatus.MET);
  }

  /** « non » keeps a row in the table without applying it: Drools never gets it. */
  @Test
  void a_row_switched_off_with_non_stays_in_the_table_and_does_not_apply(@TempDir Path rulesets) {
    RuleSetWorkbench.exportShipped(rulesets);
    RuleSetVersion latest = PlieRules.load().versions().stream()
        .filter(RuleSetVersion::current).reduce((a, b) -> b).orElseThrow();
    Path communes = Exported.table(rulesets, latest.version(), "communes");
    int dijon = RuleSetWorkbench.tableAsMarkdown(communes).lines()
        .filter(l -> l.contains("| 21231 |")).map(l -> Integer.parseInt(l.split("\\|")[1].trim()))
        .findFirst().orElseThrow();
    RuleSetWorkbench.setCell(communes, dijon, "Dans le périmètre", "non");

    CheckReport report = RuleSetWorkbench.check(Exported.versionFolder(rulesets, latest.version()));
    assertThat(report.problems()).isEmpty();
    // The scenarios of a Dijon resident now decide otherwise: check says which.
    assertThat(report.scenarios()).anyMatch(s -> !s.passed());
    assertThat(RuleSetWorkbench.tableAsMarkdown(communes)).contains("| Dijon | 21000 |")
        .doesNotContain("> problème");
    EntryApplication application = inside(latest.validFrom().plusDays(1), "21231");
    assertThat(territory(PlieRules.load().version(latest.version()).assessEntry(application)))
        .isEqualTo(CriterionStatus.MET);
    assertThat(territory(PlieRules.loadFrom(rulesets).version(latest.version())
        .assessEntry(application))).isEqualTo(CriterionStatus.NOT_MET);

    RuleSetWorkbench.setCell(communes, dijon, "Dans le périmètre", "peut-être");
    assertThat(RuleSetWorkbench.check(communes).problems()).singleElement().asString()
        .contains("'peut-être' n'est ni 'oui'").contains("ni 'non'");
  }

  @Test
  void table_set_in_a_spare_row_keeps_the_layout_below_the_new_row(@TempDir Path rulesets)
      throws IOException {
    RuleSetWorkbench.exportShipped(rulesets);
    String version = PlieRules.load().versions().stream().filter(RuleSetVersion::current)
        .findFirst().orElseThrow().version();
    Path parameters = Exported.table(rulesets, version, "parameters");
    int spare;
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(parameters))) {
      spare = firstEmptyRow(workbook.getSheetAt(0));
    }
    RuleSetWorkbench.setCell(parameters, spare + 1, "Nom", "exit.test.parameter");

    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(parameters))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.isSheetLocked()).isTrue();
      assertThat(firstEmptyRow(sheet)).isEqualTo(spare + 1);
      for (int r = spare; r < spare + 20; r++) {
        Cell cell = sheet.getRow(r).getCell(2);
        assertThat(cell.getCellStyle().getLocked()).isFalse();
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("@");
      }
    }
    // The new row is incomplete: check names its empty required cells, in the analyst's terms.
    assertThat(RuleSetWorkbench.check(parameters).problems())
        .anyMatch(p -> p.contains("ligne " + (spare + 1)) && p.contains("Valeur"));
  }

  @Test
  void table_set_refuses_the_hidden_code_rows_of_the_analysts_layout(@TempDir Path rulesets) {
    RuleSetWorkbench.exportShipped(rulesets);
    String version = PlieRules.load().versions().stream().filter(RuleSetVersion::current)
        .findFirst().orElseThrow().version();
    Path parameters = Exported.table(rulesets, version, "parameters");
    assertThatThrownBy(() -> RuleSetWorkbench.setCell(parameters, 9, "Valeur", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("11");
  }

  private static int firstEmptyRow(XSSFSheet sheet) {
    int r = LABEL_ROW + 1;
    while (sheet.getRow(r) != null && sheet.getRow(r).getCell(0) != null
        && sheet.getRow(r).getCell(0).getCellType() == CellType.STRING) {
      r++;
    }
    return r;
  }

  /** Types the values in the first empty row (1-based number returned), keeping each cell's style. */
  private static int typeRow(Path xlsx, String... values) throws IOException {
    int row;
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      row = firstEmptyRow(sheet);
      for (int c = 0; c < values.length; c++) {
        Cell cell = sheet.getRow(row).getCell(c);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("@");
        if (!values[c].isEmpty()) {
          cell.setCellValue(values[c]);
        }
      }
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        workbook.write(out);
      }
    }
    return row + 1;
  }

  private static CriterionStatus territory(EntryDecision decision) {
    return decision.criteria().stream().filter(c -> c.id() == Criterion.TERRITORY).findFirst()
        .orElseThrow().status();
  }

  private static EntryApplication inside(LocalDate day, String commune) {
    return EntryApplication.builder().participantId("T-1").assessmentDate(day)
        .residenceInseeCode(commune).workAuthorization(true).wantsIntegratedPathway(true)
        .insufficientQualification(true).lastProfessionalActivityEnd(day.minusYears(2))
        .complexFamilySituation(true).build();
  }
}
