package fr.plie.rules.internal;

import fr.plie.rules.api.RuleSetException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The rule-set versions available to a facade, oldest first, with the checks that make the choice
 * by date unambiguous: no two versions of one rule set in force on the same day.
 */
public final class RuleSetRegistry {
  private final List<CompiledRuleSet> versions;

  private RuleSetRegistry(List<CompiledRuleSet> versions) {
    this.versions = List.copyOf(versions);
  }

  /** The versions shipped in the library jar, as listed by {@code rulesets/index.json}. */
  public static RuleSetRegistry shipped() {
    RuleResources resources = RuleResources.classpath();
    return of(resources, index(resources));
  }

  /** The manifests listed by the {@code index.json} at the root of those resources. */
  public static List<String> index(RuleResources resources) {
    return Manifests.index(resources.read("index.json"));
  }

  public static RuleSetRegistry of(RuleResources resources, List<String> manifestPaths) {
    String library = libraryVersion();
    List<CompiledRuleSet> versions = new ArrayList<>();
    for (String path : manifestPaths) {
      versions.add(CompiledRuleSet.read(resources, path, library));
    }
    versions.sort(Comparator.comparing(v -> v.manifest().validFrom()));
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < versions.size(); i++) {
      for (int j = i + 1; j < versions.size(); j++) {
        RuleSetManifest a = versions.get(i).manifest();
        RuleSetManifest b = versions.get(j).manifest();
        if (a.id().equals(b.id()) && a.version().equals(b.version())) {
          problems.add("version " + a.version() + " of " + a.id() + " is listed twice");
        } else if (a.id().equals(b.id()) && (a.validTo() == null || !a.validTo().isBefore(b.validFrom()))) {
          problems.add(a.id() + " versions " + a.version() + " and " + b.version()
              + " are both in force on " + b.validFrom());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleSetException("registry", problems);
    }
    return new RuleSetRegistry(versions);
  }

  public List<CompiledRuleSet> versions() {
    return versions;
  }

  public Optional<CompiledRuleSet> inForceOn(LocalDate date) {
    return versions.stream().filter(v -> v.manifest().coversDate(date)).findFirst();
  }

  public Optional<CompiledRuleSet> version(String version) {
    return versions.stream().filter(v -> v.manifest().version().equals(version)).findFirst();
  }

  /** The library's own version, written into every decision. */
  public static String libraryVersion() {
    try (InputStream in = RuleSetRegistry.class.getResourceAsStream("library.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
