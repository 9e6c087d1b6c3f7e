package fr.plie.rules.api;

import fr.plie.rules.internal.CompiledRuleSet;
import fr.plie.rules.internal.EntryEvaluator;
import fr.plie.rules.internal.ExitEvaluator;
import fr.plie.rules.internal.Replays;
import fr.plie.rules.internal.RuleSetProblems;
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
import fr.plie.rules.internal.Pseudonymisation;
import fr.plie.rules.internal.RecordStamp;
import fr.plie.rules.model.DecisionRecord;
import fr.plie.rules.model.RecordForm;
import fr.plie.rules.model.SignatureStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
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
 * on first use (or all at once by {@link #warmUp()}). The {@code with…} methods return a new
 * facade sharing the compiled rules: a clock for the time of decision, a signer, a
 * pseudonymiser, a verifier for replays.
 */
public final class PlieRules {
  private final RuleSetRegistry registry;
  private final CompiledRuleSet pinned;
  private final Clock clock;
  private final Supplier<UUID> decisionIds;
  private final RecordSigner signer;
  private final Pseudonymiser pseudonymiser;
  private final RecordVerifier verifier;

  private PlieRules(RuleSetRegistry registry, CompiledRuleSet pinned) {
    this(registry, pinned, Clock.systemUTC(), UUID::randomUUID, null, null, null);
  }

  private PlieRules(RuleSetRegistry registry, CompiledRuleSet pinned, Clock clock,
      Supplier<UUID> decisionIds, RecordSigner signer, Pseudonymiser pseudonymiser,
      RecordVerifier verifier) {
    this.registry = registry;
    this.pinned = pinned;
    this.clock = clock;
    this.decisionIds = decisionIds;
    this.signer = signer;
    this.pseudonymiser = pseudonymiser;
    this.verifier = verifier;
  }

  /** A facade over an already read registry (the analysts' workbench). */
  static PlieRules over(RuleSetRegistry registry) {
    return new PlieRules(registry, null);
  }

  /**
   * The same facade, taking the time of each decision ({@code decidedAt}) from {@code clock},
   * e.g. {@code Clock.fixed(...)} in tests. The default is {@link Clock#systemUTC()}.
   *
   * @param clock the clock decisions take their time from
   * @return a new facade, sharing the compiled rules
   */
  public PlieRules withClock(Clock clock) {
    return new PlieRules(registry, pinned, Objects.requireNonNull(clock, "clock"), decisionIds,
        signer, pseudonymiser, verifier);
  }

  /**
   * The same facade, taking each decision's id from {@code ids} (which must be thread-safe if the
   * facade is shared), for callers who allocate ids themselves or tests that need stable ones.
   * The default is {@link UUID#randomUUID()}.
   *
   * @param ids the source of decision ids
   * @return a new facade, sharing the compiled rules
   */
  public PlieRules withDecisionIds(Supplier<UUID> ids) {
    return new PlieRules(registry, pinned, clock, Objects.requireNonNull(ids, "ids"), signer,
        pseudonymiser, verifier);
  }

  /**
   * The same facade, signing every decision it takes (after pseudonymising it, if it does).
   *
   * @param signer the signer
   * @return a new facade, sharing the compiled rules
   */
  public PlieRules withSigner(RecordSigner signer) {
    return new PlieRules(registry, pinned, clock, decisionIds, Objects.requireNonNull(signer,
        "signer"), pseudonymiser, verifier);
  }

  /**
   * The same facade, returning every decision in its pseudonymised form.
   *
   * @param pseudonymiser the pseudonymiser
   * @return a new facade, sharing the compiled rules
   */
  public PlieRules withPseudonymiser(Pseudonymiser pseudonymiser) {
    return new PlieRules(registry, pinned, clock, decisionIds, signer,
        Objects.requireNonNull(pseudonymiser, "pseudonymiser"), verifier);
  }

  /**
   * The same facade, checking a record's signature before replaying it: a record whose signature
   * does not verify is reported {@link ReplayReport.Status#SIGNATURE_INVALID} and not re-decided.
   * Without a verifier, a replay does not check signatures and says so ({@link
   * SignatureStatus#NOT_CHECKED}).
   *
   * @param verifier the verifier
   * @return a new facade, sharing the compiled rules
   */
  public PlieRules withVerifier(RecordVerifier verifier) {
    return new PlieRules(registry, pinned, clock, decisionIds, signer, pseudonymiser,
        Objects.requireNonNull(verifier, "verifier"));
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

  /**
   * The rule sets shipped with the library.
   *
   * @return a facade over them, each version compiled on first use
   * @throws RuleSetException when the shipped rule sets cannot be read (a damaged installation)
   */
  public static PlieRules load() {
    return RuleSetException.reported(() -> new PlieRules(RuleSetRegistry.shipped(), null));
  }

  /**
   * The rule sets in a folder laid out like the library's {@code rulesets/} (an {@code index.json}
   * listing manifests), e.g. a copy an analyst is editing. The folder is untrusted: no path in it
   * may leave it and no symbolic link is followed; every table is checked (its fixed cells equal to
   * the library's, its data cells valid, its size within the limits of docs/security.md) before
   * anything is compiled; a rule file is compiled only if it is one the library ships.
   *
   * @param rulesetsRoot the folder holding {@code index.json}
   * @return a facade over those rule sets
   * @throws RuleSetException listing every problem found in the tables and manifests
   */
  public static PlieRules loadFrom(Path rulesetsRoot) {
    RuleResources resources = RuleResources.directory(rulesetsRoot);
    List<String> manifests;
    try {
      manifests = RuleSetRegistry.index(resources);
    } catch (RuleSetProblems e) {
      throw new RuleSetException(rulesetsRoot.toString(), e.problems());
    } catch (RuntimeException e) {
      throw new RuleSetException(rulesetsRoot.toString(), List.of(e.getMessage()));
    }
    return RuleSetException.reported(() ->
        new PlieRules(RuleSetRegistry.of(resources, manifests), null));
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
    } catch (RuleSetProblems e) {
      throw new RuleSetException(e);
    } catch (RuntimeException e) {
      throw new RuleSetException("classpath:" + root, List.of(String.valueOf(e.getMessage())));
    }
  }

  /**
   * This library's build, as decisions record it: its version and the git revision of its
   * sources ({@code 0.1.0-SNAPSHOT+git.<revision>}, {@code +git.unknown} when built outside git).
   *
   * @return the library version and source revision
   */
  public static String libraryVersion() {
    return RuleSetRegistry.libraryVersion();
  }

  /**
   * Compiles every version's rules now rather than on first use.
   *
   * @return this facade
   * @throws RuleSetException when a version's rules do not compile
   */
  public PlieRules warmUp() {
    return RuleSetException.reported(() -> {
      registry.versions().forEach(CompiledRuleSet::compileAll);
      return this;
    });
  }

  /**
   * Every available version, oldest first, each revision on its own entry (lowest first), with
   * its validity period, fingerprint and whether it is the current revision.
   *
   * @return the versions, oldest first
   */
  public List<RuleSetVersion> versions() {
    return registry.versions().stream()
        .map(v -> RuleSetVersion.builder()
            .id(v.reference().id())
            .version(v.reference().version())
            .revision(v.reference().revision())
            .current(registry.current(v))
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
   * {@code "2018.1"} is the current revision of 2018.1; {@code "2018.1-r1"} pins its revision 1
   * (as {@link #version(String, int)} does).
   *
   * @param version a version ({@code 2018.1}) or a revision of it ({@code 2018.1-r1})
   * @return a new facade pinned to it
   * @throws IllegalArgumentException naming the available versions when there is no such version
   */
  public PlieRules version(String version) {
    CompiledRuleSet chosen = registry.version(version).orElseThrow(() ->
        new IllegalArgumentException("no rule-set version '" + version + "'; available: "
            + available()));
    return new PlieRules(registry, chosen, clock, decisionIds, signer, pseudonymiser, verifier);
  }

  /**
   * A facade pinned to one revision of a version. A superseded revision stays shipped so that the
   * decisions it took can be replayed (which {@link #replay} does by itself, from the fingerprint
   * they name) and compared (impact analysis); {@link #versions()} says which revision is current.
   * (A decision pinned to a superseded revision carries no note saying so: its notes must stay those
   * the same rules give on replay, whatever is shipped later.)
   *
   * @param version a version, e.g. {@code 2018.1}
   * @param revision a revision of it, from 1
   * @return a new facade pinned to it
   * @throws IllegalArgumentException naming the available revisions when there is no such revision
   */
  public PlieRules version(String version, int revision) {
    CompiledRuleSet chosen = registry.version(version, revision).orElseThrow(() ->
        new IllegalArgumentException("no revision " + revision + " of rule-set version '" + version
            + "'; available: " + available()));
    // Pinned with this facade's clock, ids, signer, pseudonymiser and verifier, as version(String).
    return new PlieRules(registry, chosen, clock, decisionIds, signer, pseudonymiser, verifier);
  }

  /** « 2018.1 (revisions 1, 2), 2018.2 (revisions 1, 2) »; a version with one revision alone. */
  private String available() {
    java.util.Map<String, List<String>> revisions = new java.util.LinkedHashMap<>();
    for (CompiledRuleSet v : registry.versions()) {
      revisions.computeIfAbsent(v.manifest().version(), k -> new ArrayList<>())
          .add(String.valueOf(v.manifest().revisionNumber()));
    }
    return revisions.entrySet().stream()
        .map(e -> e.getValue().size() == 1 && e.getValue().get(0).equals("1") ? e.getKey()
            : e.getKey() + " (revisions " + String.join(", ", e.getValue()) + ")")
        .collect(Collectors.joining(", "));
  }

  /**
   * The version that decides on {@code date} (the pinned one if this facade is pinned).
   *
   * @param date an assessment date
   * @return the version, revision and fingerprint that decide on it
   * @throws InvalidInputException when no version is in force on {@code date}
   */
  public RuleSetReference versionFor(LocalDate date) {
    return select(date, new ArrayList<>()).reference();
  }

  /**
   * Decides whether the applicant may enter the PLIE.
   *
   * @param application the application, as built or read (already checked)
   * @return the decision, criterion by criterion, with the facts, rules and citations it rests on
   * @throws RuleSetException when the version in force cannot be compiled
   * @throws InvalidInputException when no rule-set version is in force on the assessment date
   */
  public EntryDecision assessEntry(EntryApplication application) {
    return assessEntry(application, newStamp());
  }

  /** As {@link #assessEntry(EntryApplication)}, with the id and time the caller took (a batch). */
  EntryDecision assessEntry(EntryApplication application, RecordStamp stamp) {
    List<String> notes = new ArrayList<>();
    CompiledRuleSet ruleSet = select(application.assessmentDate(), notes);
    return recorded(RuleSetException.reported(() ->
        EntryEvaluator.decide(ruleSet, application, notes, stamp)));
  }

  /**
   * Decides whether the participant's exit counts as a positive exit (§I.C.2), route by route.
   *
   * @param exitCase the case, as built or read (already checked)
   * @return the decision, route by route, with the facts, rules and citations it rests on
   * @throws RuleSetException when the version in force cannot be compiled
   * @throws InvalidInputException when no rule-set version is in force on the assessment date
   */
  public ExitDecision assessExit(ExitCase exitCase) {
    return assessExit(exitCase, newStamp());
  }

  /** As {@link #assessExit(ExitCase)}, with the id and time the caller took (a batch). */
  ExitDecision assessExit(ExitCase exitCase, RecordStamp stamp) {
    List<String> notes = new ArrayList<>();
    CompiledRuleSet ruleSet = select(exitCase.assessmentDate(), notes);
    return recorded(RuleSetException.reported(() ->
        ExitEvaluator.decide(ruleSet, exitCase, notes, stamp)));
  }

  /**
   * Decides many inputs, entry applications and exit cases mixed, on several threads, the results
   * in the inputs' order and memory bounded by a window of inputs in flight, not by the input.
   *
   * <pre>{@code
   * try (Stream<BatchResult> results = rules.batch().threads(4).decide(inputs)) {
   *   results.forEach(r -> ...);
   * }
   * }</pre>
   *
   * @return a batch with this facade's clock, ids, signer and pseudonymiser, on as many threads as
   *     there are processors
   */
  public Batch batch() {
    return new Batch(this);
  }

  RecordStamp newStamp() {
    return new RecordStamp(decisionIds.get(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
  }

  /** The decision in the form this facade writes: pseudonymised, then signed, if asked. */
  private <D extends DecisionRecord> D recorded(D decision) {
    D out = pseudonymiser == null ? decision : pseudonymiser.pseudonymise(decision);
    return signer == null ? out : signer.sign(out);
  }

  /**
   * Re-decides a recorded entry decision from the application it embeds, with the rule-set
   * version it names, after checking that version's fingerprint (and, with {@link #withVerifier},
   * the record's signature); reports IDENTICAL, the exact DIFFERENT places, UNKNOWN_RULE_SET
   * (never re-decided with other rules) or SIGNATURE_INVALID (not re-decided). A pseudonymised
   * record is compared with the re-decided decision pseudonymised the same way.
   *
   * @param recorded the recorded decision, as read back
   * @return what the replay found
   */
  public ReplayReport replay(EntryDecision recorded) {
    RecordVerifier.Verification signature = checkSignature(recorded);
    RecordStamp stamp = new RecordStamp(recorded.decisionId(), recorded.decidedAt());
    return RuleSetException.reported(() -> Replays.replay(registry, recorded, signature.status(),
        signature.detail(), ruleSet -> formOf(recorded, EntryEvaluator.decide(ruleSet,
            recorded.application(),
            replayNotes(recorded.notes(), ruleSet, recorded.application().assessmentDate()),
            stamp))));
  }

  /**
   * Re-decides a recorded exit decision from the exit case it embeds, with the rule-set version it
   * names, after checking that version's fingerprint (and the signature, as for entry).
   *
   * @param recorded the recorded decision, as read back
   * @return what the replay found
   */
  public ReplayReport replay(ExitDecision recorded) {
    RecordVerifier.Verification signature = checkSignature(recorded);
    RecordStamp stamp = new RecordStamp(recorded.decisionId(), recorded.decidedAt());
    return RuleSetException.reported(() -> Replays.replay(registry, recorded, signature.status(),
        signature.detail(), ruleSet -> formOf(recorded, ExitEvaluator.decide(ruleSet,
            recorded.exitCase(),
            replayNotes(recorded.notes(), ruleSet, recorded.exitCase().assessmentDate()),
            stamp))));
  }

  private RecordVerifier.Verification checkSignature(DecisionRecord recorded) {
    if (verifier != null) {
      return verifier.verify(recorded);
    }
    return recorded.signature() == null
        ? new RecordVerifier.Verification(SignatureStatus.UNSIGNED, "the record is not signed", false)
        : new RecordVerifier.Verification(SignatureStatus.NOT_CHECKED,
            "the record is signed, but no public key was given to check it", false);
  }

  /** The re-decided decision in the recorded one's form, so that the two compare. */
  private static <D extends DecisionRecord> D formOf(DecisionRecord recorded, D replayed) {
    return recorded.form() == RecordForm.PSEUDONYMISED ? Pseudonymisation.minimise(replayed) : replayed;
  }

  /**
   * The caller's note a replay starts from: the "version imposed by the caller" note only if the
   * recorded decision carries it. A version that was in force when the decision was taken may have
   * been followed since by one whose period starts earlier; the replay must still give back the
   * decision as it was taken, not note an imposition that did not happen.
   */
  private List<String> replayNotes(List<String> recordedNotes, CompiledRuleSet pinned,
      LocalDate date) {
    List<String> notes = new ArrayList<>();
    pinnedNote(pinned, date, notes);
    notes.retainAll(recordedNotes);
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
        "is covered by no rule-set version (available: " + registry.versions().stream()
            .map(v -> v.manifest().version() + " from " + v.manifest().validFrom()
                + (registry.validTo(v) == null ? "" : " to " + registry.validTo(v)))
            .collect(Collectors.joining(", ")) + ")"));
  }
}
