package fr.plie.rules.model;

/**
 * Which form of a decision record this is. Both replay; they differ in what personal data they
 * keep (see the README, "Decision records").
 */
public enum RecordForm {
  /** Everything the caller sent, and the reasons as the rules wrote them. */
  FULL,
  /**
   * For long-term storage: the participant id replaced by a keyed pseudonym, employer names and
   * unused birth dates and special-category facts left out of the embedded input, and no
   * special-category value repeated in the reasons or the explanation.
   */
  PSEUDONYMISED
}
