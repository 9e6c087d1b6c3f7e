package fr.plie.rules.internal;

import fr.plie.rules.internal.facts.Parameter;
import fr.plie.rules.internal.facts.PerimeterCommune;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Consistency checks on tables that a cell-by-cell reading cannot see: two rows of the same commune
 * or parameter valid on the same day (an overlap: which one applies?), a period that ends before it
 * starts, and a parameter that leaves days of the rule set's validity uncovered (a gap: no value).
 */
final class TableChecks {
  private TableChecks() {}

  static List<String> check(RuleSetManifest manifest, String communesPath,
      List<PerimeterCommune> communes, String parametersPath, List<Parameter> parameters) {
    List<String> problems = new ArrayList<>();
    Map<String, List<Period>> communePeriods = new LinkedHashMap<>();
    for (PerimeterCommune c : communes) {
      communePeriods.computeIfAbsent(c.inseeCode(), k -> new ArrayList<>())
          .add(new Period(c.validFrom(), c.validTo()));
    }
    communePeriods.forEach((code, periods) ->
        overlapsAndOrder(communesPath, "commune " + code, periods, problems));

    Map<String, List<Period>> parameterPeriods = new LinkedHashMap<>();
    for (Parameter p : parameters) {
      parameterPeriods.computeIfAbsent(p.name(), k -> new ArrayList<>())
          .add(new Period(p.validFrom(), p.validTo()));
    }
    parameterPeriods.forEach((name, periods) -> {
      if (overlapsAndOrder(parametersPath, "parameter " + name, periods, problems)) {
        gaps(parametersPath, name, periods, manifest, problems);
      }
    });
    return problems;
  }

  private record Period(LocalDate from, LocalDate to) {
    boolean endsBefore(LocalDate day) {
      return to != null && to.isBefore(day);
    }
  }

  private static boolean overlapsAndOrder(String file, String what, List<Period> periods,
      List<String> problems) {
    int before = problems.size();
    for (Period p : periods) {
      if (p.to() != null && p.to().isBefore(p.from())) {
        problems.add(file + ": " + what + " ends (" + p.to() + ") before it starts (" + p.from() + ")");
      }
    }
    if (problems.size() > before) {
      return false;
    }
    List<Period> sorted = new ArrayList<>(periods);
    sorted.sort(Comparator.comparing(Period::from));
    for (int i = 1; i < sorted.size(); i++) {
      Period previous = sorted.get(i - 1);
      Period current = sorted.get(i);
      if (!previous.endsBefore(current.from())) {
        problems.add(file + ": " + what + " has two rows valid on " + current.from()
            + " (periods from " + previous.from() + " and from " + current.from() + " overlap)");
      }
    }
    return problems.size() == before;
  }

  private static void gaps(String file, String name, List<Period> periods,
      RuleSetManifest manifest, List<String> problems) {
    List<Period> sorted = new ArrayList<>(periods);
    sorted.sort(Comparator.comparing(Period::from));
    LocalDate needed = manifest.validFrom();
    for (Period p : sorted) {
      if (p.from().isAfter(needed)) {
        problems.add(file + ": parameter " + name + " has no value from " + needed + " to "
            + p.from().minusDays(1) + " although the rule set is in force then");
      }
      if (p.to() == null) {
        return;
      }
      if (!p.to().isBefore(needed)) {
        needed = p.to().plusDays(1);
      }
    }
    problems.add(file + ": parameter " + name + " has no value from " + needed
        + " although the rule set is in force then");
  }
}
