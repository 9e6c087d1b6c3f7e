package fr.plie.rules.analysts;

import fr.plie.rules.internal.CompiledRuleSet;
import fr.plie.rules.internal.RuleSetRegistry;
import java.nio.file.Path;

/**
 * Where the current revision of a shipped version sits in a copy made by
 * {@code RuleSetWorkbench.exportShipped}: the folder an analyst edits and checks, and the tables it
 * reads (some of them shared with earlier revisions by relative path).
 */
final class Exported {
  private Exported() {}

  private static CompiledRuleSet current(String version) {
    return RuleSetRegistry.shipped().version(version).orElseThrow();
  }

  /** The folder of the current revision of {@code version}, e.g. {@code plie-dijon/2018.1-r2}. */
  static Path versionFolder(Path rulesets, String version) {
    return rulesets.resolve(current(version).manifestPath()).getParent();
  }

  /** A table the current revision of {@code version} reads, by its key in the manifest. */
  static Path table(Path rulesets, String version, String key) {
    return rulesets.resolve(current(version).tablePaths().get(key));
  }
}
