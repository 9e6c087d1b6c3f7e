package fr.plie.rules.api;

import fr.plie.rules.internal.CompiledRuleSet;
import fr.plie.rules.internal.EntryEvaluator;
import fr.plie.rules.internal.ExitEvaluator;
import fr.plie.rules.internal.RuleSetRegistry;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.InvalidInputException;
import fr.plie.rules.model.RuleSetReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The library's entry point: decides PLIE entry eligibility and positive exits with the rule-set
 * version in force on the assessment date, or with a version the caller pins.
 *
 * <pre>{@code
 * PlieRules rules = PlieRules.load();
 * EntryDecision decision = rules.assessEntry(application);
 * ExitDecision exit = rules.assessExit(exitCase);
 * }</pre>
 *
 * <p>Load it once and share it: it is immutable and thread-safe. Each version's rules are compiled
 * on first use (or all at once by {@link #warmUp()}).
 */
public final class PlieRules {
  private final RuleSetRegistry registry;
  private final CompiledRuleSet pinned;

  private PlieRules(RuleSetRegistry registry, CompiledRuleSet pinned) {
    this.registry = registry;
    this.pinned = pinned;
  }

  /** The rule sets shipped with the library. */
  public static PlieRules load() {
    return new PlieRules(RuleSetRegistry.shipped(), null);
  }

  /** Compiles every version's rules now rather than on first use. */
  public PlieRules warmUp() {
    registry.versions().forEach(CompiledRuleSet::compileAll);
    return this;
  }

  /** Every available version, oldest first, with its validity period and fingerprint. */
  public List<RuleSetReference> versions() {
    return registry.versions().stream().map(CompiledRuleSet::reference).collect(Collectors.toList());
  }

  /**
   * A facade pinned to one version, whatever the assessment date (for replaying a decision or
   * comparing versions). A decision taken outside that version's validity says so in its notes.
   *
   * @throws IllegalArgumentException naming the available versions when there is no such version
   */
  public PlieRules version(String version) {
    CompiledRuleSet chosen = registry.version(version).orElseThrow(() ->
        new IllegalArgumentException("no rule-set version '" + version + "'; available: "
            + registry.versions().stream().map(v -> v.manifest().version())
                .collect(Collectors.joining(", "))));
    return new PlieRules(registry, chosen);
  }

  /** The version that decides on {@code date} (the pinned one if this facade is pinned). */
  public RuleSetReference versionFor(LocalDate date) {
    return select(date, new ArrayList<>()).reference();
  }

  /**
   * Decides whether the applicant may enter the PLIE.
   *
   * @throws InvalidInputException when no rule-set version is in force on the assessment date
   */
  public EntryDecision assessEntry(EntryApplication application) {
    List<String> notes = new ArrayList<>();
    CompiledRuleSet ruleSet = select(application.assessmentDate(), notes);
    return EntryEvaluator.decide(ruleSet, application, notes);
  }

  /**
   * Decides whether the participant's exit counts as a positive exit (§I.C.2), route by route.
   *
   * @throws InvalidInputException when no rule-set version is in force on the assessment date
   */
  public ExitDecision assessExit(ExitCase exitCase) {
    List<String> notes = new ArrayList<>();
    CompiledRuleSet ruleSet = select(exitCase.assessmentDate(), notes);
    return ExitEvaluator.decide(ruleSet, exitCase, notes);
  }

  private CompiledRuleSet select(LocalDate date, List<String> notes) {
    if (pinned != null) {
      if (!pinned.manifest().coversDate(date)) {
        notes.add("La version " + pinned.manifest().version() + " a été imposée par l'appelant ;"
            + " elle n'est pas en vigueur au " + date + ".");
      }
      return pinned;
    }
    return registry.inForceOn(date).orElseThrow(() -> new InvalidInputException("assessmentDate",
        date + " is covered by no rule-set version (available: " + registry.versions().stream()
            .map(v -> v.manifest().version() + " from " + v.manifest().validFrom()
                + (v.manifest().validTo() == null ? "" : " to " + v.manifest().validTo()))
            .collect(Collectors.joining(", ")) + ")"));
  }
}
