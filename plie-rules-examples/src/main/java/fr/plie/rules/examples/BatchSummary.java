package fr.plie.rules.examples;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.plie.rules.api.BatchResult;
import fr.plie.rules.model.EntryOutcome;
import fr.plie.rules.model.ExitOutcome;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.RuleSetReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The steering figures of a batch, as a PLIE reports them to its funders: records read, decided
 * per outcome, rejected per reason, positive exits per route and their rate, the rule-set versions
 * used. Counted by the thread that writes the output, in input order. Field names of its JSON form
 * are documented in the README ("Steering summary").
 */
final class BatchSummary {
  private long read;
  private long internalErrors;
  private long rejected;
  private final Map<String, Long> entryOutcomes = zeros(EntryOutcome.values());
  private final Map<String, Long> exitOutcomes = zeros(ExitOutcome.values());
  private final Map<String, Long> positiveByRoute = zeros(ExitRoute.values());
  private final Map<String, Long> reasons = new TreeMap<>();
  /** Distinct reasons counted one by one; the others together under {@link #OTHER_REASONS}. */
  static final int MAX_REASONS = 100;
  static final String OTHER_REASONS = "(autres) : d'autres problèmes, au-delà des "
      + MAX_REASONS + " premiers";
  private final Map<String, RuleSetUse> ruleSets = new TreeMap<>();

  private static Map<String, Long> zeros(Enum<?>[] values) {
    Map<String, Long> map = new LinkedHashMap<>();
    for (Enum<?> v : values) {
      map.put(v.name(), 0L);
    }
    return map;
  }

  void add(BatchCommand.Line line) {
    read++;
    switch (line.status()) {
      case DECIDED -> {
        (line.kind().equals("exit") ? exitOutcomes : entryOutcomes)
            .merge(line.outcome(), 1L, Long::sum);
        if (line.positiveRoute() != null) {
          positiveByRoute.merge(line.positiveRoute(), 1L, Long::sum);
        }
        RuleSetReference r = line.ruleSet();
        ruleSets.computeIfAbsent(r.id() + " " + r.version() + " r" + r.revision() + " "
            + r.fingerprint(), k -> new RuleSetUse(r.id(), r.version(), r.revision(),
            r.fingerprint())).decisions++;
      }
      case INVALID_INPUT -> {
        rejected++;
        for (String reason : line.reasons()) {
          // Bounded whatever the input: a file whose every record names a field of its own
          // must not grow the summary with it.
          reasons.merge(reasons.containsKey(reason) || reasons.size() < MAX_REASONS ? reason
              : OTHER_REASONS, 1L, Long::sum);
        }
      }
      case INTERNAL_ERROR -> internalErrors++;
    }
  }

  long rejected() {
    return rejected;
  }

  long internalErrors() {
    return internalErrors;
  }

  private long sum(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The one line printed after every run. */
  String oneLine(double seconds, int threads) {
    long decided = sum(entryOutcomes) + sum(exitOutcomes);
    return String.format(Locale.ROOT, "plie-rules batch: %d records read, %d decided (%d entry,"
        + " %d exit), %d rejected, %d internal errors, in %.1f s on %d thread(s) (%.0f records/s)",
        read, decided, sum(entryOutcomes), sum(exitOutcomes), rejected, internalErrors, seconds,
        threads, seconds > 0 ? read / seconds : 0.0);
  }

  /** The JSON summary ({@code --summary FILE.json}). */
  Json json(double seconds, int threads) {
    long exits = sum(exitOutcomes);
    long positive = exitOutcomes.get(ExitOutcome.POSITIVE.name());
    List<Reason> byReason = reasons.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .map(e -> {
          int at = e.getKey().indexOf(" : ");
          return new Reason(e.getKey().substring(0, at), e.getKey().substring(at + 3),
              e.getValue());
        }).toList();
    return new Json(read, sum(entryOutcomes) + exits, rejected, internalErrors,
        new Kind(sum(entryOutcomes), entryOutcomes), new Exits(exits, exitOutcomes, positive,
        exits == 0 ? null : Math.round(10_000.0 * positive / exits) / 10_000.0, positiveByRoute),
        byReason, new ArrayList<>(ruleSets.values()), threads,
        Math.round(seconds * 1000) / 1000.0);
  }

  /** The French table printed on stderr with --summary. */
  String frenchTable() {
    StringBuilder t = new StringBuilder("\nSynthèse du lot\n");
    row(t, "Enregistrements lus", read);
    row(t, "Décidés", sum(entryOutcomes) + sum(exitOutcomes));
    entryOutcomes.forEach((k, v) -> row(t, "  entrée " + k, v));
    exitOutcomes.forEach((k, v) -> row(t, "  sortie " + k, v));
    row(t, "Rejetés (données invalides)", rejected);
    reasons.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .limit(20).forEach(e -> row(t, "  " + e.getKey(), e.getValue()));
    if (reasons.size() > 20) {
      t.append("  … ").append(reasons.size() - 20).append(" autres motifs (voir le fichier JSON)\n");
    }
    row(t, "Erreurs internes", internalErrors);
    t.append("Sorties positives par voie\n");
    positiveByRoute.forEach((k, v) -> row(t, "  " + k, v));
    long exits = sum(exitOutcomes);
    long positive = exitOutcomes.get(ExitOutcome.POSITIVE.name());
    t.append(String.format(Locale.FRANCE, "%-52s %s%n", "Taux de sorties positives",
        exits == 0 ? "— (aucune sortie décidée)"
            : String.format(Locale.FRANCE, "%.1f %% (%d sur %d)", 100.0 * positive / exits,
                positive, exits)));
    t.append("Versions des règles utilisées\n");
    ruleSets.values().forEach(r -> row(t, "  " + r.id + " " + r.version + " révision "
        + r.revision + " (" + r.fingerprint.substring(0, Math.min(19, r.fingerprint.length()))
        + "…)", r.decisions));
    return t.toString();
  }

  private static void row(StringBuilder t, String label, long count) {
    String shown = label.length() > 52 ? label.substring(0, 51) + "…" : label;
    t.append(String.format(Locale.FRANCE, "%-52s %,10d%n", shown, count));
  }

  /** The summary file's content. */
  @JsonPropertyOrder({"recordsRead", "decided", "rejected", "internalErrors", "entry", "exit",
      "rejectedByReason", "ruleSets", "threads", "seconds"})
  record Json(long recordsRead, long decided, long rejected, long internalErrors, Kind entry,
      Exits exit, List<Reason> rejectedByReason, List<RuleSetUse> ruleSets, int threads,
      double seconds) {}

  @JsonPropertyOrder({"decided", "outcomes"})
  record Kind(long decided, Map<String, Long> outcomes) {}

  @JsonPropertyOrder({"decided", "outcomes", "positive", "positiveRate", "positiveByRoute"})
  record Exits(long decided, Map<String, Long> outcomes, long positive, Double positiveRate,
      Map<String, Long> positiveByRoute) {}

  @JsonPropertyOrder({"field", "problem", "records"})
  record Reason(String field, String problem, long records) {}

  /** How many decisions one rule-set revision took. */
  @JsonPropertyOrder({"id", "version", "revision", "fingerprint", "decisions"})
  static final class RuleSetUse {
    public final String id;
    public final String version;
    public final int revision;
    public final String fingerprint;
    public long decisions;

    RuleSetUse(String id, String version, int revision, String fingerprint) {
      this.id = id;
      this.version = version;
      this.revision = revision;
      this.fingerprint = fingerprint;
    }
  }
}
