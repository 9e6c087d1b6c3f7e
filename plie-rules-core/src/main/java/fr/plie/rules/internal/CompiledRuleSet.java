package fr.plie.rules.internal;

import fr.plie.rules.model.FiredRule;
import fr.plie.rules.model.RuleSetReference;
import org.kie.api.definition.rule.Rule;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.KieModule;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.builder.Results;
import org.kie.api.builder.model.KieModuleModel;

/**
 * One rule-set version, read and checked: its manifest, tables and fingerprint at once, its Drools
 * knowledge bases compiled on first use (then shared: a KieBase is thread-safe).
 */
public final class CompiledRuleSet {
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
  private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
  /** The tables only the exit rules read: their rows are left out of the entry knowledge base. */
  private static final Set<String> EXIT_TABLES = Set.of("exitRoutes");
  /**
   * The tables only the entry rules read (the perimeter): left out of the exit knowledge base, so
   * that a long commune list is compiled once, not twice, and exit decisions list none of its rows.
   */
  private static final Set<String> ENTRY_TABLES = Set.of("communes", "retiredCommunes");
  /** One rule of the DRL Drools generates from a table row, with the comment that precedes it. */
  private static final Pattern GENERATED_RULE = Pattern.compile(
      "(?ms)^(?://[^\n]*\n)?rule \"(?:[^\"\\\\]|\\\\.)*\"[ \t]*\n(.*?)^end[ \t]*\n?");
  private static final Pattern NAME_METADATA = Pattern.compile("@name\\(\"([^\"]*)\"\\)");
  private final Map<String, String> ruleFiles = new ConcurrentHashMap<>();
  private final Map<String, FiredRule> firedRules = new ConcurrentHashMap<>();
  private final RuleSetManifest manifest;
  private final RuleSetReference reference;
  private final Map<String, byte[]> entryRules;
  private final Map<String, byte[]> exitRules;
  private final Map<String, byte[]> tableBytes;
  private final Map<String, String> tablePaths;
  private final Set<String> exitTablePaths;
  private final Set<String> entryTablePaths;
  private final String parametersPath;
  private volatile Tables tables;
  private List<String> resourcePaths = List.of();
  private String manifestPath;
  /** Read from the library itself (trusted), rather than from a user's folder. */
  private boolean shipped;
  private volatile KieBase entryBase;
  private volatile KieBase exitBase;
  /** A session pool per kind, made on first use; a pool grows with the threads deciding at once. */
  private final Map<String, KieSessionsPool> sessions = new ConcurrentHashMap<>();
  /** The exit table rows of a day, evaluated once and shared by that day's exit decisions. */
  private final SharedTableRows sharedExitRows;

  private CompiledRuleSet(RuleSetManifest manifest, RuleSetReference reference,
      Map<String, byte[]> entryRules, Map<String, byte[]> exitRules,
      Map<String, byte[]> tableBytes, Map<String, String> tablePaths) {
    this.manifest = manifest;
    this.reference = reference;
    this.entryRules = entryRules;
    this.exitRules = exitRules;
    this.tableBytes = tableBytes;
    this.tablePaths = Map.copyOf(tablePaths);
    Set<String> exitTables = new TreeSet<>();
    Set<String> entryTables = new TreeSet<>();
    tablePaths.forEach((key, path) -> {
      if (EXIT_TABLES.contains(key)) {
        exitTables.add(path);
      }
      if (ENTRY_TABLES.contains(key)) {
        entryTables.add(path);
      }
    });
    this.exitTablePaths = Set.copyOf(exitTables);
    this.entryTablePaths = Set.copyOf(entryTables);
    this.parametersPath = tablePaths.get("parameters");
    // Which file declares which rule, read from the DRL itself: the same answer whether the rules
    // were compiled now or precompiled (the executable model does not keep the source path).
    entryRules.forEach(this::indexRules);
    exitRules.forEach(this::indexRules);
    this.sharedExitRows = new SharedTableRows(this, exitRules);
  }

  /**
   * Reads, checks and compiles the decision tables to DRL, once. Deferred because it is the costly
   * part of loading (Apache POI): a shipped version whose rules are precompiled never needs it to
   * decide, since the build ran these checks; a folder being edited is checked at once
   * ({@link #checkTables()}).
   */
  private Tables tables() {
    Tables tables = this.tables;
    if (tables == null) {
      synchronized (this) {
        tables = this.tables;
        if (tables == null) {
          tables = Tables.prepare(manifest, tablePaths, tableBytes, parametersReadByRules());
          tables.rules().forEach(this::indexRules);
          this.tables = tables;
        }
      }
    }
    if (!tables.problems().isEmpty()) {
      throw new RuleSetProblems(manifest.id() + " " + manifest.version(), tables.problems());
    }
    return tables;
  }

  /** A parameter's name in a rule's condition: {@code Parameter( name == "exit.senior.age" ...}. */
  private static final Pattern PARAMETER_READ =
      Pattern.compile("Parameter\\(\\s*name\\s*==\\s*\"([^\"]+)\"");

  /** The parameters this rule set's DRL files read, each with the first file that reads it. */
  private Map<String, String> parametersReadByRules() {
    Map<String, String> read = new TreeMap<>();
    List<Map<String, byte[]>> kinds = List.of(entryRules, exitRules);
    for (Map<String, byte[]> files : kinds) {
      files.forEach((path, bytes) -> {
        Matcher m = PARAMETER_READ.matcher(utf8(bytes));
        while (m.find()) {
          read.putIfAbsent(m.group(1), path);
        }
      });
    }
    return read;
  }

  /** Checks every table now; throws {@link RuleSetProblems} listing every problem. */
  public void checkTables() {
    tables();
  }

  /** The tables of a version: their rows as checked, the DRL compiled from them, the problems. */
  private record Tables(Map<String, List<TableSchemas.CheckedLine>> lines,
      Map<String, byte[]> rules, List<String> problems) {

    static Tables prepare(RuleSetManifest manifest, Map<String, String> paths,
        Map<String, byte[]> bytesByKey, Map<String, String> parametersRead) {
      List<String> problems = new ArrayList<>();
      Map<String, byte[]> rules = new LinkedHashMap<>();
      Map<String, List<TableSchemas.CheckedLine>> lines = new TreeMap<>();
      Set<String> incomplete = new TreeSet<>();
      bytesByKey.forEach((key, bytes) -> {
        String path = paths.get(key);
        int before = problems.size();
        if (!TableSchemas.SCHEMAS.containsKey(key)) {
          problems.add(path + " : type de table inconnu '" + Texts.echo(key) + "' (connus : "
              + new TreeSet<>(TableSchemas.SCHEMAS.keySet()) + ")");
          return;
        }
        // Every cell above the data is checked first; only checked cells reach Drools.
        DecisionTables.Table table = DecisionTables.read(path, bytes, key, problems);
        List<String> found = new ArrayList<>();
        lines.put(key, TableSchemas.check(key, table == null ? List.of() : List.of(table), found));
        DecisionTables.addCapped(path, found, problems);
        if (problems.size() != before) {
          incomplete.add(key);
        } else {
          try {
            rules.put(path, DecisionTables.compile(table).getBytes(StandardCharsets.UTF_8));
          } catch (RuntimeException e) {
            problems.add(path + " : Drools ne peut pas compiler cette table de décision ("
                + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")");
          }
        }
      });
      problems.addAll(TableChecks.check(manifest, paths, lines, incomplete));
      if (!incomplete.contains("parameters")) {
        // A parameter the rules read with no row at all: every decision needing it would fail
        // ("rule set defective") or stay unknown; the gap check only sees names that have rows.
        Set<String> given = new TreeSet<>();
        for (TableSchemas.CheckedLine line : lines.getOrDefault("parameters", List.of())) {
          String name = String.valueOf(line.values().get("Nom"));
          given.add(name);
          // A name no rule reads (misspelt?) would be silently ignored, the rules going on with
          // the row of the right name, or finding none.
          if (!parametersRead.containsKey(name)) {
            problems.add(paths.getOrDefault("parameters", "tables/parameters.drl.xlsx")
                + ", ligne " + line.row() + " : aucune règle ne lit le paramètre " + name
                + " (nom mal écrit ? les règles lisent : "
                + String.join(", ", parametersRead.keySet()) + ")");
          }
        }
        parametersRead.forEach((name, file) -> {
          if (!given.contains(name)) {
            problems.add(paths.getOrDefault("parameters", "tables/parameters.drl.xlsx")
                + " : aucune ligne ne donne le paramètre " + name + ", que lisent les règles ("
                + file + ")");
          }
        });
      }
      return new Tables(lines, rules, problems);
    }
  }

  private void indexRules(String path, byte[] bytes) {
    Matcher m = RULE.matcher(utf8(bytes));
    while (m.find()) {
      ruleFiles.putIfAbsent(m.group(1), path);
    }
  }

  /**
   * What a decision records of a rule that fired: built once per rule of this rule set and shared
   * by every decision (an immutable value), not rebuilt at each firing.
   */
  FiredRule firedRule(Rule rule) {
    return firedRules.computeIfAbsent(rule.getName(), name -> {
      // A DRL rule cites its section; a row of a decision table cites its 'Référence' column.
      Object section = rule.getMetaData().getOrDefault("section", rule.getMetaData().get("reference"));
      return FiredRule.builder()
          .name(name)
          .file(fileOfRule(name))
          .section(section == null ? "" : section.toString())
          .build();
    });
  }

  /** The rule-set file that declares the rule of that name. */
  public String fileOfRule(String ruleName) {
    String file = ruleFiles.get(ruleName);
    if (file != null) {
      return file;
    }
    // A row of a decision table is named after its RuleTable: "Communes_14".
    int at = ruleName.lastIndexOf('_');
    String kind = at < 0 ? null : TableSchemas.KIND_BY_TABLE_NAME.get(ruleName.substring(0, at));
    return kind == null ? "?" : tablePaths.getOrDefault(kind, "?");
  }

  /** Reads the manifest at {@code manifestPath} and everything it lists; compiles nothing yet. */
  public static CompiledRuleSet read(RuleResources resources, String manifestPath,
      String libraryVersion) {
    byte[] manifestBytes;
    try {
      manifestBytes = resources.read(manifestPath);
    } catch (RuntimeException e) {
      throw new RuleSetProblems(manifestPath, List.of(manifestPath + ": " + e.getMessage()));
    }
    RuleSetManifest manifest = Manifests.parse(manifestPath, manifestBytes);
    String label = manifest.id() + " " + manifest.version();
    List<String> problems = new ArrayList<>();
    Map<String, byte[]> all = new LinkedHashMap<>();
    all.put(manifestPath, manifestBytes);
    Map<String, byte[]> entry = readAll(resources, manifestPath, manifest.entry(), problems);
    Map<String, byte[]> exit = readAll(resources, manifestPath, manifest.exit(), problems);
    all.putAll(entry);
    all.putAll(exit);
    List<String> requiredTables = new ArrayList<>(List.of("communes", "parameters"));
    if (!manifest.exit().isEmpty()) {
      // The exit rules read which activity counts for which route, and for how long, from it.
      requiredTables.add("exitRoutes");
    }
    for (String required : requiredTables) {
      if (!manifest.tables().containsKey(required)) {
        problems.add(manifestPath + " : aucune table '" + required + "' sous \"tables\"");
      }
    }
    Map<String, String> tablePaths = new TreeMap<>();
    Map<String, byte[]> tableBytes = new LinkedHashMap<>();
    // Sorted by key: the fingerprint must not depend on how the manifest's map was read.
    for (Map.Entry<String, String> table : new TreeMap<>(manifest.tables()).entrySet()) {
      String path = resolve(manifestPath, table.getValue(), problems);
      if (path == null) {
        continue;
      }
      tablePaths.put(table.getKey(), path);
      byte[] bytes = readOne(resources, path, problems);
      if (bytes != null) {
        all.put(path, bytes);
        tableBytes.put(table.getKey(), bytes);
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleSetProblems(label, problems);
    }
    RuleSetReference reference = RuleSetReference.builder()
        .id(manifest.id())
        .version(manifest.version())
        .revision(manifest.revisionNumber())
        .validFrom(manifest.validFrom())
        .fingerprint(Fingerprint.of(all))
        .libraryVersion(libraryVersion)
        .build();
    CompiledRuleSet ruleSet =
        new CompiledRuleSet(manifest, reference, entry, exit, tableBytes, tablePaths);
    ruleSet.resourcePaths = List.copyOf(all.keySet());
    ruleSet.manifestPath = manifestPath;
    ruleSet.shipped = resources.shipped();
    return ruleSet;
  }

  public RuleSetManifest manifest() {
    return manifest;
  }

  /** « 2018.1 » for a first release, « 2018.1-r2 » for its second revision. */
  public String label() {
    return RuleSetRegistry.label(manifest.version(), manifest.revisionNumber());
  }

  public RuleSetReference reference() {
    return reference;
  }

  /** The checked rows of a table, by its key in the manifest ("communes", "parameters"...). */
  public List<TableSchemas.CheckedLine> tableLines(String key) {
    return tables().lines().getOrDefault(key, List.of());
  }

  /** Every file this version is made of (manifest first), relative to the rule-set root. */
  public List<String> resourcePaths() {
    return resourcePaths;
  }

  public String manifestPath() {
    return manifestPath;
  }

  /** Compiles one DRL text alone and returns Drools' errors, for checking an edited table. */
  public static List<String> compileProblems(String path, String drl) {
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    files.generateAndWritePomXML(services.newReleaseId("fr.plie.rulesets", "check",
        Integer.toHexString(drl.hashCode())));
    files.write("src/main/resources/" + packageFolder(path, drl.getBytes(StandardCharsets.UTF_8))
        + "/check.drl", drl);
    Results results = services.newKieBuilder(files).buildAll(DrlProject.class).getResults();
    return results.getMessages(Message.Level.ERROR).stream()
        .map(m -> path + " (ligne " + m.getLine() + " des règles générées) : "
            + m.getText().lines().findFirst().orElse("").trim())
        .collect(Collectors.toList());
  }

  /** The path of each table, by its key in the manifest. */
  public Map<String, String> tablePaths() {
    return tablePaths;
  }

  public KieBase entryBase() {
    KieBase base = entryBase;
    if (base == null) {
      synchronized (this) {
        base = entryBase;
        if (base == null) {
          base = compile(entryRules, "entry");
          entryBase = base;
        }
      }
    }
    return base;
  }

  public KieBase exitBase() {
    KieBase base = exitBase;
    if (base == null) {
      synchronized (this) {
        base = exitBase;
        if (base == null) {
          base = compile(exitRules, "exit");
          exitBase = base;
        }
      }
    }
    return base;
  }

  /**
   * A session of the entry rules from a pool: {@link KieSession#dispose()} gives it back reset
   * (working memory, agenda and listeners emptied), so the node memories Drools builds lazily in a
   * session are built once per pooled session, not once per decision; a session whose rules failed
   * is reset like any other (PooledSessionsTest decides after failures).
   */
  public KieSession newEntrySession() {
    return sessions.computeIfAbsent("entry", kind -> entryBase().newKieSessionsPool(1))
        .newKieSession();
  }

  /** A session of the exit rules from a pool, as {@link #newEntrySession()}. */
  public KieSession newExitSession() {
    return sessions.computeIfAbsent("exit", kind -> exitBase().newKieSessionsPool(1))
        .newKieSession();
  }

  /**
   * The exit table rows in force on {@code day}, evaluated once and shared ({@link
   * SharedTableRows}), or null when this rule set's exit decisions fire their rows themselves.
   */
  SharedTableRows.Rows exitTableRowsOn(LocalDate day) {
    return sharedExitRows.on(day);
  }

  /** Whether this rule set's exit decisions share their table rows ({@link SharedTableRows}). */
  boolean sharesExitTableRows() {
    return sharedExitRows.shareable();
  }

  /** Compiles both knowledge bases now, reporting every compilation error. */
  public void compileAll() {
    entryBase();
    if (!exitRules.isEmpty()) {
      exitBase();
    }
  }

  private KieBase compile(Map<String, byte[]> kindRules, String kind) {
    String label = manifest.id() + " " + manifest.version();
    if (kindRules.isEmpty()) {
      throw new RuleSetProblems(label, List.of("the manifest lists no " + kind + " rules"));
    }
    KieServices services = KieServices.Factory.get();
    byte[] precompiled = Precompiled.usable() ? Precompiled.find(reference, kind) : null;
    if (precompiled != null) {
      KieModule module = services.getRepository()
          .addKieModule(services.getResources().newByteArrayResource(precompiled));
      return services.newKieContainer(module.getReleaseId()).getKieBase();
    }
    if (!shipped) {
      ShippedRuleFiles.check(label, kindRules);
    }
    Map<String, byte[]> rules = new LinkedHashMap<>(kindRules);
    rules.putAll(tableRules(kind));
    KieBuilder builder = build(services, rules, kind, DrlProject.class);
    return services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
  }

  /**
   * Builds the Drools executable model of one kind of rules and returns it as a kjar, for the
   * build-time precompilation ({@link Precompiler}).
   */
  byte[] executableModel(String kind, Class<? extends KieBuilder.ProjectType> executableModel) {
    Map<String, byte[]> rules = new LinkedHashMap<>("entry".equals(kind) ? entryRules : exitRules);
    rules.putAll(tableRules(kind));
    KieBuilder builder = build(KieServices.Factory.get(), rules, kind, executableModel);
    return ((InternalKieModule) builder.getKieModule()).getBytes();
  }

  /**
   * The compiled tables a kind of rules reads: the exit-route table for exit only, the commune
   * tables for entry only, and of the parameter table the rows of that kind only. A parameter's
   * kind is the first segment of its name ({@code entry.inactivity.months}, {@code
   * exit.senior.age}); a row named otherwise goes to both. So a decision's {@code firedRules}
   * lists no table row of the other kind (an entry decision used to list the exit parameters).
   */
  private Map<String, byte[]> tableRules(String kind) {
    Set<String> otherKindTables = "entry".equals(kind) ? exitTablePaths : entryTablePaths;
    Map<String, byte[]> out = new LinkedHashMap<>();
    tables().rules().forEach((path, bytes) -> {
      if (otherKindTables.contains(path)) {
        return;
      }
      out.put(path, path.equals(parametersPath) && !tracesBothKinds()
          ? rowsOfKind(utf8(bytes), kind).getBytes(StandardCharsets.UTF_8) : bytes);
    });
    return out;
  }

  /**
   * The rule sets released before a decision's trace was limited to its own kind: revision 1 of
   * 2018.1 and of 2018.2 put every parameter row in both knowledge bases, so their decisions list
   * the other kind's rows among {@code firedRules}. They keep doing so, or the decisions they took
   * would no longer replay IDENTICAL; every later rule set traces only its own kind.
   */
  static final Set<String> RELEASED_TRACING_BOTH_KINDS = Set.of(
      "sha256:73244fa22f62e75fadb5a0e9967595d378f64251bf5b3444aa7c62142ad8e297",
      "sha256:781a720a4b72cd4c2f6637990a0b99bd7b4c17c008a28e358218201f6b4a7cc9");

  /** Whether this rule set is one of {@link #RELEASED_TRACING_BOTH_KINDS}. */
  public boolean tracesBothKinds() {
    return RELEASED_TRACING_BOTH_KINDS.contains(reference.fingerprint());
  }

  /** The generated DRL of a parameter table without the rows named for the other kind of rules. */
  static String rowsOfKind(String drl, String kind) {
    String otherPrefix = ("entry".equals(kind) ? "exit" : "entry") + ".";
    Matcher rule = GENERATED_RULE.matcher(drl);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (rule.find()) {
      Matcher name = NAME_METADATA.matcher(rule.group(1));
      if (name.find() && name.group(1).startsWith(otherPrefix)) {
        out.append(drl, last, rule.start());
        last = rule.end();
      }
    }
    return out.append(drl.substring(last)).toString();
  }

  boolean hasRules(String kind) {
    return !("entry".equals(kind) ? entryRules : exitRules).isEmpty();
  }

  private KieBuilder build(KieServices services, Map<String, byte[]> rules, String kind,
      Class<? extends KieBuilder.ProjectType> projectType) {
    String label = manifest.id() + " " + manifest.version();
    KieFileSystem files = services.newKieFileSystem();
    files.generateAndWritePomXML(Precompiled.releaseId(services, reference, kind));
    // Facts are never modified, so property reactivity buys nothing; ALLOWED also silences
    // Drools' advice about it on constraints that join two facts.
    KieModuleModel module = services.newKieModuleModel();
    module.setConfigurationProperty("drools.propertySpecific", "ALLOWED");
    files.writeKModuleXML(module.toXML());
    Map<String, String> sourceToPath = sourcePaths(rules);
    sourceToPath.forEach((source, path) -> files.write(source, rules.get(path)));
    KieBuilder builder = services.newKieBuilder(files);
    builder.buildAll(projectType);
    Results results = builder.getResults();
    if (results.hasMessages(Message.Level.ERROR)) {
      throw new RuleSetProblems(label, results.getMessages(Message.Level.ERROR).stream()
          .map(m -> describe(m, sourceToPath))
          .collect(Collectors.toList()));
    }
    return builder;
  }

  /** Drools expects a DRL file in the folder of its package; the real path is kept for traces. */
  private static Map<String, String> sourcePaths(Map<String, byte[]> rules) {
    Map<String, String> sourceToPath = new LinkedHashMap<>();
    // A decision table is compiled from the DRL Drools generates from it: name it .drl.
    rules.forEach((path, bytes) -> sourceToPath.put("src/main/resources/"
        + packageFolder(path, bytes) + "/"
        + path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.xlsx$", ""), path));
    return sourceToPath;
  }

  private static String packageFolder(String path, byte[] bytes) {
    Matcher m = PACKAGE.matcher(utf8(bytes));
    return m.find() ? m.group(1).replace('.', '/') : "rules";
  }

  private static String describe(Message message, Map<String, String> sourceToPath) {
    String path = message.getPath() == null ? "" : message.getPath();
    path = sourceToPath.getOrDefault(path, sourceToPath.getOrDefault("src/main/resources/" + path, path));
    return path + (message.getLine() > 0 ? ", line " + message.getLine() : "") + ": "
        + message.getText().lines().findFirst().orElse("").trim();
  }

  private static Map<String, byte[]> readAll(RuleResources resources, String manifestPath,
      List<String> relative, List<String> problems) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (String file : relative) {
      String path = resolve(manifestPath, file, problems);
      if (path == null) {
        continue;
      }
      byte[] bytes = readOne(resources, path, problems);
      if (bytes != null) {
        out.put(path, bytes);
      }
    }
    return out;
  }

  /** A manifest's entry as a path from the rule-set root; null (and a problem) if it leaves it. */
  private static String resolve(String manifestPath, String relative, List<String> problems) {
    try {
      return RuleResources.resolve(manifestPath, relative);
    } catch (IllegalArgumentException e) {
      problems.add(manifestPath + ": " + e.getMessage());
      return null;
    }
  }

  private static byte[] readOne(RuleResources resources, String path, List<String> problems) {
    try {
      return resources.read(path);
    } catch (RuntimeException e) {
      problems.add(path + ": " + e.getMessage());
      return null;
    }
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
