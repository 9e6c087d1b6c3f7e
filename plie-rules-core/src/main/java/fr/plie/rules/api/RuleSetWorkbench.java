package fr.plie.rules.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.plie.rules.api.CheckReport.ScenarioResult;
import fr.plie.rules.internal.AnalystWorkbook;
import fr.plie.rules.internal.CompiledRuleSet;
import fr.plie.rules.internal.DecisionTables;
import fr.plie.rules.internal.RuleResources;
import fr.plie.rules.internal.RuleSetManifest;
import fr.plie.rules.internal.RuleSetProblems;
import fr.plie.rules.internal.RuleSetRegistry;
import fr.plie.rules.internal.Scenarios;
import fr.plie.rules.internal.TableChecks;
import fr.plie.rules.internal.TableSchemas;
import fr.plie.rules.internal.Texts;
import fr.plie.rules.internal.Workbooks;
import fr.plie.rules.model.InvalidInputException;
import fr.plie.rules.model.PlieJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The analysts' tools: read a decision table as Markdown, check an edited table or rule set (in
 * their terms, then against its scenarios), copy the shipped rule sets out to edit them, change a
 * cell from a script. Impact analysis between two versions is {@link ImpactAnalysis}.
 */
public final class RuleSetWorkbench {
  private RuleSetWorkbench() {}

  // --- Reading a table ----------------------------------------------------------------------

  /**
   * The table of the workbook as a Markdown table, with the spreadsheet's row numbers, and the
   * problems found in it.
   *
   * @param xlsx the workbook
   * @return the Markdown, followed by the problems found (each on a {@code > problem:} line)
   * @throws IllegalArgumentException when the file cannot be read as a table at all
   */
  public static String tableAsMarkdown(Path xlsx) {
    List<String> problems = new ArrayList<>();
    DecisionTables.Table read = DecisionTables.read(xlsx.toString(), bytes(xlsx), null, problems);
    if (read == null) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    StringBuilder out = new StringBuilder();
    for (DecisionTables.Table table : read == null ? List.<DecisionTables.Table>of() : List.of(read)) {
      out.append("## ").append(table.name()).append(" (").append(xlsx.getFileName())
          .append(", feuille ").append(fr.plie.rules.model.SafeText.line(table.sheet()))
          .append(")\n\n");
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
    problems.forEach(p -> out.append("> problème : ").append(p).append('\n'));
    return out.toString();
  }

  // --- Checking -----------------------------------------------------------------------------

  /**
   * Checks a table ({@code .xlsx}), a rule-set version folder (with {@code ruleset.json}) or a
   * rule-set root (with {@code index.json}): every cell, the consistency across rows, the Drools
   * compilation, then the scenarios of each version, compared with their expectations and with
   * what the shipped version of the same name decides.
   *
   * @param path a table, a version folder or a rule-set root
   * @return every problem found and each scenario's result; never throws for a bad table or rule
   *     set
   */
  public static CheckReport check(Path path) {
    List<String> checked = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<ScenarioResult> scenarios = new ArrayList<>();
    List<String> shared = new ArrayList<>();
    // Loaded once: every version checked is compared with the shipped version of the same name.
    PlieRules shipped = PlieRules.load();
    try {
      if (Files.isRegularFile(path) && isWorkbook(path)) {
        // A table inside a version folder is checked with its version (which reads every table,
        // compiles everything and runs the scenarios); a loose table is checked on its own.
        Path parent = path.toAbsolutePath().normalize().getParent();
        Path folder = parent == null ? null : parent.getParent();
        if (folder != null && Files.exists(folder.resolve("ruleset.json"), LinkOption.NOFOLLOW_LINKS)) {
          checkVersion(RuleResources.versionFolder(folder), shipped, checked, problems, scenarios,
              shared);
        } else {
          checkTable(path, checked, problems);
        }
      } else if (Files.exists(path.resolve("ruleset.json"), LinkOption.NOFOLLOW_LINKS)) {
        checkVersion(RuleResources.versionFolder(path), shipped, checked, problems, scenarios,
            shared);
      } else if (Files.exists(path.resolve("index.json"), LinkOption.NOFOLLOW_LINKS)) {
        List<String> manifests;
        try {
          manifests = RuleSetRegistry.index(RuleResources.directory(path));
        } catch (RuleSetProblems e) {
          checked.add(path.resolve("index.json").toString());
          throw e;
        }
        for (String manifest : manifests) {
          checkVersion(new RuleResources.VersionFolder(path, manifest), shipped, checked,
              problems, scenarios, shared);
        }
      } else if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        problems.add(path + " : aucun fichier ni dossier de ce nom");
      } else {
        problems.add(path + " : ni une table (.xlsx), ni le dossier d'une version (avec"
            + " ruleset.json), ni une racine de jeux de règles (avec index.json)");
      }
    } catch (RuleSetException e) {
      problems.addAll(e.problems());
    } catch (RuleSetProblems e) {
      problems.addAll(e.problems());
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
    return new CheckReport(checked, problems, scenarios, shared.stream().distinct().toList());
  }

  private static boolean isWorkbook(Path path) {
    return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  private static void checkTable(Path xlsx, List<String> checked, List<String> problems) {
    String name = xlsx.toString();
    checked.add(name);
    byte[] bytes;
    try {
      bytes = bytes(xlsx);
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
      return;
    }
    int before = problems.size();
    DecisionTables.Table table = DecisionTables.read(name, bytes, null, problems);
    if (table == null) {
      return;
    }
    String kind = table.kind();
    List<String> found = new ArrayList<>();
    List<TableSchemas.CheckedLine> lines = TableSchemas.check(kind, List.of(table), found);
    DecisionTables.addCapped(name, found, problems);
    LocalDate earliest = lines.stream()
        .map(l -> (LocalDate) l.values().get(kind.equals("retiredCommunes") ? "Retiré le" : "Valide du"))
        .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(LocalDate.MIN);
    RuleSetManifest alone = new RuleSetManifest("(table)", "(table)", earliest, "(table)", "",
        List.of(), List.of(), Map.of());
    problems.addAll(TableChecks.check(alone, Map.of(kind, name), Map.of(kind, lines),
        problems.size() == before ? Set.of() : Set.of(kind)));
    if (problems.size() == before) {
      try {
        problems.addAll(CompiledRuleSet.compileProblems(name, DecisionTables.compile(table)));
      } catch (RuntimeException e) {
        problems.add(name + " : Drools ne peut pas compiler cette table de décision ("
            + Texts.echo(String.valueOf(e.getMessage()).lines().findFirst().orElse("")) + ")");
      }
    }
  }

  private static void checkVersion(RuleResources.VersionFolder folder, PlieRules shippedRules,
      List<String> checked, List<String> problems, List<ScenarioResult> scenarios,
      List<String> shared) {
    String manifest = folder.manifestPath();
    RuleResources resources = folder.resources();
    RuleSetRegistry registry;
    try {
      registry = RuleSetRegistry.of(resources, List.of(manifest));
      registry.versions().get(0).compileAll();
    } catch (RuleSetProblems e) {
      checked.add(manifest);
      problems.addAll(e.problems());
      return;
    }
    CompiledRuleSet ruleSet = registry.versions().get(0);
    String version = ruleSet.reference().version();
    checked.add(manifest + " (" + ruleSet.reference().id() + " " + ruleSet.label() + ", "
        + ruleSet.reference().fingerprint() + ")");
    shared.addAll(sharedChanges(folder, ruleSet));
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
          changes.add("la version livrée refuse cette entrée : " + e.getMessage());
        }
      }
      scenarios.add(new ScenarioResult(ruleSet.label(), outcome.scenario().name(), outcome.mismatches(),
          changes));
    }
  }

  /**
   * The files of {@code ruleSet} that differ from the library's (or that it does not ship) and that
   * other versions or revisions list by the same path: those of the folder's rule-set root when it
   * has an {@code index.json}, else the shipped ones. Editing such a file in place changes their
   * fingerprints too.
   */
  private static List<String> sharedChanges(RuleResources.VersionFolder folder,
      CompiledRuleSet ruleSet) {
    RuleResources here = folder.resources();
    List<CompiledRuleSet> others = new ArrayList<>();
    List<String> manifests;
    try {
      manifests = RuleSetRegistry.index(here);
    } catch (RuntimeException e) {
      manifests = null;
    }
    if (manifests != null) {
      for (String other : manifests) {
        if (other.equals(folder.manifestPath())) {
          continue;
        }
        try {
          others.add(CompiledRuleSet.read(here, other, ruleSet.reference().libraryVersion()));
        } catch (RuntimeException e) {
          // A version that cannot be read is reported when it is checked itself.
        }
      }
    } else {
      RuleSetRegistry.shipped().versions().stream()
          .filter(v -> !v.manifestPath().equals(folder.manifestPath())).forEach(others::add);
    }
    RuleResources library = RuleResources.classpath();
    List<String> out = new ArrayList<>();
    for (String path : ruleSet.resourcePaths()) {
      if (path.equals(folder.manifestPath())) {
        continue;
      }
      List<String> users = others.stream().filter(v -> v.resourcePaths().contains(path))
          .map(CompiledRuleSet::label).toList();
      if (users.isEmpty() || sameAsShipped(here, library, path)) {
        continue;
      }
      out.add(path + " diffère du fichier livré et est aussi utilisé par "
          + String.join(", ", users) + " : le modifier change aussi "
          + (users.size() == 1 ? "son empreinte" : "leurs empreintes")
          + " (pour une nouvelle version, modifiez une copie dans son propre dossier)");
    }
    return out;
  }

  private static boolean sameAsShipped(RuleResources here, RuleResources library, String path) {
    try {
      return java.util.Arrays.equals(here.read(path), library.read(path));
    } catch (RuleResources.Missing e) {
      return false;
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

  // --- Accepting reviewed scenario changes ----------------------------------------------------

  /**
   * Re-runs the scenarios of a version folder (its {@code scenarios.json}) with the folder's rules
   * and lists each scenario that now decides otherwise than it expects. With {@code accept}, the
   * file is rewritten with those decisions as the new expectations: only the expected values that
   * differ change (the same fields, in the same shape); the scenarios' order, names, inputs and
   * every other field are kept.
   *
   * @param versionFolder the version folder ({@code ROOT/ID/VERSION}) whose scenarios are re-run
   * @param accept whether to rewrite {@code scenarios.json} with the new expectations
   * @return what differs, and whether the file was rewritten
   * @throws IllegalArgumentException when the folder holds no {@code ruleset.json} or no
   *     readable {@code scenarios.json}
   * @throws RuleSetException when the folder's rules or tables have problems (see {@link #check})
   * @throws UncheckedIOException when the file cannot be written
   */
  public static ScenarioReview reviewScenarios(Path versionFolder, boolean accept) {
    if (!Files.isRegularFile(versionFolder.resolve("ruleset.json"), LinkOption.NOFOLLOW_LINKS)) {
      throw new IllegalArgumentException(versionFolder + " : pas de ruleset.json, ce n'est pas le"
          + " dossier d'une version");
    }
    RuleResources.VersionFolder folder = RuleResources.versionFolder(versionFolder);
    RuleResources resources = folder.resources();
    RuleSetRegistry registry = RuleSetRegistry.of(resources, List.of(folder.manifestPath()));
    CompiledRuleSet ruleSet = registry.versions().get(0);
    ruleSet.compileAll();
    String path = RuleResources.resolve(folder.manifestPath(), Scenarios.FILE);
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper()
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
    com.fasterxml.jackson.databind.JsonNode root;
    try {
      root = mapper.readTree(resources.read(path));
    } catch (RuleResources.Missing e) {
      throw new IllegalArgumentException(path + " : pas de fichier de scénarios");
    } catch (IOException e) {
      throw new IllegalArgumentException(path + " : JSON illisible");
    }
    // Read as the build reads it: the same checks, the same names.
    List<Scenarios.Scenario> list = Scenarios.read(resources, folder.manifestPath());
    com.fasterxml.jackson.databind.JsonNode nodes = root.path("scenarios");
    PlieRules edited = PlieRules.over(registry).version(ruleSet.reference().version(),
        ruleSet.reference().revision());
    List<ScenarioReview.Change> changes = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Scenarios.Scenario scenario = list.get(i);
      Scenarios.Outcome outcome = Scenarios.run(List.of(scenario), edited::decide).get(0);
      if (outcome.passed()) {
        continue;
      }
      if (outcome.decision() == null) {
        refused.add("« " + Texts.echo(scenario.name()) + " » : " + outcome.mismatches().get(0));
        continue;
      }
      if (!(nodes.get(i).get("expect") instanceof ObjectNode expect)) {
        refused.add("« " + Texts.echo(scenario.name()) + " » : \"expect\" n'est pas un objet");
        continue;
      }
      List<String> differences = new ArrayList<>();
      ObjectNode updated = expect.deepCopy();
      updateExpectation(updated, outcome.decision(), "", differences);
      // Only what the decision now satisfies replaces the reviewed expectation.
      Scenarios.Scenario replaced = new Scenarios.Scenario(scenario.name(), scenario.kind(),
          scenario.input(), updated);
      if (!Scenarios.run(List.of(replaced), edited::decide).get(0).passed()) {
        refused.add("« " + Texts.echo(scenario.name()) + " » : son attente ne peut pas être"
            + " réécrite automatiquement");
        continue;
      }
      changes.add(new ScenarioReview.Change(scenario.name(), differences));
      if (accept) {
        ((ObjectNode) nodes.get(i)).set("expect", updated);
      }
    }
    boolean written = accept && !changes.isEmpty();
    if (written) {
      com.fasterxml.jackson.core.util.DefaultIndenter indenter =
          new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n");
      com.fasterxml.jackson.core.util.DefaultPrettyPrinter printer =
          new com.fasterxml.jackson.core.util.DefaultPrettyPrinter(
              com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)
                  .withArrayEmptySeparator("").withObjectEmptySeparator(""))
              .withObjectIndenter(indenter).withArrayIndenter(indenter);
      Path file = versionFolder.resolve(Scenarios.FILE);
      try {
        byte[] bytes = (mapper.writer(printer).writeValueAsString(root) + "\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(file, bytes, LinkOption.NOFOLLOW_LINKS, StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file + " (" + reason(e) + ")", e);
      }
    }
    return new ScenarioReview(path, list.size(), changes, refused, written);
  }

  /**
   * Replaces, in a scenario's expectation, each expected value by the decision's (same fields,
   * same shape: a criterion or route given as a status stays a status), and says what changed.
   */
  private static void updateExpectation(ObjectNode expect, ObjectNode decision, String prefix,
      List<String> differences) {
    List<String> fields = new ArrayList<>();
    expect.fieldNames().forEachRemaining(fields::add);
    for (String field : fields) {
      com.fasterxml.jackson.databind.JsonNode expected = expect.get(field);
      if (prefix.isEmpty() && (field.equals("criteria") || field.equals("routes"))
          && expected.isObject()) {
        String idField = field.equals("criteria") ? "id" : "route";
        List<String> ids = new ArrayList<>();
        expected.fieldNames().forEachRemaining(ids::add);
        for (String id : ids) {
          ObjectNode actual = null;
          for (com.fasterxml.jackson.databind.JsonNode candidate : decision.path(field)) {
            if (id.equals(candidate.path(idField).asText())) {
              actual = (ObjectNode) candidate;
            }
          }
          com.fasterxml.jackson.databind.JsonNode item = expected.get(id);
          if (actual == null) {
            ((ObjectNode) expected).remove(id);
            differences.add(id + " : attendu " + item + ", absent de la décision");
          } else if (item.isTextual()) {
            String now = actual.path("status").asText();
            if (!item.asText().equals(now)) {
              ((ObjectNode) expected).put(id, now);
              differences.add(id + " : attendu " + item.asText() + ", décidé maintenant " + now);
            }
          } else if (item.isObject()) {
            updateExpectation((ObjectNode) item, actual, id + ".", differences);
          }
        }
        continue;
      }
      com.fasterxml.jackson.databind.JsonNode actual = decision.get(field);
      if (expected.equals(actual)) {
        continue;
      }
      String shown = expected.isTextual() ? expected.asText() : String.valueOf(expected);
      if (actual == null || actual.isNull()) {
        expect.remove(field);
        differences.add(prefix + field + " : attendu " + Texts.echo(shown)
            + ", absent de la décision (retiré de l'attente)");
      } else {
        expect.set(field, actual);
        differences.add(prefix + field + " : attendu " + Texts.echo(shown) + ", décidé maintenant "
            + Texts.echo(actual.isTextual() ? actual.asText() : String.valueOf(actual)));
      }
    }
  }

  // --- Editing ------------------------------------------------------------------------------

  /**
   * Copies the shipped rule sets (index, manifests, rules, tables, scenarios) into {@code target},
   * laid out as in the library, for an analyst to edit and check. {@code target} must be new or
   * empty: an analyst's edited tables and scenarios are never overwritten silently.
   *
   * @param target the folder to export into
   * @return the files written
   * @throws IllegalArgumentException when {@code target} is not empty, or not a folder
   */
  public static List<Path> exportShipped(Path target) {
    return exportShipped(target, false);
  }

  /**
   * Like {@link #exportShipped(Path)}; with {@code overwrite}, into a folder that is not empty,
   * replacing the files of the same names. Symbolic links are never followed: a link in the way
   * is refused before anything is written.
   *
   * @param target the folder to export into
   * @param overwrite whether files of the same names may be replaced
   * @return the files written
   * @throws IllegalArgumentException when {@code target} cannot take the export (not a folder,
   *     not empty without {@code overwrite}, a symbolic link in the way)
   * @throws UncheckedIOException when a file cannot be written
   */
  public static List<Path> exportShipped(Path target, boolean overwrite) {
    if (target.toString().isEmpty()) {
      throw new IllegalArgumentException("give the folder to export to");
    }
    if (Files.exists(target)) {
      if (!Files.isDirectory(target)) {
        throw new IllegalArgumentException(target + " is a file, not a folder");
      }
      if (!overwrite && !isEmpty(target)) {
        throw new IllegalArgumentException(target + " is not empty: exporting would overwrite"
            + " the tables and scenarios it may hold; choose a new or empty folder");
      }
    }
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
    // The folder is taken as named; every link inside it is found before anything is written.
    for (String path : paths) {
      Path file = target;
      for (String segment : path.split("/")) {
        file = file.resolve(segment);
        if (Files.isSymbolicLink(file)) {
          throw new IllegalArgumentException(file + " is a symbolic link; links are not followed,"
              + " nothing was exported");
        }
      }
    }
    List<Path> written = new ArrayList<>();
    for (String path : paths) {
      Path file = target.resolve(path);
      try {
        Files.createDirectories(file.getParent());
        Files.write(file, shipped.read(path), LinkOption.NOFOLLOW_LINKS,
            StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file + " (" + reason(e) + ")", e);
      }
      written.add(file);
    }
    return written;
  }

  private static boolean isEmpty(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder + " (" + reason(e) + ")", e);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  /**
   * Sets one cell of a decision table, found by its spreadsheet row number and its column label,
   * as text (the way the tables hold every value). For scripted edits and worked examples;
   * analysts usually edit in a spreadsheet program.
   *
   * @throws IllegalArgumentException when the workbook cannot be read, or has no such row or no
   *     column so labelled
   * @param xlsx the workbook
   * @param row the spreadsheet row number, from 1
   * @param column the column's label
   * @param value the new value, as text
   * @return the cell's previous value
   */
  public static String setCell(Path xlsx, int row, String column, String value) {
    byte[] bytes = bytes(xlsx);
    List<String> problems = new ArrayList<>();
    try (XSSFWorkbook workbook = Workbooks.open(xlsx.toString(), bytes, problems)) {
      if (workbook == null) {
        throw new IllegalArgumentException(problems.get(0));
      }
      for (Sheet sheet : workbook) {
        Integer columnIndex = labelColumn(sheet, column);
        if (columnIndex == null) {
          continue;
        }
        int labelRow = labelRow(sheet);
        if (row >= 1 && row - 1 <= labelRow) {
          // The cells above the data are Drools' code and the column labels: never written.
          throw new IllegalArgumentException(xlsx + " : la ligne " + row + " n'est pas une ligne de"
              + " données (les données commencent à la ligne " + (labelRow + 2) + " ; les lignes"
              + " au-dessus portent les réglages fixes et les titres de la table)");
        }
        Row target = row < 1 ? null : sheet.getRow(row - 1);
        if (target == null) {
          throw new IllegalArgumentException(xlsx + " : il n'y a pas de ligne " + row);
        }
        Cell cell = target.getCell(columnIndex);
        if (cell == null) {
          cell = target.createCell(columnIndex);
        }
        String previous = cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
            : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell);
        cell.setCellValue(value);
        if (AnalystWorkbook.isAnalystLayout(workbook)) {
          // The edited workbook keeps the analysts' layout: a row typed in the spare rows
          // becomes data, and spare rows, lists and protection follow it.
          AnalystWorkbook.apply(workbook);
        }
        // Written whole once the workbook is ready, and never through a link.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        Files.write(xlsx, out.toByteArray(), LinkOption.NOFOLLOW_LINKS,
            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        return previous;
      }
      throw new IllegalArgumentException(xlsx + " : aucune colonne n'a pour titre '"
          + Texts.echo(column) + "'");
    } catch (IOException e) {
      throw new UncheckedIOException("impossible d'écrire " + xlsx + " (" + reason(e) + ")", e);
    }
  }

  /** The 0-based index of the row of column labels (four rows under "RuleTable …"), or -1. */
  private static int labelRow(Sheet sheet) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING
            && cell.getStringCellValue().startsWith("RuleTable ")) {
          return row.getRowNum() + 4;
        }
      }
    }
    return -1;
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

  /**
   * A workbook's bytes, refused (IllegalArgumentException) when it is missing, a link, not a file
   * or too large to be a table.
   */
  private static byte[] bytes(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      throw new IllegalArgumentException("'" + file + "' n'est pas un fichier");
    }
    Path folder = file.toAbsolutePath().getParent();
    try {
      return RuleResources.directory(folder).read(name.toString());
    } catch (RuleResources.Missing e) {
      throw new IllegalArgumentException(file + " : fichier introuvable");
    }
  }

}
