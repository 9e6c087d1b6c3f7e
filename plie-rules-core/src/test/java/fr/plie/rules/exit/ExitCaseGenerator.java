package fr.plie.rules.exit;

import fr.plie.rules.model.Activity;
import fr.plie.rules.model.ActivityType;
import fr.plie.rules.model.CommissionDecision;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.ImmutableActivity;
import fr.plie.rules.model.ImmutableExitCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Random exit cases that crowd the boundaries: six-month completion days ± 1, 17.4 / 17.5 hours,
 * starts at month ends (clamping) and on leap days, ages around 55 on the completion day, all
 * three commission states and unknown facts; runs of 2 to 6 contracts of one type separated by 0
 * to 3 days (renewed chantier contracts among them); pathway starts before, inside or after the
 * activities, or none.
 */
public final class ExitCaseGenerator {
  private static final ActivityType[] TYPES = ActivityType.values();
  private static final String[] HOURS = {"10", "17.4", "17.5", "17.50", "24", "35"};

  private ExitCaseGenerator() {}

  public static ExitCase valid(Random r) {
    return valid(r, LocalDate.of(2018, 1, 1));
  }

  /** A case assessed within 1,000 days from {@code from} (e.g. in a newly published version). */
  public static ExitCase valid(Random r, LocalDate from) {
    LocalDate assessment = from.plusDays(r.nextInt(1000));
    ImmutableExitCase.Builder b = ExitCase.builder()
        .participantId("GEN-" + r.nextInt(100_000))
        .assessmentDate(assessment);
    int count = r.nextInt(10) < 1 ? 0 : 1 + r.nextInt(4);
    LocalDate firstStart = null;
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      activities.add(activity(r, assessment));
    }
    if (r.nextInt(3) == 0) {
      activities.addAll(run(r, assessment));
    }
    Collections.shuffle(activities, r);
    for (Activity a : activities) {
      firstStart = firstStart == null || a.start().isBefore(firstStart) ? a.start() : firstStart;
      b.addActivities(a);
    }
    if (r.nextInt(5) < 3) {
      // Before everything, inside an activity, or late: never after the assessment date.
      LocalDate pathway = firstStart == null || r.nextBoolean()
          ? assessment.minusDays(r.nextInt(900))
          : firstStart.plusDays(r.nextInt(200) - 30);
      b.pathwayStartDate(pathway.isAfter(assessment) ? assessment : pathway);
    }
    if (r.nextInt(7) > 0) {
      // Around 55 on the day six months of the first activity are completed, or far from it.
      LocalDate pivot = (firstStart == null ? assessment : firstStart).plusMonths(6).minusDays(1);
      LocalDate birth = r.nextBoolean()
          ? pivot.minusYears(55).plusDays(r.nextInt(5) - 2)
          : pivot.minusYears(35 + r.nextInt(30)).plusDays(r.nextInt(365));
      if (!birth.isAfter(assessment)) {
        b.birthDate(birth);
      }
    }
    int commission = r.nextInt(4);
    if (commission > 1) {
      b.commissionDecision(commission == 2 ? CommissionDecision.VALIDATED : CommissionDecision.REJECTED);
      if (r.nextBoolean()) {
        b.commissionDecisionDate(assessment.minusDays(r.nextInt(60)));
      }
    }
    return b.build();
  }

  private static final ActivityType[] RUN_TYPES = {
    ActivityType.CDD, ActivityType.INTERIM, ActivityType.CHANTIER_INSERTION, ActivityType.CDI};

  /**
   * 2 to 6 activities of one type, each 10 to 150 days long, separated by 0 to 3 days: the shapes
   * where closing a gap merges spells (renewed contracts, successive CDDs or missions).
   */
  static List<Activity> run(Random r, LocalDate assessment) {
    ActivityType type = RUN_TYPES[r.nextInt(RUN_TYPES.length)];
    int spells = 2 + r.nextInt(5);
    LocalDate start = assessment.minusDays(r.nextInt(700)).plusDays(60);
    switch (r.nextInt(4)) {
      case 0 -> start = start.withDayOfMonth(start.lengthOfMonth());
      case 1 -> start = LocalDate.of(start.getYear() % 4 == 0 ? start.getYear() : 2020, 2,
          r.nextBoolean() ? 29 : 28);
      default -> { }
    }
    String hours = r.nextInt(6) == 0 ? null : "35";
    List<Activity> out = new ArrayList<>();
    for (int i = 0; i < spells; i++) {
      LocalDate end = start.plusDays(9 + r.nextInt(141));
      boolean last = i == spells - 1;
      ImmutableActivity.Builder a = Activity.builder().type(type).start(start)
          .end(last && r.nextInt(4) == 0 ? null : end);
      if (hours != null) {
        a.weeklyHours(new BigDecimal(hours));
      }
      out.add(a.build());
      start = end.plusDays(1 + r.nextInt(4));
    }
    return out;
  }

  private static Activity activity(Random r, LocalDate assessment) {
    ActivityType type = TYPES[r.nextInt(TYPES.length)];
    LocalDate start = assessment.plusDays(r.nextInt(660) - 540);
    if (r.nextInt(6) == 0) {
      start = start.withDayOfMonth(start.lengthOfMonth() - r.nextInt(3));
    }
    ImmutableActivity.Builder a = Activity.builder().type(type).start(start);
    int endKind = r.nextInt(8);
    if (endKind == 0 || endKind == 1) {
      a.end(start.plusMonths(6).minusDays(1).plusDays(r.nextInt(3) - 1));
    } else if (endKind < 6) {
      a.end(start.plusDays(r.nextInt(300)));
    }
    if (r.nextInt(7) > 0) {
      a.weeklyHours(new BigDecimal(HOURS[r.nextInt(HOURS.length)]));
    }
    int agreement = r.nextInt(3);
    if (agreement > 0) {
      a.participantAgreedToFewerHours(agreement == 1);
    }
    return a.build();
  }

  /**
   * A case built from values that may be invalid (an end before the start, negative hours, a birth
   * after the assessment date, a commission date without a decision): building or deciding it must
   * give a decision or an InvalidInputException, nothing else.
   */
  static ExitCase possiblyInvalid(Random r) {
    ExitCase base = valid(r);
    ImmutableExitCase.Builder b = ExitCase.builder().from(base).activities(java.util.List.of());
    for (Activity a : base.activities()) {
      ImmutableActivity.Builder copy = Activity.builder().from(a);
      if (r.nextInt(5) == 0) {
        copy.end(a.start().minusDays(1 + r.nextInt(30)));
      }
      if (r.nextInt(6) == 0) {
        copy.weeklyHours(new BigDecimal(r.nextInt(400) - 200));
      }
      b.addActivities(copy.build());
    }
    if (r.nextInt(6) == 0) {
      b.birthDate(base.assessmentDate().plusDays(1 + r.nextInt(100)));
    }
    if (r.nextInt(6) == 0) {
      b.commissionDecision(null).commissionDecisionDate(base.assessmentDate());
    }
    if (r.nextInt(8) == 0) {
      b.pathwayStartDate(base.assessmentDate().plusDays(1 + r.nextInt(100)));
    }
    return b.build();
  }
}
