package fr.plie.rules.exit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.model.Activity;
import fr.plie.rules.model.ActivityType;
import fr.plie.rules.model.CommissionDecision;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitOutcome;
import fr.plie.rules.model.ImmutableActivity;
import fr.plie.rules.model.ImmutableExitCase;
import fr.plie.rules.model.RouteStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 8: exit decisions never contradict themselves. More work never removes an acquired or
 * projected exit nor delays its date; the same uncertainty gives the same outcome whichever route
 * holds it.
 */
class MonotoneExitProperties {
  private static final ActivityType[] SPELL_TYPES = {ActivityType.CDD, ActivityType.INTERIM,
      ActivityType.CDD, ActivityType.INTERIM, ActivityType.CHANTIER_INSERTION, ActivityType.CDI};

  /** Two exit cases that differ by one gap between spells: closed or widened. */
  record Pair(ExitCase lessWork, ExitCase moreWork, String change) {
    @Override
    public String toString() {
      return change + "\nless: " + fr.plie.rules.model.PlieJson.writeLine(lessWork)
          + "\nmore: " + fr.plie.rules.model.PlieJson.writeLine(moreWork);
    }
  }

  @Provide
  Arbitrary<Pair> oneGapClosedOrWidened() {
    return Arbitraries.randomValue(MonotoneExitProperties::pair);
  }

  /**
   * 2 to 6 spells of one type, at least 10 days long and mostly about six months in all (month
   * ends and leap days among their starts), separated by 0 to 3 days, sometimes with other generated activities and a pathway start; then
   * exactly one gap is closed (the earlier spell runs to the day before the next) or widened (it
   * ends 1 to 3 days earlier).
   */
  static Pair pair(Random r) {
    ActivityType type = SPELL_TYPES[r.nextInt(SPELL_TYPES.length)];
    LocalDate assessment = LocalDate.of(2018, 1, 1).plusDays(r.nextInt(1100));
    LocalDate start = assessment.minusDays(r.nextInt(400));
    switch (r.nextInt(5)) {
      case 0 -> start = start.withDayOfMonth(start.lengthOfMonth());
      case 1 -> start = LocalDate.of(2019, 8, 28 + r.nextInt(4));
      case 2 -> start = LocalDate.of(2020, 2, 28 + r.nextInt(2));
      default -> { }
    }
    int count = 2 + r.nextInt(5);
    // Mostly about as many days as six months hold (crowding the threshold, where a wrong
    // convention flips), sometimes anything.
    int total = r.nextInt(4) == 0 ? count * (10 + r.nextInt(140)) : 170 + r.nextInt(26);
    List<LocalDate[]> spells = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int left = total - (count - 1 - i) * 10;
      int length = i == count - 1 ? Math.max(10, left) : 10 + r.nextInt(Math.max(1, left / 2));
      total -= length;
      LocalDate end = start.plusDays(length - 1L);
      spells.add(new LocalDate[] {start, end});
      start = end.plusDays(1 + r.nextInt(4));
    }
    String hours = r.nextInt(5) == 0 ? null : r.nextInt(6) == 0 ? "10" : "35";
    Boolean agreed = r.nextInt(3) == 0 ? null : r.nextBoolean();
    boolean openEnded = r.nextInt(5) == 0;
    // The gap to change: after spell g.
    int g = r.nextInt(count - 1);
    LocalDate end = spells.get(g)[1];
    LocalDate nextStart = spells.get(g + 1)[0];
    boolean close = ChronoUnit.DAYS.between(end, nextStart) > 1 && r.nextBoolean()
        || ChronoUnit.DAYS.between(spells.get(g)[0], end) < 3;
    LocalDate changedEnd = close ? nextStart.minusDays(1) : end.minusDays(1 + r.nextInt(3));

    ImmutableExitCase.Builder common = ExitCase.builder().participantId("MONO")
        .assessmentDate(assessment);
    List<Activity> others = new ArrayList<>();
    if (r.nextInt(3) == 0) {
      others.addAll(ExitCaseGenerator.valid(r).activities().stream()
          .filter(a -> !a.start().isAfter(assessment.plusYears(1))).toList());
    }
    if (r.nextBoolean()) {
      common.pathwayStartDate(assessment.minusDays(r.nextInt(700)));
    }
    // Around 55 on the days six months in a chantier could be completed.
    LocalDate pivot = spells.get(0)[0].plusMonths(6 + r.nextInt(8));
    LocalDate birth = pivot.minusYears(55).plusDays(r.nextInt(120) - 60);
    if (r.nextInt(4) > 0 && !birth.isAfter(assessment)) {
      common.birthDate(birth);
    }
    if (r.nextBoolean()) {
      common.commissionDecision(r.nextBoolean() ? CommissionDecision.VALIDATED : CommissionDecision.REJECTED);
    }
    List<Activity> less = new ArrayList<>(others);
    List<Activity> more = new ArrayList<>(others);
    for (int i = 0; i < count; i++) {
      LocalDate s = spells.get(i)[0];
      LocalDate e = i == count - 1 && openEnded ? null : spells.get(i)[1];
      LocalDate changed = i == g ? changedEnd : e;
      Activity original = spell(type, s, e, hours, agreed);
      Activity modified = spell(type, s, changed, hours, agreed);
      less.add(close ? original : modified);
      more.add(close ? modified : original);
    }
    long seed = r.nextLong();
    Collections.shuffle(less, new Random(seed));
    Collections.shuffle(more, new Random(seed));
    return new Pair(common.activities(less).build(), common.activities(more).build(),
        (close ? "closed" : "widened") + " the gap after spell " + g + " of " + count + " " + type);
  }

  private static Activity spell(ActivityType type, LocalDate start, LocalDate end, String hours,
      Boolean agreed) {
    ImmutableActivity.Builder a = Activity.builder().type(type).start(start).end(end)
        .participantAgreedToFewerHours(agreed);
    if (hours != null) {
      a.weeklyHours(new BigDecimal(hours));
    }
    return a.build();
  }

  @Property(tries = 1200)
  void more_work_never_removes_nor_delays_an_acquired_or_projected_exit(
      @ForAll("oneGapClosedOrWidened") Pair pair) {
    ExitDecision less = ExitFixtures.decide(pair.lessWork());
    ExitDecision more = ExitFixtures.decide(pair.moreWork());
    assertThat(ReferenceExitRoutes.rank(more.outcome())).as(pair.toString())
        .isGreaterThanOrEqualTo(ReferenceExitRoutes.rank(less.outcome()));
    if (less.outcome() == ExitOutcome.POSITIVE) {
      assertThat(more.positiveExitDate()).as(pair.toString())
          .isBeforeOrEqualTo(less.positiveExitDate());
    }
    if (less.projectedPositiveExitDate() != null && more.outcome() == less.outcome()) {
      // Still in progress (or still awaiting the commission): projected no later.
      assertThat(more.projectedPositiveExitDate()).as(pair.toString()).isNotNull()
          .isBeforeOrEqualTo(less.projectedPositiveExitDate());
    }
    // Route by route too: a route acquired, pending or in progress keeps a date, no later.
    for (var route : less.routes()) {
      var other = more.route(route.route());
      if (route.date() != null) {
        assertThat(other.date()).as(route.route() + " " + pair).isNotNull()
            .isBeforeOrEqualTo(route.date());
        assertThat(other.status()).as(route.route() + " " + pair).isIn(RouteStatus.ACQUIRED,
            RouteStatus.PENDING_COMMISSION, RouteStatus.IN_PROGRESS);
      }
    }
  }

  /** A certain path held by one route, and an activity whose hours are unknown. */
  record Uncertain(ExitCase asCdd, ExitCase asCdi) {
    @Override
    public String toString() {
      return fr.plie.rules.model.PlieJson.writeLine(asCdd);
    }
  }

  @Provide
  Arbitrary<Uncertain> anUncertainActivityInOneRouteOrAnother() {
    return Arbitraries.randomValue(r -> {
      LocalDate assessment = LocalDate.of(2018, 1, 1).plusDays(r.nextInt(1000));
      ActivityType certainType = new ActivityType[] {
          ActivityType.CDD, ActivityType.CDI, ActivityType.INTERIM}[r.nextInt(3)];
      LocalDate certainStart = assessment.minusDays(r.nextInt(400)).plusDays(r.nextInt(120));
      Activity certain = spell(certainType, certainStart,
          r.nextInt(3) == 0 ? null : certainStart.plusMonths(6).plusDays(r.nextInt(200)), "35", null);
      LocalDate uStart = assessment.minusDays(r.nextInt(700)).plusDays(r.nextInt(100));
      LocalDate uEnd = r.nextInt(4) == 0 ? null : uStart.plusDays(20 + r.nextInt(300));
      Boolean agreement = r.nextInt(3) == 0 ? Boolean.FALSE : null;
      String hours = agreement == null && r.nextBoolean() ? "12" : null;
      List<Activity> others = new ArrayList<>();
      if (r.nextBoolean()) {
        // Other activities, none of the two routes the uncertain one moves between.
        ExitCaseGenerator.valid(r).activities().stream()
            .filter(a -> a.type() != ActivityType.CDD && a.type() != ActivityType.CDI)
            .forEach(others::add);
      }
      ImmutableExitCase.Builder b = ExitCase.builder().participantId("UNC").assessmentDate(assessment);
      if (r.nextBoolean()) {
        b.pathwayStartDate(assessment.minusDays(r.nextInt(800)));
      }
      List<Activity> cdd = new ArrayList<>(others);
      cdd.add(certain);
      cdd.add(spell(ActivityType.CDD, uStart, uEnd, hours, agreement));
      List<Activity> cdi = new ArrayList<>(others);
      cdi.add(certain);
      cdi.add(spell(ActivityType.CDI, uStart, uEnd, hours, agreement));
      return new Uncertain(b.activities(cdd).build(), b.activities(cdi).build());
    });
  }

  @Property(tries = 600)
  void moving_an_uncertain_activity_between_routes_keeps_the_outcome_and_its_dates(
      @ForAll("anUncertainActivityInOneRouteOrAnother") Uncertain c) {
    ExitDecision asCdd = ExitFixtures.decide(c.asCdd());
    ExitDecision asCdi = ExitFixtures.decide(c.asCdi());
    boolean certainPath = asCdd.routes().stream().anyMatch(r -> r.date() != null);
    Assume.that(certainPath);
    assertThat(asCdi.outcome()).as(c.toString()).isEqualTo(asCdd.outcome());
    assertThat(asCdi.positiveExitDate()).as(c.toString()).isEqualTo(asCdd.positiveExitDate());
    assertThat(asCdi.projectedPositiveExitDate()).as(c.toString())
        .isEqualTo(asCdd.projectedPositiveExitDate());
  }
}
