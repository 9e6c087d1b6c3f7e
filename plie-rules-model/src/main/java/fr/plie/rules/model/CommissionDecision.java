package fr.plie.rules.model;

/** The decision of the PLIE's entry/exit commission on a senior's exit from a chantier d'insertion. */
public enum CommissionDecision {
  VALIDATED,
  REJECTED
}
