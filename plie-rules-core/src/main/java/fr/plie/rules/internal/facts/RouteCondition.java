package fr.plie.rules.internal.facts;

import fr.plie.rules.model.ActivityType;
import fr.plie.rules.model.ExitRoute;

/**
 * A row of the exit-route table in force on the assessment day: activities of {@code activityType}
 * count for {@code route}, which needs {@code minimumMonths} months (within a sliding window of
 * {@code windowMonths} months for the cumulated routes, null otherwise), for the reason quoted in
 * {@code reference}. What the months mean for each route (completed in post, cumulated, strictly
 * more than for a contrat aidé, none for a qualifying training at 0) stays in the route's rules.
 */
public record RouteCondition(ExitRoute route, ActivityType activityType, int minimumMonths,
    Integer windowMonths, String reference, TableRow row) {

  /** The spreadsheet row number: when several rows of one route apply, the rules read the first. */
  public int rowNumber() {
    return row.row();
  }

  /** « voie CDD, type CDD : 6 mois au moins dans 12 mois glissants ». */
  public String label() {
    return "voie " + route + ", type " + activityType + " : "
        + (minimumMonths == 0 ? "sans durée minimale" : minimumMonths + " mois au moins")
        + (windowMonths == null ? "" : " dans " + windowMonths + " mois glissants");
  }
}
