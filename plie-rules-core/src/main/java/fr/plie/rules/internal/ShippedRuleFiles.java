package fr.plie.rules.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule files (DRL) the library ships, by digest. A rule file is code: one read from a user's
 * folder is compiled only when it is, byte for byte, one the library ships. A folder may change
 * the tables (data, checked cell by cell); changed rules are released with the library.
 */
final class ShippedRuleFiles {
  private ShippedRuleFiles() {}

  private static final class Holder {
    static final Set<String> DIGESTS = digests();
  }

  private static Set<String> digests() {
    RuleResources shipped = RuleResources.classpath();
    Set<String> digests = new TreeSet<>();
    for (String manifestPath : RuleSetRegistry.index(shipped)) {
      RuleSetManifest manifest = Manifests.parse(manifestPath, shipped.read(manifestPath));
      List<String> files = new ArrayList<>(manifest.entry());
      files.addAll(manifest.exit());
      for (String file : files) {
        digests.add(sha256(shipped.read(RuleResources.resolve(manifestPath, file))));
      }
    }
    return Set.copyOf(digests);
  }

  /** @throws RuleSetProblems naming every rule file that is not one the library ships */
  static void check(String label, Map<String, byte[]> ruleFiles) {
    List<String> problems = new ArrayList<>();
    ruleFiles.forEach((path, bytes) -> {
      if (!Holder.DIGESTS.contains(sha256(bytes))) {
        problems.add(path + ": is not a rule file this library ships; rules are code, and code"
            + " is not read from a folder (edit the tables; changed rules are released with the"
            + " library)");
      }
    });
    if (!problems.isEmpty()) {
      throw new RuleSetProblems(label, problems);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
