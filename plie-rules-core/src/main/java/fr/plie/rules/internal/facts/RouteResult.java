package fr.plie.rules.internal.facts;

import fr.plie.rules.model.ActivityReference;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.RouteStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * The status of one exit route, inserted by the rule that decided it, with the section and passage
 * that rule cites and the rows of the exit-route table it applied; {@code possibleDate}, when
 * facts are missing, the day the route would have were they favourable (null for rules of
 * revision 1, which do not report it).
 */
public record RouteResult(
    ExitRoute route, RouteStatus status, LocalDate date, String reason,
    List<ActivityReference> activities, List<String> factsUsed, List<String> missingFacts,
    List<String> notes, List<String> rules, String section, String quote,
    List<String> tableRows, LocalDate possibleDate) {

  /** Without a possible date. */
  public RouteResult(ExitRoute route, RouteStatus status, LocalDate date, String reason,
      List<ActivityReference> activities, List<String> factsUsed, List<String> missingFacts,
      List<String> notes, List<String> rules, String section, String quote,
      List<String> tableRows) {
    this(route, status, date, reason, activities, factsUsed, missingFacts, notes, rules, section,
        quote, tableRows, null);
  }

  public RouteResult {
    activities = List.copyOf(activities);
    factsUsed = List.copyOf(factsUsed);
    missingFacts = List.copyOf(missingFacts);
    notes = List.copyOf(notes);
    rules = List.copyOf(rules);
    tableRows = List.copyOf(tableRows);
  }
}
