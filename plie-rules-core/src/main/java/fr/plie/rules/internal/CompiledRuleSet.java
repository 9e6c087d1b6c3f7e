package fr.plie.rules.internal;

import fr.plie.rules.api.RuleSetException;
import fr.plie.rules.internal.facts.Parameter;
import fr.plie.rules.internal.facts.PerimeterCommune;
import fr.plie.rules.internal.facts.RetiredCommune;
import fr.plie.rules.model.RuleSetReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.Results;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.runtime.KieContainer;

/**
 * One rule-set version, read and checked: its manifest, tables and fingerprint at once, its Drools
 * knowledge bases compiled on first use (then shared: a KieBase is thread-safe).
 */
public final class CompiledRuleSet {
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
  private final Map<String, String> sourcePaths = new ConcurrentHashMap<>();
  private final RuleSetManifest manifest;
  private final RuleSetReference reference;
  private final Map<String, byte[]> entryRules;
  private final Map<String, byte[]> exitRules;
  private final List<PerimeterCommune> communes;
  private final List<Parameter> parameters;
  private final List<RetiredCommune> retiredCommunes;
  private volatile KieBase entryBase;
  private volatile KieBase exitBase;

  private CompiledRuleSet(RuleSetManifest manifest, RuleSetReference reference,
      Map<String, byte[]> entryRules, Map<String, byte[]> exitRules,
      List<PerimeterCommune> communes, List<RetiredCommune> retiredCommunes,
      List<Parameter> parameters) {
    this.manifest = manifest;
    this.reference = reference;
    this.entryRules = entryRules;
    this.exitRules = exitRules;
    this.communes = List.copyOf(communes);
    this.parameters = List.copyOf(parameters);
    this.retiredCommunes = List.copyOf(retiredCommunes);
  }

  /** Reads the manifest at {@code manifestPath} and everything it lists; compiles nothing yet. */
  public static CompiledRuleSet read(RuleResources resources, String manifestPath,
      String libraryVersion) {
    byte[] manifestBytes = resources.read(manifestPath);
    RuleSetManifest manifest = Manifests.parse(manifestPath, manifestBytes);
    String label = manifest.id() + " " + manifest.version();
    List<String> problems = new ArrayList<>();
    Map<String, byte[]> all = new LinkedHashMap<>();
    all.put(manifestPath, manifestBytes);
    Map<String, byte[]> entry = readAll(resources, manifestPath, manifest.entry(), problems);
    Map<String, byte[]> exit = readAll(resources, manifestPath, manifest.exit(), problems);
    all.putAll(entry);
    all.putAll(exit);
    List<PerimeterCommune> communes = List.of();
    List<Parameter> parameters = List.of();
    String communesPath = table(manifest, manifestPath, "communes", problems);
    String parametersPath = table(manifest, manifestPath, "parameters", problems);
    if (communesPath != null) {
      byte[] bytes = readOne(resources, communesPath, problems);
      if (bytes != null) {
        all.put(communesPath, bytes);
        communes = Tables.communes(communesPath, bytes, problems);
      }
    }
    List<RetiredCommune> retired = List.of();
    if (manifest.tables().containsKey("retiredCommunes")) {
      String retiredPath = RuleResources.resolve(manifestPath, manifest.tables().get("retiredCommunes"));
      byte[] bytes = readOne(resources, retiredPath, problems);
      if (bytes != null) {
        all.put(retiredPath, bytes);
        retired = Tables.retiredCommunes(retiredPath, bytes, problems);
      }
    }
    if (parametersPath != null) {
      byte[] bytes = readOne(resources, parametersPath, problems);
      if (bytes != null) {
        all.put(parametersPath, bytes);
        parameters = Tables.parameters(parametersPath, bytes, problems);
      }
    }
    problems.addAll(TableChecks.check(manifest, communesPath, communes, parametersPath, parameters));
    if (!problems.isEmpty()) {
      throw new RuleSetException(label, problems);
    }
    RuleSetReference reference = RuleSetReference.builder()
        .id(manifest.id())
        .version(manifest.version())
        .validFrom(manifest.validFrom())
        .validTo(manifest.validTo())
        .fingerprint(Fingerprint.of(all))
        .libraryVersion(libraryVersion)
        .build();
    return new CompiledRuleSet(manifest, reference, entry, exit, communes, retired, parameters);
  }

  public RuleSetManifest manifest() {
    return manifest;
  }

  public RuleSetReference reference() {
    return reference;
  }

  public List<PerimeterCommune> communes() {
    return communes;
  }

  public List<Parameter> parameters() {
    return parameters;
  }

  public List<RetiredCommune> retiredCommunes() {
    return retiredCommunes;
  }

  /** Every table row, as facts to insert in a session. */
  public List<Object> tableFacts() {
    List<Object> facts = new ArrayList<>(communes);
    facts.addAll(retiredCommunes);
    facts.addAll(parameters);
    return facts;
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

  /** Compiles both knowledge bases now, reporting every compilation error. */
  public void compileAll() {
    entryBase();
    if (!exitRules.isEmpty()) {
      exitBase();
    }
  }

  private KieBase compile(Map<String, byte[]> rules, String kind) {
    String label = manifest.id() + " " + manifest.version();
    if (rules.isEmpty()) {
      throw new RuleSetException(label, List.of("the manifest lists no " + kind + " rules"));
    }
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    ReleaseId releaseId = services.newReleaseId("fr.plie.rulesets",
        manifest.id() + "-" + kind, manifest.version() + "-" + reference.fingerprint().substring(7, 19));
    files.generateAndWritePomXML(releaseId);
    // Facts are never modified, so property reactivity buys nothing; ALLOWED also silences
    // Drools' advice about it on constraints that join two facts.
    KieModuleModel module = services.newKieModuleModel();
    module.setConfigurationProperty("drools.propertySpecific", "ALLOWED");
    files.writeKModuleXML(module.toXML());
    Map<String, String> sourceToPath = new LinkedHashMap<>();
    rules.forEach((path, bytes) -> {
      // Drools expects a DRL file in the folder of its package; the real path is kept for traces.
      String source = "src/main/resources/" + packageFolder(path, bytes) + "/"
          + path.substring(path.lastIndexOf('/') + 1);
      sourceToPath.put(source, path);
      files.write(source, bytes);
    });
    KieBuilder builder = services.newKieBuilder(files).buildAll();
    Results results = builder.getResults();
    if (results.hasMessages(Message.Level.ERROR)) {
      throw new RuleSetException(label, results.getMessages(Message.Level.ERROR).stream()
          .map(m -> describe(m, sourceToPath))
          .collect(Collectors.toList()));
    }
    sourcePaths.putAll(sourceToPath);
    KieContainer container = services.newKieContainer(releaseId);
    return container.getKieBase();
  }

  /** The rule file's path in the rule set for a Drools source path, for fired-rule traces. */
  public String pathOf(String droolsSourcePath) {
    String path = sourcePaths.get(droolsSourcePath);
    return path != null ? path
        : sourcePaths.getOrDefault("src/main/resources/" + droolsSourcePath, droolsSourcePath);
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
      String path = RuleResources.resolve(manifestPath, file);
      byte[] bytes = readOne(resources, path, problems);
      if (bytes != null) {
        out.put(path, bytes);
      }
    }
    return out;
  }

  private static byte[] readOne(RuleResources resources, String path, List<String> problems) {
    try {
      return resources.read(path);
    } catch (RuntimeException e) {
      problems.add(path + ": " + e.getMessage());
      return null;
    }
  }

  private static String table(RuleSetManifest manifest, String manifestPath, String name,
      List<String> problems) {
    String relative = manifest.tables().get(name);
    if (relative == null) {
      problems.add(manifestPath + ": no '" + name + "' table listed under \"tables\"");
      return null;
    }
    return RuleResources.resolve(manifestPath, relative);
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
