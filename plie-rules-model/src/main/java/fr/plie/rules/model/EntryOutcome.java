package fr.plie.rules.model;

/**
 * The entry decision. A known failure wins over missing facts: one criterion NOT_MET gives
 * NOT_ELIGIBLE even when others are UNKNOWN.
 */
public enum EntryOutcome {
  /** Every criterion is met. */
  ELIGIBLE,
  /** At least one criterion is not met. */
  NOT_ELIGIBLE,
  /** No criterion is failed but at least one is unknown: the decision lists the missing facts. */
  UNDETERMINED
}
