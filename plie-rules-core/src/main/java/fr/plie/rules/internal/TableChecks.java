package fr.plie.rules.internal;

import fr.plie.rules.internal.TableSchemas.CheckedLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Consistency checks across the rows of a table, which a cell-by-cell reading cannot see: two rows
 * for the same commune or parameter valid on the same day (an overlap: which one applies?), a
 * period that ends before it starts, a parameter with days of the rule set's validity left
 * without a value (a gap), a retired code listed twice or retired into itself.
 */
public final class TableChecks {
  private TableChecks() {}

  public static List<String> check(RuleSetManifest manifest, Map<String, String> paths,
      Map<String, List<CheckedLine>> lines) {
    List<String> problems = new ArrayList<>();
    periods(paths.get("communes"), "commune", "Code INSEE", "Valide du", "Valide jusqu'au",
        lines.getOrDefault("communes", List.of()), null, problems);
    periods(paths.get("parameters"), "parameter", "Nom", "Valide du", "Valide jusqu'au",
        lines.getOrDefault("parameters", List.of()), manifest.validFrom(), problems);
    Set<String> retired = new TreeSet<>();
    for (CheckedLine line : lines.getOrDefault("retiredCommunes", List.of())) {
      Object code = line.values().get("Code INSEE retiré");
      if (!retired.add(String.valueOf(code))) {
        problems.add(paths.get("retiredCommunes") + ", row " + line.row() + ": code " + code
            + " is retired twice");
      }
      if (code != null && code.equals(line.values().get("Code INSEE successeur"))) {
        problems.add(paths.get("retiredCommunes") + ", row " + line.row() + ": code " + code
            + " cannot be its own successor");
      }
    }
    return problems;
  }

  private record Period(int row, LocalDate from, LocalDate to) {}

  /**
   * Rows grouped by {@code keyColumn} must not overlap; with {@code coverFrom}, they must also
   * cover every day from it on, without a gap and with an open-ended last row.
   */
  private static void periods(String file, String what, String keyColumn, String fromColumn,
      String toColumn, List<CheckedLine> lines, LocalDate coverFrom, List<String> problems) {
    Map<Object, List<Period>> byKey = new LinkedHashMap<>();
    for (CheckedLine line : lines) {
      LocalDate from = (LocalDate) line.values().get(fromColumn);
      LocalDate to = (LocalDate) line.values().get(toColumn);
      if (to != null && to.isBefore(from)) {
        problems.add(file + ", row " + line.row() + ": the " + what + " "
            + line.values().get(keyColumn) + " ends (" + to + ") before it starts (" + from + ")");
        continue;
      }
      byKey.computeIfAbsent(line.values().get(keyColumn), k -> new ArrayList<>())
          .add(new Period(line.row(), from, to));
    }
    byKey.forEach((key, periods) -> {
      periods.sort(Comparator.comparing(Period::from));
      boolean overlapping = false;
      for (int i = 1; i < periods.size(); i++) {
        Period previous = periods.get(i - 1);
        Period current = periods.get(i);
        if (previous.to() == null || !previous.to().isBefore(current.from())) {
          overlapping = true;
          problems.add(file + ", rows " + previous.row() + " and " + current.row() + ": two rows of the "
              + what + " " + key + " are valid on " + current.from() + " (their periods overlap)");
        }
      }
      if (coverFrom == null || overlapping) {
        return;
      }
      LocalDate needed = coverFrom;
      for (Period p : periods) {
        if (p.from().isAfter(needed)) {
          problems.add(file + ": the " + what + " " + key + " has no value from " + needed + " to "
              + p.from().minusDays(1) + " (a gap before row " + p.row() + ")");
        }
        if (p.to() == null) {
          return;
        }
        if (!p.to().isBefore(needed)) {
          needed = p.to().plusDays(1);
        }
      }
      problems.add(file + ": the " + what + " " + key + " has no value from " + needed
          + " on (the last row ends; leave 'Valide jusqu'au' empty on the row in force today)");
    });
  }
}
