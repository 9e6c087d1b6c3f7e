package fr.plie.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.plie.rules.model.DecisionRecord;
import fr.plie.rules.model.ImmutableReplayReport;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.ReplayReport;
import fr.plie.rules.model.ReplayReport.Difference;
import fr.plie.rules.model.RuleSetReference;
import fr.plie.rules.model.SignatureStatus;
import fr.plie.rules.model.SafeText;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Replays a recorded decision: finds the shipped revision of the version it names whose
 * fingerprint it records (a superseded revision replays the decisions it took), refuses to
 * re-decide when there is none (other rules would answer), else re-decides and compares.
 */
public final class Replays {
  private Replays() {}

  /**
   * @param signature what checking the record's signature found; INVALID stops the replay
   * @param redecide re-decides the record's embedded input with a rule set, in the record's form
   */
  public static <D extends DecisionRecord> ReplayReport replay(RuleSetRegistry registry,
      D recorded, SignatureStatus signature, String signatureDetail,
      Function<CompiledRuleSet, D> redecide) {
    String library = RuleSetRegistry.libraryVersion();
    RuleSetReference recordedRules = recorded.ruleSet();
    ImmutableReplayReport.Builder report = ReplayReport.builder()
        .signature(signature)
        .decisionId(recorded.decisionId())
        .participantId(recorded.participantId())
        .ruleSetId(recordedRules.id())
        .ruleSetVersion(recordedRules.version())
        .ruleSetRevision(recordedRules.revision())
        .recordedFingerprint(recordedRules.fingerprint())
        .recordedLibraryVersion(recordedRules.libraryVersion())
        .libraryVersion(library);
    if (signature == SignatureStatus.INVALID) {
      // A record changed after signing is evidence of tampering, not a decision to re-take.
      return report.status(ReplayReport.Status.SIGNATURE_INVALID)
          .summary("The record's signature does not verify (" + signatureDetail
              + "); the decision was not re-decided.")
          .build();
    }
    List<CompiledRuleSet> revisions = registry.revisions(recordedRules.id(), recordedRules.version());
    if (revisions.isEmpty()) {
      return report.status(ReplayReport.Status.UNKNOWN_RULE_SET)
          .summary("No shipped rule set is " + SafeText.echo(recordedRules.id()) + " "
              + SafeText.echo(recordedRules.version()) + "; the decision was not re-decided.")
          .build();
    }
    Optional<CompiledRuleSet> same = revisions.stream()
        .filter(v -> v.reference().fingerprint().equals(recordedRules.fingerprint()))
        .findFirst();
    if (same.isEmpty()) {
      CompiledRuleSet nearest = revisions.stream()
          .filter(v -> v.reference().revision() == recordedRules.revision())
          .findFirst()
          .orElse(revisions.get(revisions.size() - 1));
      report.shippedFingerprint(nearest.reference().fingerprint());
      String other = registry.versions().stream()
          .filter(v -> v.reference().fingerprint().equals(recordedRules.fingerprint()))
          .map(v -> " (it is the fingerprint of " + v.label() + ")")
          .findFirst().orElse("");
      return report.status(ReplayReport.Status.UNKNOWN_RULE_SET)
          .summary("The recorded fingerprint of " + recordedRules.id() + " "
              + recordedRules.version() + " is not the one of any shipped revision ("
              + revisions.stream().map(v -> v.label() + " " + v.reference().fingerprint())
                  .collect(java.util.stream.Collectors.joining(", "))
              + ")" + other
              + ": the rules that decided are not these, so the decision was not re-decided.")
          .build();
    }
    CompiledRuleSet ruleSet = same.get();
    report.shippedFingerprint(ruleSet.reference().fingerprint());
    D replayed = redecide.apply(ruleSet);
    List<Difference> differences = differences(PlieJson.toTree(recorded), PlieJson.toTree(replayed));
    if (differences.isEmpty()) {
      return report.status(ReplayReport.Status.IDENTICAL)
          .summary("Identical: " + recordedRules.id() + " " + ruleSet.label()
              + " decides the embedded input exactly as recorded.")
          .build();
    }
    return report.status(ReplayReport.Status.DIFFERENT)
        .summary(differences.size() + " difference(s) between the recorded decision and what "
            + recordedRules.id() + " " + ruleSet.label() + " decides from its embedded input.")
        .differences(differences)
        .build();
  }

  static List<Difference> differences(ObjectNode recorded, ObjectNode replayed) {
    // Which library ran the rules, and the record's identity, are kept for the audit trail but
    // decide nothing.
    strip(recorded);
    strip(replayed);
    List<Difference> out = new ArrayList<>();
    compare("", recorded, replayed, out);
    return out;
  }

  /** What identifies a record rather than decides it: its format, id, time and signature. */
  private static final List<String> RECORD_FIELDS =
      List.of("recordFormat", "decisionId", "decidedAt", "signature");

  private static void strip(ObjectNode decision) {
    decision.remove(RECORD_FIELDS);
    JsonNode rules = decision.get("ruleSet");
    if (rules instanceof ObjectNode object) {
      object.remove("libraryVersion");
    }
  }

  private static void compare(String path, JsonNode recorded, JsonNode replayed,
      List<Difference> out) {
    if (recorded != null && replayed != null && recorded.equals(replayed)) {
      return;
    }
    if (recorded != null && replayed != null && recorded.isObject() && replayed.isObject()) {
      Set<String> names = new LinkedHashSet<>();
      recorded.fieldNames().forEachRemaining(names::add);
      replayed.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        compare(path + "/" + name.replace("~", "~0").replace("/", "~1"), recorded.get(name),
            replayed.get(name), out);
      }
      return;
    }
    if (recorded != null && replayed != null && recorded.isArray() && replayed.isArray()) {
      Iterator<JsonNode> a = recorded.elements();
      Iterator<JsonNode> b = replayed.elements();
      int i = 0;
      while (a.hasNext() || b.hasNext()) {
        compare(path + "/" + i++, a.hasNext() ? a.next() : null, b.hasNext() ? b.next() : null, out);
      }
      return;
    }
    out.add(Difference.builder().path(path.isEmpty() ? "/" : path).recorded(recorded)
        .replayed(replayed).build());
  }
}
