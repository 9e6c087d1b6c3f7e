package fr.plie.rules.api;

import fr.plie.rules.model.SafeText;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a change of rules does to a cohort: how many decisions change, per outcome and per
 * criterion or route, and which participants, with the reason.
 *
 * @param from the rules before (a version, a series of versions or a folder)
 * @param to the rules after
 * @param records how many records of the cohort were decided under both
 * @param invalid the records that could not be decided (with the field at fault): never dropped
 * @param outcomeChanges "entry ELIGIBLE → NOT_ELIGIBLE" → count
 * @param itemChanges "TERRITORY MET → NOT_MET", "CDD NOT_MET → ACQUIRED" → count
 * @param changed every record whose decision changed
 */
public record ImpactReport(String from, String to, int records, List<String> invalid,
    Map<String, Integer> outcomeChanges, Map<String, Integer> itemChanges,
    List<ChangedRecord> changed) {

  /**
   * One participant whose decision changed, and how.
   *
   * @param record where the record is in the cohort (file and line)
   * @param participantId the participant
   * @param kind {@code entry} or {@code exit}
   * @param outcomeBefore the outcome under the rules before
   * @param outcomeAfter the outcome under the rules after
   * @param reasons what changed: each criterion or route whose status changed
   */
  public record ChangedRecord(String record, String participantId, String kind,
      String outcomeBefore, String outcomeAfter, List<String> reasons) {}

  /**
   * A report; the lists and maps are copied, the maps sorted by key.
   *
   * @param from the rules before
   * @param to the rules after
   * @param records how many records of the cohort were decided under both
   * @param invalid the records that could not be decided (with the field at fault)
   * @param outcomeChanges "entry ELIGIBLE → NOT_ELIGIBLE" → count
   * @param itemChanges "TERRITORY MET → NOT_MET", "CDD NOT_MET → ACQUIRED" → count
   * @param changed every record whose decision changed
   */
  public ImpactReport {
    invalid = List.copyOf(invalid);
    // Sorted, so that the JSON report is the same bytes from run to run (Map.copyOf's order is not).
    outcomeChanges = Collections.unmodifiableMap(new TreeMap<>(outcomeChanges));
    itemChanges = Collections.unmodifiableMap(new TreeMap<>(itemChanges));
    changed = List.copyOf(changed);
  }

  /** {@return the report as an analyst reads it} */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append("Impact de ").append(to).append(" par rapport à ").append(from).append(" sur ")
        .append(records).append(" enregistrement(s) décidé(s)");
    if (!invalid.isEmpty()) {
      out.append(" (").append(invalid.size()).append(" invalide(s), listé(s) plus bas)");
    }
    out.append(" :\n");
    out.append(changed.size()).append(" décision(s) change(nt) ; ")
        .append(changed.stream().filter(c -> !c.outcomeBefore().equals(c.outcomeAfter())).count())
        .append(" change(nt) de résultat.\n");
    if (!outcomeChanges.isEmpty()) {
      out.append("\nRésultats :\n");
      outcomeChanges.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> out.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
    }
    if (!itemChanges.isEmpty()) {
      out.append("\nCritères et voies :\n");
      itemChanges.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> out.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
    }
    if (!changed.isEmpty()) {
      out.append("\nParticipants dont la décision change :\n");
      for (ChangedRecord c : changed) {
        out.append("  ").append(SafeText.line(c.participantId())).append(" (").append(c.record()).append(", ")
            .append(c.kind()).append("): ").append(String.join("; ", c.reasons())).append('\n');
      }
    }
    if (!invalid.isEmpty()) {
      out.append("\nEnregistrements invalides (non décidés) :\n");
      invalid.forEach(i -> out.append("  ").append(i).append('\n'));
    }
    return out.toString();
  }
}
