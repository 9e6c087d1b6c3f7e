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
    return ruleSet.tableLines("communes").stream()
        .filter(line -> !date.isBefore((LocalDate) line.values().get("Valide du")))
        .filter(line -> line.values().get("Valide jusqu'au") == null
            || !date.isAfter((LocalDate) line.values().get("Valide jusqu'au")))
        .map(line -> (String) line.values().get("Code INSEE"))
        .collect(Collectors.toList());
  }
}
