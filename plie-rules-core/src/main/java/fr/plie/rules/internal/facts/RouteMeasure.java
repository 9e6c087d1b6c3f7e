package fr.plie.rules.internal.facts;

import fr.plie.rules.model.ExitRoute;
import java.time.LocalDate;
import java.util.List;

/**
 * What the date arithmetic found for one route, for the route's status rules to decide on.
 *
 * @param certainDate the day the route is (or would be, as recorded) acquired counting only the
 *     activities known to qualify; null if never
 * @param possibleDate the same counting also the activities whose qualification is unknown
 * @param certainActivities the indexes of the activities that give {@code certainDate}
 * @param possibleActivities the indexes of the activities that give {@code possibleDate}
 * @param progress French sentences on what was achieved, including any shortfall
 * @param notes conventions applied (e.g. month-end clamping)
 * @param qualifications the qualification of every activity the route examined
 * @param rule the rule that measured
 * @param months the route's minimum duration in months, from the exit-route table
 * @param windowMonths the route's sliding window in months (cumulated routes), else null
 * @param tableRows the rows of the exit-route table the route applied (« table « Voies de sortie »,
 *     ligne 13 : … »), and of the parameter table for the conventions it applied
 * @param certainFindings findings other than the activities' qualifications that the certain date
 *     relies on (the senior's age on the day the months are completed)
 * @param possibleFindings the same for the possible date
 * @param examinedFindings every such finding, for the reasons of a route not met
 */
public record RouteMeasure(
    ExitRoute route, LocalDate certainDate, LocalDate possibleDate,
    List<Integer> certainActivities, List<Integer> possibleActivities, String progress,
    List<String> notes, List<Qualification> qualifications, String rule, int months,
    Integer windowMonths, List<String> tableRows, List<Finding> certainFindings,
    List<Finding> possibleFindings, List<Finding> examinedFindings) {

  /** A measure that relies on the activities' qualifications alone. */
  public RouteMeasure(ExitRoute route, LocalDate certainDate, LocalDate possibleDate,
      List<Integer> certainActivities, List<Integer> possibleActivities, String progress,
      List<String> notes, List<Qualification> qualifications, String rule, int months,
      Integer windowMonths, List<String> tableRows) {
    this(route, certainDate, possibleDate, certainActivities, possibleActivities, progress, notes,
        qualifications, rule, months, windowMonths, tableRows, List.of(), List.of(), List.of());
  }

  public RouteMeasure {
    certainActivities = List.copyOf(certainActivities);
    possibleActivities = List.copyOf(possibleActivities);
    notes = List.copyOf(notes);
    qualifications = List.copyOf(qualifications);
    tableRows = List.copyOf(tableRows);
    certainFindings = List.copyOf(certainFindings);
    possibleFindings = List.copyOf(possibleFindings);
    examinedFindings = List.copyOf(examinedFindings);
  }
}
