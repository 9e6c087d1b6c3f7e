package fr.plie.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Revision 3's tables are what {@link AnalystTables} makes from revision 2's: regenerated here,
 * they hold the same cells (every cell above the data, the notes, every data cell) as the shipped
 * files. (The shipped bytes are what the fingerprint covers; a regenerated file may differ in its
 * zip timestamps only.)
 */
class AnalystTablesTest {
  static Stream<AnalystTables.Source> sources() {
    return AnalystTables.SOURCES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void the_shipped_file_holds_what_the_generator_makes(AnalystTables.Source source) {
    List<String> problems = new ArrayList<>();
    DecisionTables.Table shipped = DecisionTables.read(source.target(),
        RuleResources.classpath().read(source.target()), source.kind(), problems);
    DecisionTables.Table generated = DecisionTables.read(source.target(),
        AnalystTables.build(source), source.kind(), problems);

    assertThat(problems).isEmpty();
    assertThat(shipped.labels()).isEqualTo(AnalystTables.labels(source.kind()));
    assertThat(shipped.lines()).isEqualTo(generated.lines());
    assertThat(notes(RuleResources.classpath().read(source.target()))).isEqualTo(source.notes());
  }

  @org.junit.jupiter.api.Test
  void a_table_of_2000_rows_in_the_analysts_layout_is_within_the_limits_and_read_whole() {
    List<java.util.Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < TableSchemas.MAX_ROWS; i++) {
      rows.add(java.util.Map.of("Code INSEE", String.format("%05d", 1000 + i), "Valide du",
          "2018-01-01", "Commune", "Commune " + i, "Code postal", "21000", "Référence",
          "AAP PLIE Dijon 2018 §I.C.1 (test)", "Dans le périmètre", "oui"));
    }
    byte[] bytes = AnalystWorkbook.build("communes", AnalystTables.labels("communes"), "Notes",
        rows);
    List<String> problems = new ArrayList<>();

    assertThat(Workbooks.scan(bytes)).isNull();
    DecisionTables.Table table = DecisionTables.read("large", bytes, "communes", problems);
    assertThat(problems).isEmpty();
    assertThat(table.lines()).hasSize(TableSchemas.MAX_ROWS);
    assertThat(TableSchemas.check("communes", List.of(table), problems)).hasSize(TableSchemas.MAX_ROWS);
    assertThat(problems).isEmpty();
  }

  private static String notes(byte[] bytes) {
    try (var workbook = Workbooks.open("", bytes, new ArrayList<>())) {
      return workbook.getSheetAt(0).getRow(AnalystWorkbook.NOTES_ROW).getCell(1)
          .getStringCellValue();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
