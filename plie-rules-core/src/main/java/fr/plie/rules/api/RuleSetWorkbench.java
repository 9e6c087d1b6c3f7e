package fr.plie.rules.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.plie.rules.api.CheckReport.ScenarioResult;
import fr.plie.rules.internal.CompiledRuleSet;
import fr.plie.rules.internal.DecisionTables;
import fr.plie.rules.internal.RuleResources;
import fr.plie.rules.internal.RuleSetManifest;
import fr.plie.rules.internal.RuleSetRegistry;
import fr.plie.rules.internal.Scenarios;
import fr.plie.rules.internal.TableChecks;
import fr.plie.rules.internal.TableSchemas;
import fr.plie.rules.model.InvalidInputException;
import fr.plie.rules.model.PlieJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The analysts' tools: read a decision table as Markdown, check an edited table or rule set (in
 * their terms, then against its scenarios), copy the shipped rule sets out to edit them, change a
 * cell from a script. Impact analysis between two versions is {@link ImpactAnalysis}.
 */
public final class RuleSetWorkbench {
  private RuleSetWorkbench() {}

  // --- Reading a table ----------------------------------------------------------------------

  /** Every RuleTable of the workbook as a Markdown table, with the spreadsheet's row numbers. */
  public static String tableAsMarkdown(Path xlsx) {
    List<String> problems = new ArrayList<>();
    List<DecisionTables.Table> tables = DecisionTables.read(xlsx.toString(), bytes(xlsx), problems);
    StringBuilder out = new StringBuilder();
    for (DecisionTables.Table table : tables) {
      out.append("## ").append(table.name()).append(" (").append(xlsx.getFileName())
          .append(", sheet ").append(table.sheet()).append(")\n\n");
      out.append("| Ligne | ").append(String.join(" | ", table.labels())).append(" |\n");
      out.append("|---:|").append("---|".repeat(table.labels().size())).append('\n');
      for (DecisionTables.TableLine line : table.lines()) {
        out.append("| ").append(line.row());
        for (String label : table.labels()) {
          out.append(" | ").append(line.cells().getOrDefault(label, "").replace("|", "\\|"));
        }
        out.append(" |\n");
      }
      out.append('\n');
    }
    problems.forEach(p -> out.append("> problem: ").append(p).append('\n'));
    return out.toString();
  }

  // --- Checking -----------------------------------------------------------------------------

  /**
   * Checks a table ({@code .xlsx}), a rule-set version folder (with {@code ruleset.json}) or a
   * rule-set root (with {@code index.json}): every cell, the consistency across rows, the Drools
   * compilation, then the scenarios of each version, compared with their expectations and with
   * what the shipped version of the same name decides.
   */
  public static CheckReport check(Path path) {
    List<String> checked = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<ScenarioResult> scenarios = new ArrayList<>();
    // Loaded once: every version checked is compared with the shipped version of the same name.
    PlieRules shipped = PlieRules.load();
    if (Files.isRegularFile(path) && path.toString().endsWith(".xlsx")) {
      // A table inside a version folder is checked with its version (which reads every table,
      // compiles everything and runs the scenarios); a loose table is checked on its own.
      Path folder = path.toAbsolutePath().getParent().getParent();
      if (Files.isRegularFile(folder.resolve("ruleset.json"))) {
        checkVersion(folder, shipped, checked, problems, scenarios);
      } else {
        checkTable(path, checked, problems);
      }
    } else if (Files.isRegularFile(path.resolve("ruleset.json"))) {
      checkVersion(path, shipped, checked, problems, scenarios);
    } else if (Files.isRegularFile(path.resolve("index.json"))) {
      for (String manifest : RuleSetRegistry.index(RuleResources.directory(path))) {
        checkVersion(path.resolve(manifest).getParent(), shipped, checked, problems, scenarios);
      }
    } else {
      problems.add(path + ": neither a table (.xlsx), nor a rule-set version folder (with"
          + " ruleset.json), nor a rule-set root (with index.json)");
    }
    return new CheckReport(checked, problems, scenarios);
  }

  private static void checkTable(Path xlsx, List<String> checked, List<String> problems) {
    String name = xlsx.toString();
    checked.add(name);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(xlsx);
    } catch (IOException e) {
      problems.add(name + ": cannot be read (" + e.getMessage() + ")");
      return;
    }
    int before = problems.size();
    List<DecisionTables.Table> tables = DecisionTables.read(name, bytes, problems);
    for (DecisionTables.Table table : tables) {
      String kind = TableSchemas.KIND_BY_TABLE_NAME.get(table.name());
      if (kind == null) {
        problems.add(name + ", sheet '" + table.sheet() + "': unknown table 'RuleTable "
            + table.name() + "'; known tables: " + TableSchemas.KIND_BY_TABLE_NAME.keySet());
        continue;
      }
      List<TableSchemas.CheckedLine> lines = TableSchemas.check(kind, List.of(table), problems);
      LocalDate earliest = lines.stream()
          .map(l -> (LocalDate) l.values().get(kind.equals("retiredCommunes") ? "Retiré le" : "Valide du"))
          .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(LocalDate.MIN);
      RuleSetManifest alone = new RuleSetManifest("(table)", "(table)", earliest, "(table)", "",
          List.of(), List.of(), Map.of());
      problems.addAll(TableChecks.check(alone, Map.of(kind, name), Map.of(kind, lines),
          problems.size() == before ? Set.of() : Set.of(kind)));
    }
    if (problems.size() == before) {
      try {
        problems.addAll(CompiledRuleSet.compileProblems(name, DecisionTables.compile(bytes)));
      } catch (RuntimeException e) {
        problems.add(name + ": Drools cannot compile this decision table ("
            + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")");
      }
    }
  }

  private static void checkVersion(Path folder, PlieRules shippedRules, List<String> checked,
      List<String> problems, List<ScenarioResult> scenarios) {
    String manifest = RuleResources.versionFolder(folder).manifestPath();
    RuleResources resources = RuleResources.versionFolder(folder).resources();
    RuleSetRegistry registry;
    try {
      registry = RuleSetRegistry.ofVersionFolder(folder);
      registry.versions().get(0).compileAll();
    } catch (RuleSetException e) {
      checked.add(manifest);
      problems.addAll(e.problems());
      return;
    }
    CompiledRuleSet ruleSet = registry.versions().get(0);
    String version = ruleSet.reference().version();
    checked.add(manifest + " (" + ruleSet.reference().id() + " " + ruleSet.label() + ", "
        + ruleSet.reference().fingerprint() + ")");
    List<Scenarios.Scenario> list;
    try {
      list = Scenarios.read(resources, manifest);
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
      return;
    }
    PlieRules edited = PlieRules.over(registry).version(version, ruleSet.reference().revision());
    Optional<PlieRules> shipped = shippedVersion(shippedRules, ruleSet);
    for (Scenarios.Outcome outcome : Scenarios.run(list, edited::decide)) {
      List<String> changes = new ArrayList<>();
      if (shipped.isPresent() && outcome.decision() != null) {
        try {
          ObjectNode before = PlieJson.toTree(
              shipped.get().decide(outcome.scenario().kind(), outcome.scenario().input()));
          changes.addAll(ImpactAnalysis.differences(before, outcome.decision()));
        } catch (InvalidInputException e) {
          changes.add("the shipped version rejects this input: " + e.getMessage());
        }
      }
      scenarios.add(new ScenarioResult(ruleSet.label(), outcome.scenario().name(), outcome.mismatches(),
          changes));
    }
  }

  /** The shipped revision of the same version (the current one when that revision is not shipped). */
  private static Optional<PlieRules> shippedVersion(PlieRules shipped, CompiledRuleSet ruleSet) {
    String id = ruleSet.reference().id();
    String version = ruleSet.reference().version();
    int revision = ruleSet.reference().revision();
    boolean exists = shipped.registry().versions().stream().anyMatch(v ->
        v.reference().id().equals(id) && v.reference().version().equals(version));
    if (!exists) {
      return Optional.empty();
    }
    boolean sameRevision = shipped.registry().version(version, revision).isPresent();
    return Optional.of(sameRevision ? shipped.version(version, revision) : shipped.version(version));
  }

  // --- Editing ------------------------------------------------------------------------------

  /**
   * Copies the shipped rule sets (index, manifests, rules, tables, scenarios) into {@code target},
   * laid out as in the library, for an analyst to edit and check.
   */
  public static List<Path> exportShipped(Path target) {
    RuleResources shipped = RuleResources.classpath();
    Set<String> paths = new LinkedHashSet<>();
    paths.add("index.json");
    for (CompiledRuleSet version : RuleSetRegistry.shipped().versions()) {
      paths.addAll(version.resourcePaths());
      String scenarios = RuleResources.resolve(version.manifestPath(), Scenarios.FILE);
      if (!Scenarios.read(shipped, version.manifestPath()).isEmpty()) {
        paths.add(scenarios);
      }
    }
    List<Path> written = new ArrayList<>();
    for (String path : paths) {
      Path file = target.resolve(path);
      try {
        Files.createDirectories(file.getParent());
        Files.write(file, shipped.read(path));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file, e);
      }
      written.add(file);
    }
    return written;
  }

  /**
   * Sets one cell of a decision table, found by its spreadsheet row number and its column label,
   * as text (the way the tables hold every value). For scripted edits and worked examples;
   * analysts usually edit in a spreadsheet program.
   *
   * @return the cell's previous value
   */
  public static String setCell(Path xlsx, int row, String column, String value) {
    try (InputStream in = Files.newInputStream(xlsx);
        Workbook workbook = WorkbookFactory.create(in)) {
      for (Sheet sheet : workbook) {
        Integer columnIndex = labelColumn(sheet, column);
        if (columnIndex == null) {
          continue;
        }
        Row target = sheet.getRow(row - 1);
        if (target == null) {
          throw new IllegalArgumentException(xlsx + ": there is no row " + row);
        }
        Cell cell = target.getCell(columnIndex);
        if (cell == null) {
          cell = target.createCell(columnIndex);
        }
        String previous = cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
            : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell);
        cell.setCellValue(value);
        try (OutputStream out = Files.newOutputStream(xlsx)) {
          workbook.write(out);
        }
        return previous;
      }
      throw new IllegalArgumentException(xlsx + ": no column labelled '" + column + "'");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot edit " + xlsx, e);
    }
  }

  /** The column whose label (the row under the templates of a RuleTable) is {@code label}. */
  private static Integer labelColumn(Sheet sheet, String label) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING
            && cell.getStringCellValue().startsWith("RuleTable ")) {
          Row labels = sheet.getRow(row.getRowNum() + 4);
          if (labels != null) {
            for (Cell candidate : labels) {
              if (candidate.getCellType() == CellType.STRING
                  && candidate.getStringCellValue().trim().equals(label)) {
                return candidate.getColumnIndex();
              }
            }
          }
        }
      }
    }
    return null;
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The JSON input kind of a record: an exit case has activities. */
  static String kindOf(JsonNode record) {
    return record.has("activities") || record.has("commissionDecision") ? "exit" : "entry";
  }
}
