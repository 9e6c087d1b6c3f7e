package fr.plie.rules.api;

import fr.plie.rules.internal.CompiledRuleSet;
import fr.plie.rules.internal.EntryEvaluator;
import fr.plie.rules.internal.ExitEvaluator;
import fr.plie.rules.internal.Replays;
import fr.plie.rules.internal.RuleSetRegistry;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.InvalidInputException;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.ReplayReport;
import fr.plie.rules.model.RuleSetReference;
import fr.plie.rules.model.RuleSetVersion;
import fr.plie.rules.internal.RuleResources;
import java.nio.file.Path;
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

  /** A facade over an already read registry (the analysts' workbench). */
  static PlieRules over(RuleSetRegistry registry) {
    return new PlieRules(registry, null);
  }

  /**
   * Decides an input given as JSON: an entry application ({@code "entry"}) or an exit case
   * ({@code "exit"}), read strictly. For tools that handle both kinds (scenarios, impact).
   */
  Object decide(String kind, com.fasterxml.jackson.databind.JsonNode input) {
    return switch (kind) {
      case "entry" -> assessEntry(PlieJson.fromTree(input, EntryApplication.class));
      case "exit" -> assessExit(PlieJson.fromTree(input, ExitCase.class));
      default -> throw new IllegalArgumentException("unknown kind of input: " + kind);
    };
  }

  /** The version this facade is pinned to, if any. */
  java.util.Optional<CompiledRuleSet> pinned() {
    return java.util.Optional.ofNullable(pinned);
  }

  RuleSetRegistry registry() {
    return registry;
  }

  /** The rule sets shipped with the library. */
  public static PlieRules load() {
    return new PlieRules(RuleSetRegistry.shipped(), null);
  }

  /**
   * The rule sets in a folder laid out like the library's {@code rulesets/} (an {@code index.json}
   * listing manifests), e.g. a copy an analyst is editing. The folder is untrusted: no path in it
   * may leave it and no symbolic link is followed; every table is checked (its fixed cells equal to
   * the library's, its data cells valid, its size within the limits of docs/security.md) before
   * anything is compiled; a rule file is compiled only if it is one the library ships.
   *
   * @throws RuleSetException listing every problem found in the tables and manifests
   */
  public static PlieRules loadFrom(Path rulesetsRoot) {
    RuleResources resources = RuleResources.directory(rulesetsRoot);
    List<String> manifests;
    try {
      manifests = RuleSetRegistry.index(resources);
    } catch (RuleSetException e) {
      throw new RuleSetException(rulesetsRoot.toString(), e.problems());
    } catch (RuntimeException e) {
      throw new RuleSetException(rulesetsRoot.toString(), List.of(e.getMessage()));
    }
    return new PlieRules(RuleSetRegistry.of(resources, manifests), null);
  }

  /**
   * Rule sets packaged as class-path resources of an application, under {@code root} laid out
   * like the library's {@code rulesets/} (an {@code index.json} listing manifests). Unlike a
   * folder ({@link #loadFrom(Path)}), their rule files need not be ones the library ships: what is
   * on the class path is code the application already trusts.
   *
   * @param loader the class loader that sees the resources
   * @param root the resource folder holding {@code index.json}, e.g. {@code "my-rulesets"}
   * @return a facade over those rule sets
   * @throws RuleSetException listing every problem found in the tables and manifests
   */
  public static PlieRules loadFromClassPath(ClassLoader loader, String root) {
    try {
      return new PlieRules(RuleSetRegistry.classpath(loader, root), null);
    } catch (RuleSetException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new RuleSetException("classpath:" + root, List.of(String.valueOf(e.getMessage())));
    }
  }

  /** Compiles every version's rules now rather than on first use. */
  public PlieRules warmUp() {
    registry.versions().forEach(CompiledRuleSet::compileAll);
    return this;
  }

  /** Every available version, oldest first, with its validity period and fingerprint. */
  public List<RuleSetVersion> versions() {
    return registry.versions().stream()
        .map(v -> RuleSetVersion.builder()
            .id(v.reference().id())
            .version(v.reference().version())
            .validFrom(v.reference().validFrom())
            .validTo(registry.validTo(v))
            .fingerprint(v.reference().fingerprint())
            .description(v.manifest().description() == null ? "" : v.manifest().description())
            .build())
        .collect(Collectors.toList());
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

  /**
   * Re-decides a recorded entry decision from the application it embeds, with the rule-set
   * version it names, after checking that version's fingerprint; reports IDENTICAL, the exact
   * DIFFERENT places, or UNKNOWN_RULE_SET (never re-decided with other rules).
   */
  public ReplayReport replay(EntryDecision recorded) {
    return Replays.replay(registry, recorded.participantId(), recorded.ruleSet(), recorded,
        ruleSet -> EntryEvaluator.decide(ruleSet, recorded.application(),
            pinnedNotes(ruleSet, recorded.application().assessmentDate())));
  }

  /**
   * Re-decides a recorded exit decision from the exit case it embeds, with the rule-set version it
   * names, after checking that version's fingerprint.
   */
  public ReplayReport replay(ExitDecision recorded) {
    return Replays.replay(registry, recorded.participantId(), recorded.ruleSet(), recorded,
        ruleSet -> ExitEvaluator.decide(ruleSet, recorded.exitCase(),
            pinnedNotes(ruleSet, recorded.exitCase().assessmentDate())));
  }

  private List<String> pinnedNotes(CompiledRuleSet pinned, LocalDate date) {
    List<String> notes = new ArrayList<>();
    pinnedNote(pinned, date, notes);
    return notes;
  }

  private void pinnedNote(CompiledRuleSet pinned, LocalDate date, List<String> notes) {
    if (!registry.inForce(pinned, date)) {
      notes.add("La version " + pinned.manifest().version() + " a été imposée par l'appelant ;"
          + " elle n'est pas en vigueur au " + date + ".");
    }
  }

  private CompiledRuleSet select(LocalDate date, List<String> notes) {
    if (pinned != null) {
      pinnedNote(pinned, date, notes);
      return pinned;
    }
    return registry.inForceOn(date).orElseThrow(() -> new InvalidInputException("assessmentDate",
        date + " is covered by no rule-set version (available: " + registry.versions().stream()
            .map(v -> v.manifest().version() + " from " + v.manifest().validFrom()
                + (registry.validTo(v) == null ? "" : " to " + registry.validTo(v)))
            .collect(Collectors.joining(", ")) + ")"));
  }
}
