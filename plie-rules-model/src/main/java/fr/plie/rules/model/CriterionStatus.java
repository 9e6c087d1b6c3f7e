package fr.plie.rules.model;

/** Three-valued status of one criterion: a missing fact gives UNKNOWN, never NOT_MET. */
public enum CriterionStatus {
  MET,
  NOT_MET,
  UNKNOWN
}
