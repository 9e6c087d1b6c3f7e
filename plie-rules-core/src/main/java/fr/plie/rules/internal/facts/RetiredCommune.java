package fr.plie.rules.internal.facts;

import java.time.LocalDate;

/**
 * A commune code no longer in use since {@code retiredOn}, and the code that took it over (a
 * merger into a commune nouvelle, or a commune déléguée). Given after that day, the retired code is
 * read as its successor, and the decision says so.
 */
public record RetiredCommune(
    String inseeCode, String name, String successorInseeCode, String successorName,
    LocalDate retiredOn, String reference) {

  /** True when the code is retired on {@code date} (from {@code retiredOn} inclusive). */
  public boolean retiredBy(LocalDate date) {
    return !date.isBefore(retiredOn);
  }
}
