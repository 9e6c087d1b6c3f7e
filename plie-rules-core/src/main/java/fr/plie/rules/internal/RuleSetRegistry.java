package fr.plie.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule-set versions available to a facade, oldest first, each with all its revisions. A
 * version is in force from its {@code validFrom} until the day before the next version of the same
 * rule set comes into force, so no two versions of one rule set are ever in force on the same day.
 * A version's revisions share its period; the highest revision ({@link #current}) decides new
 * cases, a superseded one is kept to replay the decisions it took (found by their fingerprint).
 */
public final class RuleSetRegistry {
  /** « 2018.1-r2 »: a version and one of its revisions. */
  private static final Pattern REVISION = Pattern.compile("(.+)-r([0-9]{1,4})");
  private final List<CompiledRuleSet> versions;
  /** The current revisions, oldest first: asked on every decision, so worked out once. */
  private final List<CompiledRuleSet> currentVersions;

  private RuleSetRegistry(List<CompiledRuleSet> versions) {
    this.versions = List.copyOf(versions);
    this.currentVersions = this.versions.stream().filter(this::current).toList();
  }

  /** The versions shipped in the library jar, as listed by {@code rulesets/index.json}. */
  public static RuleSetRegistry shipped() {
    RuleResources resources = RuleResources.classpath();
    // The shipped tables were checked by the build (which precompiled them): read them lazily.
    return of(resources, index(resources), false);
  }

  /** Rule sets packaged as class-path resources by an application: tables checked at once. */
  public static RuleSetRegistry classpath(ClassLoader loader, String root) {
    RuleResources resources = RuleResources.classpath(loader, root);
    return of(resources, index(resources), true);
  }

  /** The manifests listed by the {@code index.json} at the root of those resources. */
  public static List<String> index(RuleResources resources) {
    return Manifests.index(resources.read("index.json"));
  }

  /** The single version in a folder laid out as {@code ROOT/ID/VERSION/ruleset.json}. */
  public static RuleSetRegistry ofVersionFolder(java.nio.file.Path folder) {
    RuleResources.VersionFolder version = RuleResources.versionFolder(folder);
    return of(version.resources(), List.of(version.manifestPath()));
  }

  /** Rule sets read from elsewhere (a folder being edited): every table is checked at once. */
  public static RuleSetRegistry of(RuleResources resources, List<String> manifestPaths) {
    return of(resources, manifestPaths, true);
  }

  private static RuleSetRegistry of(RuleResources resources, List<String> manifestPaths,
      boolean checkTablesNow) {
    String library = libraryVersion();
    List<CompiledRuleSet> versions = new ArrayList<>();
    for (String path : manifestPaths) {
      CompiledRuleSet version = CompiledRuleSet.read(resources, path, library);
      if (checkTablesNow) {
        version.checkTables();
      }
      versions.add(version);
    }
    versions.sort(Comparator.comparing((CompiledRuleSet v) -> v.manifest().id())
        .thenComparing(v -> v.manifest().validFrom())
        .thenComparing(v -> v.manifest().version())
        .thenComparingInt(v -> v.manifest().revisionNumber()));
    List<String> problems = new ArrayList<>();
    for (int i = 1; i < versions.size(); i++) {
      RuleSetManifest a = versions.get(i - 1).manifest();
      RuleSetManifest b = versions.get(i).manifest();
      boolean sameVersion = a.id().equals(b.id()) && a.version().equals(b.version());
      if (sameVersion && a.revisionNumber() == b.revisionNumber()) {
        problems.add("la version " + label(a.version(), a.revisionNumber()) + " de " + a.id()
            + " est listée deux fois");
      } else if (sameVersion && !a.validFrom().equals(b.validFrom())) {
        problems.add(a.id() + " " + a.version() + " : la révision " + b.revisionNumber()
            + " entre en vigueur le " + b.validFrom() + ", la révision " + a.revisionNumber()
            + " le " + a.validFrom() + " ; une révision corrige une version et garde sa période");
      } else if (sameVersion) {
        continue;
      } else if (a.id().equals(b.id()) && a.validFrom().equals(b.validFrom())) {
        problems.add(a.id() + " : les versions " + a.version() + " et " + b.version()
            + " entrent toutes deux en vigueur le " + b.validFrom() + " : laquelle décide ?");
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleSetProblems("registry", problems);
    }
    return new RuleSetRegistry(versions);
  }

  /**
   * The same registry restricted to some of its versions (e.g. a series such as 2018.x), each
   * still in force until the next of the subset starts.
   */
  public RuleSetRegistry subset(List<CompiledRuleSet> kept) {
    return new RuleSetRegistry(versions.stream().filter(kept::contains).toList());
  }

  public List<CompiledRuleSet> versions() {
    return versions;
  }

  /**
   * The last day a version (any of its revisions) is in force: the day before the next version of
   * the same rule set comes into force; null for the latest one.
   */
  public LocalDate validTo(CompiledRuleSet ruleSet) {
    int at = versions.indexOf(ruleSet);
    for (int i = at + 1; at >= 0 && i < versions.size(); i++) {
      RuleSetManifest next = versions.get(i).manifest();
      if (!next.id().equals(ruleSet.manifest().id())) {
        break;
      }
      if (!next.version().equals(ruleSet.manifest().version())) {
        return next.validFrom().minusDays(1);
      }
    }
    return null;
  }

  /** Whether the date is in the period of the version (whatever the revision). */
  public boolean inForce(CompiledRuleSet ruleSet, LocalDate date) {
    LocalDate validTo = validTo(ruleSet);
    return !date.isBefore(ruleSet.manifest().validFrom()) && (validTo == null || !date.isAfter(validTo));
  }

  /** Whether this is the highest revision of its version: the one that decides new cases. */
  public boolean current(CompiledRuleSet ruleSet) {
    return revisions(ruleSet.manifest().id(), ruleSet.manifest().version()).stream()
        .allMatch(v -> v.manifest().revisionNumber() <= ruleSet.manifest().revisionNumber());
  }

  /** The current revision of the version in force on that day (the first rule set that has one, in id order). */
  public Optional<CompiledRuleSet> inForceOn(LocalDate date) {
    for (CompiledRuleSet v : currentVersions) {
      if (inForce(v, date)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * A version by name: {@code 2018.1} is its current revision, {@code 2018.1-r1} its revision 1.
   */
  public Optional<CompiledRuleSet> version(String version) {
    Matcher revision = REVISION.matcher(version);
    if (revision.matches() && versions.stream()
        .noneMatch(v -> v.manifest().version().equals(version))) {
      return version(revision.group(1), Integer.parseInt(revision.group(2)));
    }
    return versions.stream()
        .filter(v -> v.manifest().version().equals(version) && current(v))
        .findFirst();
  }

  /** One revision of a version. */
  public Optional<CompiledRuleSet> version(String version, int revision) {
    return versions.stream()
        .filter(v -> v.manifest().version().equals(version)
            && v.manifest().revisionNumber() == revision)
        .findFirst();
  }

  /** Every revision of a version, lowest first. */
  public List<CompiledRuleSet> revisions(String id, String version) {
    return versions.stream()
        .filter(v -> v.manifest().id().equals(id) && v.manifest().version().equals(version))
        .toList();
  }

  /** « 2018.1-r2 »: how messages and the command line name one revision of a version. */
  public static String label(String version, int revision) {
    return version + "-r" + revision;
  }

  /**
   * The library's own build, written into every decision: its version and the git revision of
   * the checkout it was built from, as {@code 0.1.0+git.<40 hex digits>}, or {@code +git.unknown}
   * when built outside a git checkout.
   */
  public static String libraryVersion() {
    return LIBRARY_VERSION;
  }

  private static final String LIBRARY_VERSION = readLibraryVersion();

  private static String readLibraryVersion() {
    try (InputStream in = RuleSetRegistry.class.getResourceAsStream("library.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return buildName(properties.getProperty("version"), properties.getProperty("revision"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A property the build did not fill is left as {@code ${...}}: it is unknown. */
  static String buildName(String version, String revision) {
    String v = version == null || version.isBlank() || version.startsWith("${") ? "unknown" : version;
    boolean known = revision != null && revision.matches("[0-9a-f]{40}");
    return v + "+git." + (known ? revision : "unknown");
  }
}
