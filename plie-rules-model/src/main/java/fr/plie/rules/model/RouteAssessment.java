package fr.plie.rules.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** How one exit route of §I.C.2 was assessed, and why. */
@Value.Immutable
@JsonSerialize(as = ImmutableRouteAssessment.class)
@JsonDeserialize(as = ImmutableRouteAssessment.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "route", "status", "date", "possibleDate", "reason", "activitiesUsed", "factsUsed", "missingFacts", "notes",
  "rules", "tableRows", "citation"
})
public abstract class RouteAssessment {
  /** {@return a new builder; {@code build()} checks the value} */
  public static ImmutableRouteAssessment.Builder builder() {
    return ImmutableRouteAssessment.builder();
  }

  /** {@return which positive-exit route of §I.C.2 this assesses} */
  public abstract ExitRoute route();

  /**
   * {@return where the route stands: acquired, pending the commission, in progress, not met or
   * unknown}
   */
  public abstract RouteStatus status();

  /**
   * ACQUIRED: the day the route was acquired; IN_PROGRESS: the projected day; PENDING_COMMISSION:
   * the day the route's months (exit-route table) were completed. Absent for NOT_MET and UNKNOWN.
   *
   * @return that day, or absent
   */
  public abstract @Nullable LocalDate date();

  /**
   * When facts are missing: the day the route would be acquired (or projected) if they were all
   * favourable, when that is earlier than {@link #date()} (or the route has no certain date). The
   * facts are listed in {@link #missingFacts()}. Absent otherwise, and in decisions of rule sets
   * older than 2018.1 revision 2.
   *
   * @return that day, or absent
   */
  public abstract @Nullable LocalDate possibleDate();

  /**
   * {@return in French, why: with the shortfall of a route that fell short and what would make it
   * hold}
   */
  public abstract String reason();

  /** {@return the activities the route relied on (for NOT_MET: those it examined)} */
  public abstract List<ActivityReference> activitiesUsed();

  /**
   * {@return the input facts relied on, by input path (e.g. {@code activities[0].weeklyHours}),
   * with their values}
   */
  public abstract Map<String, JsonNode> factsUsed();

  /**
   * For UNKNOWN or PENDING_COMMISSION: the input paths that would settle the route; for a route
   * with a {@link #possibleDate()}, those that could make it earlier.
   *
   * @return those input paths; empty otherwise
   */
  public abstract List<String> missingFacts();

  /** {@return how the dates were computed when a convention applied (e.g. month-end clamping)} */
  public abstract List<String> notes();

  /** {@return the rules that decided this route, qualifications included} */
  public abstract List<String> rules();

  /**
   * The rows of the analysts' tables the route applied (« table « Voies de sortie », ligne 13 :
   * voie CDD, type CDD : 6 mois au moins dans 12 mois glissants »).
   *
   * @return those rows
   */
  public abstract List<String> tableRows();

  /** {@return the passage of the call for projects the route applies} */
  public abstract Citation citation();
}
