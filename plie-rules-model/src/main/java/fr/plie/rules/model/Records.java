package fr.plie.rules.model;

/** Checks shared by the decision records. */
final class Records {
  private Records() {}

  static void checkFormat(int recordFormat, java.util.UUID decisionId,
      java.time.Instant decidedAt) {
    if (recordFormat == DecisionRecord.LEGACY_FORMAT) {
      if (decisionId != null || decidedAt != null) {
        throw new InvalidInputException("recordFormat", "is " + DecisionRecord.LEGACY_FORMAT
            + " (a record without identity) but the record has a decisionId or decidedAt");
      }
      return;
    }
    if (recordFormat != DecisionRecord.CURRENT_FORMAT) {
      throw new InvalidInputException("recordFormat", "is " + recordFormat
          + "; this library reads records of format " + DecisionRecord.CURRENT_FORMAT
          + " (and " + DecisionRecord.LEGACY_FORMAT + ", without identity)");
    }
    java.util.List<InputProblem> problems = new java.util.ArrayList<>();
    if (decisionId == null) {
      problems.add(new InputProblem("decisionId", "is required but missing (or null)"));
    }
    if (decidedAt == null) {
      problems.add(new InputProblem("decidedAt", "is required but missing (or null)"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

}
