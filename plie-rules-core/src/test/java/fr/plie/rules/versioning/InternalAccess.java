package fr.plie.rules.versioning;

import fr.plie.rules.internal.CompiledRuleSet;
import fr.plie.rules.internal.RuleSetRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Test access to what a shipped version's tables hold. */
final class InternalAccess {
  private InternalAccess() {}

  static List<String> communesValidOn(String version, LocalDate date) {
    CompiledRuleSet ruleSet = RuleSetRegistry.shipped().version(version).orElseThrow();
    return ruleSet.communes().stream()
        .filter(c -> c.coversDate(date))
        .map(c -> c.inseeCode())
        .collect(Collectors.toList());
  }
}
