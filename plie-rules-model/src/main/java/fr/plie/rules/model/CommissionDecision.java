package fr.plie.rules.model;

/** The decision of the PLIE's entry/exit commission on a senior's exit from a chantier d'insertion. */
public enum CommissionDecision {
  /** The commission counted the exit as positive. */
  VALIDATED,
  /** The commission did not count the exit as positive. */
  REJECTED
}
