package fr.plie.rules.internal.facts;

import fr.plie.rules.model.Activity;
import fr.plie.rules.model.ActivityType;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One activity of the exit case with its index in the input, so that every finding can name it
 * ({@code activities[2]}) and two identical activities stay two facts.
 */
public record ExitActivity(int index, Activity activity) {
  public ActivityType type() {
    return activity.type();
  }

  public LocalDate start() {
    return activity.start();
  }

  public LocalDate end() {
    return activity.end();
  }

  public BigDecimal weeklyHours() {
    return activity.weeklyHours();
  }

  public Boolean participantAgreedToFewerHours() {
    return activity.participantAgreedToFewerHours();
  }

  /** Whether it ended before {@code day} (false when either is absent: no end, no day given). */
  public boolean endsBefore(LocalDate day) {
    return day != null && end() != null && end().isBefore(day);
  }

  /** Whether it started before {@code day} (false when no day is given). */
  public boolean startsBefore(LocalDate day) {
    return day != null && start().isBefore(day);
  }

  /** The first day it counts from when days before {@code day} do not count (null: its start). */
  public LocalDate countsFrom(LocalDate day) {
    return startsBefore(day) ? day : start();
  }

  /** The input path of one of its fields, e.g. {@code activities[2].weeklyHours}. */
  public String path(String field) {
    return "activities[" + index + "]." + field;
  }

  /** "activities[2] (CDD du 2018-01-01 au 2018-03-31)". */
  public String label() {
    return "activities[" + index + "] (" + type() + " du " + start()
        + (end() == null ? ", sans date de fin" : " au " + end()) + ")";
  }
}
