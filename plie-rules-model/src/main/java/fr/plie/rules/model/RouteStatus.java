package fr.plie.rules.model;

/** Where one exit route stands on the assessment date. A missing fact gives UNKNOWN, never NOT_MET. */
public enum RouteStatus {
  /** The route is met on or before the assessment date. */
  ACQUIRED,
  /** The senior route's conditions are met; the commission has not decided yet. */
  PENDING_COMMISSION,
  /** An activity running or planned would meet the route later if it goes on as recorded. */
  IN_PROGRESS,
  /** Neither met nor on its way, whatever the missing facts. */
  NOT_MET,
  /** Missing facts could make the route hold (or be on its way); they are listed. */
  UNKNOWN
}
