package fr.plie.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drools is given the cells the library expects and the checked data cells, never a workbook: for
 * every shipped table, that gives exactly the DRL Drools generates from the workbook itself.
 */
class DecisionTablesTest {
  static Stream<Arguments> shippedTables() {
    // A later version lists the unchanged tables of an earlier one: each file once.
    Map<String, String> kindByPath = new TreeMap<>();
    for (CompiledRuleSet version : RuleSetRegistry.shipped().versions()) {
      version.tablePaths().forEach((kind, path) -> kindByPath.put(path, kind));
    }
    return kindByPath.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shippedTables")
  void every_shipped_table_has_the_expected_layout_and_compiles_to_the_drl_drools_reads_from_it(
      String path, String kind) {
    byte[] bytes = RuleResources.classpath().read(path);
    List<String> problems = new ArrayList<>();

    DecisionTables.Table table = DecisionTables.read(path, bytes, kind, problems);
    TableSchemas.check(kind, List.of(table), problems);

    assertThat(problems).isEmpty();
    assertThat(DecisionTables.compile(table)).isEqualTo(
        new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes), InputType.XLS));
  }
}
