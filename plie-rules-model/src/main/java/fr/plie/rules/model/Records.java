package fr.plie.rules.model;

/** Checks shared by the decision records. */
final class Records {
  private Records() {}

  static void checkFormat(int recordFormat) {
    if (recordFormat != DecisionRecord.CURRENT_FORMAT) {
      throw new InvalidInputException("recordFormat", "is " + recordFormat
          + "; this library reads records of format " + DecisionRecord.CURRENT_FORMAT);
    }
  }
}
