package fr.plie.rules.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.plie.rules.internal.CompiledRuleSet;
import fr.plie.rules.internal.RuleSetRegistry;
import fr.plie.rules.model.InputKind;
import fr.plie.rules.model.InputLimits;
import fr.plie.rules.model.InputRecord;
import fr.plie.rules.model.InvalidInputException;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.RecordReader;
import fr.plie.rules.model.SafeText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Decides a cohort under two sets of rules and reports what changes: the analysts' way to see
 * what a proposed edit would do before it is released.
 */
public final class ImpactAnalysis {
  private ImpactAnalysis() {}

  /**
   * Decides a cohort under two sets of rules, each named by reference, and reports what changes.
   *
   * @param from a shipped version ({@code 2018.1}: its current revision), one revision of it
   *     ({@code 2018.1-r1}), a series ({@code 2018}: the current revision of the shipped 2018.x version
   *     in force on each record's date) or a folder (a version folder with {@code ruleset.json}, or a
   *     rule-set root with {@code index.json})
   * @param to the same kinds of reference
   * @param cohort JSON Lines: one entry application or exit case per line
   * @return the changes, per outcome, per criterion or route and per record
   * @throws IllegalArgumentException when a reference names neither a folder of rules nor a shipped
   *     version, revision or series
   * @throws RuleSetException when a folder's rules cannot be used
   */
  public static ImpactReport run(String from, String to, Path cohort) {
    return run(from, rules(from), to, rules(to), cohort);
  }

  /**
   * Decides a cohort under two facades already loaded (for instance shipped rules against rules
   * an application packages, {@link PlieRules#loadFromClassPath}) and reports what changes.
   *
   * @param from how the report names the first facade
   * @param before the rules decisions are compared from
   * @param to how the report names the second facade
   * @param after the rules decisions are compared to
   * @param cohort JSON Lines: one entry application or exit case per line
   * @return the changes, per outcome, per criterion or route and per record
   */
  public static ImpactReport run(String from, PlieRules before, String to, PlieRules after,
      Path cohort) {
    int decided = 0;
    List<String> invalid = new ArrayList<>();
    Map<String, Integer> outcomes = new LinkedHashMap<>();
    Map<String, Integer> items = new LinkedHashMap<>();
    List<ImpactReport.ChangedRecord> changed = new ArrayList<>();
    // Streamed line by line: a cohort of any size, a bad line costs only itself.
    try (RecordReader reader = RecordReader.jsonLines(Files.newInputStream(cohort),
        String.valueOf(cohort.getFileName()), InputLimits.MAX_RECORD_BYTES)) {
      while (reader.hasNext()) {
        InputRecord record = reader.next();
        String where = record.source();
        ObjectNode a;
        ObjectNode b;
        String kind;
        try {
          if (!record.readable()) {
            throw record.problem();
          }
          kind = InputKind.of(record.json()).name().toLowerCase(Locale.ROOT);
          a = PlieJson.toTree(before.decide(kind, record.json()));
          b = PlieJson.toTree(after.decide(kind, record.json()));
        } catch (InvalidInputException e) {
          invalid.add(where + " : " + e.getMessage());
          continue;
        } catch (RuntimeException | StackOverflowError e) {
          // One record that breaks the engine is reported, never the end of the analysis.
          invalid.add(where + " : n'a pas pu être décidé (erreur interne : " + SafeText.echo(
              e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()))
              + ")");
          continue;
        }
        decided++;
        List<String> reasons = differences(a, b);
        if (reasons.isEmpty()) {
          continue;
        }
        String outcomeBefore = a.path("outcome").asText();
        String outcomeAfter = b.path("outcome").asText();
        if (!outcomeBefore.equals(outcomeAfter)) {
          outcomes.merge(kind + " " + outcomeBefore + " → " + outcomeAfter, 1, Integer::sum);
        }
        for (String item : itemTransitions(a, b)) {
          items.merge(item, 1, Integer::sum);
        }
        changed.add(new ImpactReport.ChangedRecord(where, a.path("participantId").asText(), kind,
            outcomeBefore, outcomeAfter, reasons));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + cohort, e);
    }
    return new ImpactReport(from, to, decided, invalid, outcomes, items, changed);
  }

  /** What differs between two decisions of the same input, in words. */
  static List<String> differences(ObjectNode before, ObjectNode after) {
    List<String> out = new ArrayList<>();
    if (!before.path("outcome").equals(after.path("outcome"))) {
      out.add("outcome " + before.path("outcome").asText() + " → " + after.path("outcome").asText());
    }
    for (String date : List.of("positiveExitDate", "projectedPositiveExitDate")) {
      if (!Objects.equals(before.get(date), after.get(date))) {
        out.add(date + " " + orNone(text(before.get(date))) + " → " + orNone(text(after.get(date))));
      }
    }
    out.addAll(itemDifferences(before, after, true));
    return out;
  }

  private static List<String> itemTransitions(ObjectNode before, ObjectNode after) {
    return itemDifferences(before, after, false);
  }

  /** Criteria (by id) and routes (by route) whose status or date changed. */
  private static List<String> itemDifferences(ObjectNode before, ObjectNode after,
      boolean withDates) {
    List<String> out = new ArrayList<>();
    for (String[] list : new String[][] {{"criteria", "id"}, {"routes", "route"}}) {
      Map<String, JsonNode> a = byId(before.path(list[0]), list[1]);
      Map<String, JsonNode> b = byId(after.path(list[0]), list[1]);
      for (Map.Entry<String, JsonNode> item : a.entrySet()) {
        JsonNode other = b.get(item.getKey());
        String statusA = item.getValue().path("status").asText();
        String statusB = other == null ? "(absent)" : other.path("status").asText();
        String dateA = text(item.getValue().get("date"));
        String dateB = other == null ? "" : text(other.get("date"));
        if (!statusA.equals(statusB)) {
          out.add(item.getKey() + " " + statusA + (withDates && !dateA.isEmpty() ? " (" + dateA + ")" : "")
              + " → " + statusB + (withDates && !dateB.isEmpty() ? " (" + dateB + ")" : ""));
        } else if (!dateA.equals(dateB)) {
          out.add(item.getKey() + " " + statusA + (withDates ? " date " + dateA + " → " + dateB : " date modifiée"));
        }
      }
    }
    return out;
  }

  private static Map<String, JsonNode> byId(JsonNode items, String idField) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (JsonNode item : items) {
      out.put(item.path(idField).asText(), item);
    }
    return out;
  }

  private static String orNone(String text) {
    return text.isEmpty() ? "(aucune)" : text;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? "" : node.asText();
  }

  /** The rules a reference names; see {@link #run}. */
  static PlieRules rules(String reference) {
    Path path = Path.of(reference);
    if (Files.isRegularFile(path.resolve("ruleset.json"))) {
      RuleSetRegistry registry =
          RuleSetException.reported(() -> RuleSetRegistry.ofVersionFolder(path));
      CompiledRuleSet only = registry.versions().get(0);
      return PlieRules.over(registry).version(only.reference().version(), only.reference().revision());
    }
    if (Files.isRegularFile(path.resolve("index.json"))) {
      return PlieRules.loadFrom(path);
    }
    PlieRules shipped = PlieRules.load();
    List<CompiledRuleSet> versions = shipped.registry().versions();
    if (shipped.registry().version(reference).isPresent()) {
      return shipped.version(reference);
    }
    List<CompiledRuleSet> series = versions.stream()
        .filter(v -> v.reference().version().startsWith(reference + "."))
        .collect(Collectors.toList());
    if (!series.isEmpty()) {
      return PlieRules.over(shipped.registry().subset(series));
    }
    throw new IllegalArgumentException("'" + reference + "' n'est ni un dossier de règles ni"
        + " une version, révision ou série livrée (livrées : " + versions.stream()
            .map(CompiledRuleSet::label).collect(Collectors.joining(", ")) + ")");
  }
}
