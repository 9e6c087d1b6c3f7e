package fr.plie.rules.model;

/** Three-valued status of one criterion: a missing fact gives UNKNOWN, never NOT_MET. */
public enum CriterionStatus {
  /** The facts show the criterion is met. */
  MET,
  /** The facts show the criterion is not met. */
  NOT_MET,
  /** Facts are missing to say; the assessment lists them. */
  UNKNOWN
}
