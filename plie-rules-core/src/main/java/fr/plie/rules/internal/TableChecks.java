package fr.plie.rules.internal;

import fr.plie.rules.internal.TableSchemas.CheckedLine;
import fr.plie.rules.model.ActivityType;
import fr.plie.rules.model.ExitRoute;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Consistency checks across the rows of a table, which a cell-by-cell reading cannot see: two rows
 * for the same commune or parameter valid on the same day (an overlap: which one applies?), a
 * period that ends before it starts, a parameter with days of the rule set's validity left
 * without a value (a gap), a retired code listed twice or retired into itself; in the exit-route
 * table, two rows of one route and activity type valid the same day, rows of one route that
 * disagree on its durations, an activity type or a route that no row covers.
 */
public final class TableChecks {
  /**
   * The routes whose rules cumulate activities within a sliding window (interim.drl, cdd.drl): their
   * rows need a window, the other routes' rows must leave it empty.
   */
  static final Set<ExitRoute> CUMULATED_ROUTES = EnumSet.of(ExitRoute.INTERIM, ExitRoute.CDD);
  /** The route whose rules read a minimum of 0 months as "from the first day". */
  static final Set<ExitRoute> ROUTES_FROM_FIRST_DAY = EnumSet.of(ExitRoute.FORMATION_QUALIFIANTE);

  /** Clashing pairs of exit-route rows listed at most. */
  private static final int MAX_CLASHES = 50;

  private TableChecks() {}

  public static List<String> check(RuleSetManifest manifest, Map<String, String> paths,
      Map<String, List<CheckedLine>> lines) {
    return check(manifest, paths, lines, Set.of());
  }

  /**
   * @param incomplete the tables (by key) some of whose rows failed the cell checks: what those
   *     rows would cover is unknown, so no gap is reported for them
   */
  public static List<String> check(RuleSetManifest manifest, Map<String, String> paths,
      Map<String, List<CheckedLine>> lines, Set<String> incomplete) {
    List<String> problems = new ArrayList<>();
    periods(paths.get("communes"), "la commune", "de la commune", "Code INSEE", "Valide du", "Valide jusqu'au",
        lines.getOrDefault("communes", List.of()), null, problems);
    periods(paths.get("parameters"), "le paramètre", "du paramètre", "Nom", "Valide du", "Valide jusqu'au",
        lines.getOrDefault("parameters", List.of()), manifest.validFrom(), problems);
    Set<String> retired = new TreeSet<>();
    for (CheckedLine line : lines.getOrDefault("retiredCommunes", List.of())) {
      Object code = line.values().get("Code INSEE retiré");
      if (!retired.add(String.valueOf(code))) {
        problems.add(paths.get("retiredCommunes") + ", ligne " + line.row() + " : le code " + code
            + " est retiré deux fois");
      }
      if (code != null && code.equals(line.values().get("Code INSEE successeur"))) {
        problems.add(paths.get("retiredCommunes") + ", ligne " + line.row() + " : le code " + code
            + " ne peut pas être son propre successeur");
      }
    }
    if (lines.containsKey("exitRoutes")) {
      exitRoutes(paths.get("exitRoutes"), lines.get("exitRoutes"), manifest.validFrom(),
          !incomplete.contains("exitRoutes"), problems);
    }
    return problems;
  }

  private record RouteRow(int row, ExitRoute route, ActivityType type, int months, Integer window,
      LocalDate from, LocalDate to) {
    boolean validOn(LocalDate day) {
      return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** The first day both rows are valid, or null. */
    LocalDate sharedDay(RouteRow other) {
      LocalDate start = from.isAfter(other.from) ? from : other.from;
      return validOn(start) && other.validOn(start) ? start : null;
    }

    String durations() {
      return months + " mois" + (window == null ? "" : " dans " + window);
    }
  }

  /**
   * The exit-route table: per row, a window exactly for the cumulated routes and durations the
   * rules can apply; across rows, no two rows of one route and type valid the same day, one
   * reading of each route's durations on any day, and (when every row was readable) every
   * activity type and every route covered on every day of the rule set's validity.
   */
  private static void exitRoutes(String file, List<CheckedLine> lines, LocalDate validFrom,
      boolean complete, List<String> problems) {
    List<RouteRow> rows = new ArrayList<>();
    for (CheckedLine line : lines) {
      Map<String, Object> v = line.values();
      RouteRow r = new RouteRow(line.row(), (ExitRoute) v.get("Voie"),
          (ActivityType) v.get("Type d'activité"), (Integer) v.get("Durée minimale (mois)"),
          (Integer) v.get("Fenêtre glissante (mois)"), (LocalDate) v.get("Valide du"),
          (LocalDate) v.get("Valide jusqu'au"));
      String at = file + ", ligne " + r.row() + " : ";
      if (r.to() != null && r.to().isBefore(r.from())) {
        problems.add(at + "la voie " + r.route() + " pour " + r.type() + " finit (" + r.to()
            + ") avant de commencer (" + r.from() + ")");
        continue;
      }
      boolean cumulated = CUMULATED_ROUTES.contains(r.route());
      if (cumulated && r.window() == null) {
        problems.add(at + "la voie " + r.route() + " cumule les activités dans une fenêtre"
            + " glissante : 'Fenêtre glissante (mois)' est obligatoire");
      } else if (!cumulated && r.window() != null) {
        problems.add(at + "la voie " + r.route() + " n'a pas de fenêtre glissante : laissez"
            + " 'Fenêtre glissante (mois)' vide");
      } else if (cumulated && r.window() < r.months()) {
        problems.add(at + "une fenêtre glissante de " + r.window() + " mois ne peut pas contenir "
            + r.months() + " mois");
      }
      if (r.months() == 0 && !ROUTES_FROM_FIRST_DAY.contains(r.route())) {
        problems.add(at + "la voie " + r.route() + " demande une durée minimale d'au moins 1"
            + " mois (seule " + ROUTES_FROM_FIRST_DAY + " compte dès le premier jour, avec 0)");
      }
      rows.add(r);
    }
    rows.sort(Comparator.comparing(RouteRow::from).thenComparingInt(RouteRow::row));
    // Pairs of rows are compared (a table holds at most TableSchemas.MAX_ROWS rows); what they
    // report is capped, as many rows can clash with many.
    List<String> clashes = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      for (int j = i + 1; j < rows.size() && clashes.size() <= MAX_CLASHES; j++) {
        RouteRow a = rows.get(i);
        RouteRow b = rows.get(j);
        LocalDate day = a.route() == b.route() ? a.sharedDay(b) : null;
        if (day == null) {
          continue;
        }
        String both = file + ", lignes " + Math.min(a.row(), b.row()) + " et "
            + Math.max(a.row(), b.row()) + " : ";
        if (a.type() == b.type()) {
          clashes.add(both + "deux lignes de la voie " + a.route() + " pour le type d'activité "
              + a.type() + " sont valides le " + day + " (leurs périodes se chevauchent)");
        } else if (a.months() != b.months() || !Objects.equals(a.window(), b.window())) {
          clashes.add(both + "deux lignes de la voie " + a.route() + " valides le " + day
              + " ne donnent pas les mêmes durées (" + a.durations() + " / " + b.durations()
              + ") ; les lignes d'une voie valides le même jour doivent donner les mêmes durées");
        }
      }
    }
    if (clashes.size() > MAX_CLASHES) {
      problems.addAll(clashes.subList(0, MAX_CLASHES));
      problems.add(file + " : d'autres lignes sont en conflit que celles listées ici ; corrigez"
          + " d'abord celles-ci");
    } else {
      problems.addAll(clashes);
    }
    if (!complete) {
      return;
    }
    // A gap can only open on the first day of the validity or on the day after a row ends.
    Set<LocalDate> days = new TreeSet<>();
    days.add(validFrom);
    for (RouteRow r : rows) {
      if (r.to() != null && !r.to().plusDays(1).isBefore(validFrom)) {
        days.add(r.to().plusDays(1));
      }
    }
    Set<ActivityType> typesReported = EnumSet.noneOf(ActivityType.class);
    Set<ExitRoute> routesReported = EnumSet.noneOf(ExitRoute.class);
    for (LocalDate day : days) {
      Set<ActivityType> types = EnumSet.noneOf(ActivityType.class);
      Set<ExitRoute> routes = EnumSet.noneOf(ExitRoute.class);
      for (RouteRow r : rows) {
        if (r.validOn(day)) {
          types.add(r.type());
          routes.add(r.route());
        }
      }
      for (ActivityType type : ActivityType.values()) {
        if (!types.contains(type) && typesReported.add(type)) {
          problems.add(file + " : le type d'activité " + type + " ne compte pour aucune voie à partir"
              + " du " + day + " (aucune ligne ne le couvre ce jour-là ; chaque type d'activité a"
              + " besoin d'une ligne)");
        }
      }
      for (ExitRoute route : ExitRoute.values()) {
        if (!routes.contains(route) && routesReported.add(route)) {
          problems.add(file + " : la voie " + route + " n'a pas de ligne à partir du " + day
              + " (chaque voie du §I.C.2 a besoin d'une ligne en vigueur)");
        }
      }
    }
  }

  private record Period(int row, LocalDate from, LocalDate to) {}

  /**
   * Rows grouped by {@code keyColumn} must not overlap; with {@code coverFrom}, they must also
   * cover every day from it on, without a gap and with an open-ended last row.
   */
  private static void periods(String file, String what, String ofWhat, String keyColumn, String fromColumn,
      String toColumn, List<CheckedLine> lines, LocalDate coverFrom, List<String> problems) {
    Map<Object, List<Period>> byKey = new LinkedHashMap<>();
    for (CheckedLine line : lines) {
      LocalDate from = (LocalDate) line.values().get(fromColumn);
      LocalDate to = (LocalDate) line.values().get(toColumn);
      if (to != null && to.isBefore(from)) {
        problems.add(file + ", ligne " + line.row() + " : " + what + " "
            + line.values().get(keyColumn) + " finit (" + to + ") avant de commencer (" + from + ")");
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
          problems.add(file + ", lignes " + previous.row() + " et " + current.row() + " : deux lignes "
              + ofWhat + " " + key + " sont valides le " + current.from()
              + " (leurs périodes se chevauchent)");
        }
      }
      if (coverFrom == null || overlapping) {
        return;
      }
      LocalDate needed = coverFrom;
      for (Period p : periods) {
        if (p.from().isAfter(needed)) {
          problems.add(file + " : " + what + " " + key + " n'a pas de valeur du " + needed + " au "
              + p.from().minusDays(1) + " (un trou avant la ligne " + p.row() + ")");
        }
        if (p.to() == null) {
          return;
        }
        if (!p.to().isBefore(needed)) {
          needed = p.to().plusDays(1);
        }
      }
      problems.add(file + " : " + what + " " + key + " n'a pas de valeur à partir du " + needed
          + " (la dernière ligne se termine ; laissez 'Valide jusqu'au' vide sur la ligne en"
          + " vigueur aujourd'hui)");
    });
  }
}
