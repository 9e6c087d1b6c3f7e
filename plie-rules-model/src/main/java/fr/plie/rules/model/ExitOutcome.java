package fr.plie.rules.model;

/** The exit decision, by precedence: the first that applies wins. */
public enum ExitOutcome {
  /** At least one route is acquired on the assessment date. */
  POSITIVE,
  /** No route is acquired; the senior route awaits the commission's validation. */
  PENDING_COMMISSION,
  /** No route is acquired or pending; a running or planned activity would acquire one. */
  IN_PROGRESS,
  /** None of the above, but missing facts could make a route hold. */
  UNDETERMINED,
  /** No route holds or can hold, whatever the missing facts. */
  NOT_POSITIVE
}
