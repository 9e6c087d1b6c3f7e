package fr.plie.rules.internal.exit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.internal.exit.WorkedDays.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cumulation convention « workedDays » (docs/interpretations.md, « Cumulation »). */
class WorkedDaysTest {
  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static WorkedDays worked(String... startEnd) {
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < startEnd.length; i += 2) {
      spans.add(new Span(d(startEnd[i]), d(startEnd[i + 1])));
    }
    return WorkedDays.of(spans);
  }

  @ParameterizedTest(name = "six months on {0} are {1} days, from {2}")
  @CsvSource({
      "2018-06-30, 181, 2018-01-01",
      "2018-12-31, 184, 2018-07-01",
      "2018-06-29, 181, 2017-12-31",   // 2017-12-31 + 6 months is 2018-06-30 (clamped)
      "2019-02-26, 184, 2018-08-27",
      "2019-02-27, 181, 2018-08-31",   // 2018-08-28 to 2018-08-31 all complete on 2019-02-27
      "2019-02-28, 181, 2018-09-01",
      "2020-02-28, 182, 2019-08-31",   // leap year: 2019-08-29 to 08-31 + 6 months = 2020-02-29
      "2020-02-29, 182, 2019-09-01",
      "2019-03-30, 182, 2018-09-30",   // 2018-09-30 + 6 months = 2019-03-30: completed on 03-29 already
      "2019-06-01, 182, 2018-12-02"    // issue 8, case M1
  })
  void the_days_that_make_six_months_on_a_day(String day, long days, String from) {
    assertThat(ExitDates.latestStartCompletedBy(d(day), 6)).isEqualTo(d(from));
    assertThat(ExitDates.monthsInDays(d(day), 6)).isEqualTo(days);
    // No later start completes six months by that day.
    assertThat(ExitDates.completedOn(d(from).plusDays(1), 6)).isAfter(d(day));
  }

  @Test
  void one_spell_reaches_six_months_on_the_cdi_day_for_every_start_from_1990_to_2100() {
    List<LocalDate> differ = new ArrayList<>();
    for (LocalDate start = d("1990-01-01"); !start.isAfter(d("2100-12-31")); start = start.plusDays(1)) {
      LocalDate cdi = ExitDates.completedOn(start, 6);
      WorkedDays.Reach long_ = WorkedDays.of(List.of(new Span(start, cdi.plusDays(40))))
          .reach(6, 12);
      if (!cdi.equals(long_.reachedOn())) {
        differ.add(start);
      }
    }
    // No start date differs (docs/interpretations.md lists none).
    assertThat(differ).isEmpty();
  }

  @Test
  void one_spell_ending_the_day_before_the_cdi_day_never_reaches_six_months() {
    for (LocalDate start = d("2016-01-01"); start.isBefore(d("2025-01-01")); start = start.plusDays(1)) {
      LocalDate cdi = ExitDates.completedOn(start, 6);
      assertThat(WorkedDays.of(List.of(new Span(start, cdi.minusDays(1)))).reach(6, 12).reachedOn())
          .as(start.toString()).isNull();
      assertThat(WorkedDays.of(List.of(new Span(start, cdi))).reach(6, 12).reachedOn())
          .as(start.toString()).isEqualTo(cdi);
    }
  }

  @Test
  void for_any_number_of_months_one_spell_reaches_them_on_the_cdi_day() {
    for (int months = 1; months <= 12; months++) {
      for (LocalDate start = d("2019-01-01"); start.isBefore(d("2021-01-01")); start = start.plusDays(1)) {
        LocalDate cdi = ExitDates.completedOn(start, months);
        assertThat(WorkedDays.of(List.of(new Span(start, cdi.plusDays(3)))).reach(months, 24)
            .reachedOn()).as(start + " + " + months).isEqualTo(cdi);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
      "2018-12-31, 2018-01-01",
      "2019-02-28, 2018-03-01",  // 2018-02-28 + 12 months - 1 day is 2019-02-27
      "2020-02-29, 2019-03-01",
      "2021-02-28, 2020-03-01"   // the window from 2020-02-29 ends on 2021-02-27
  })
  void the_widest_window_ending_on_a_day(String day, String start) {
    LocalDate w = ExitDates.widestWindowStart(d(day), 12);
    assertThat(w).isEqualTo(d(start));
    assertThat(ExitDates.completedOn(w, 12)).isAfterOrEqualTo(d(day));
    assertThat(ExitDates.completedOn(w.minusDays(1), 12)).isBefore(d(day));
  }

  @Test
  void each_day_counts_once_and_adjacent_spans_make_one_episode() {
    WorkedDays days = worked("2018-03-01", "2018-04-30", "2018-01-01", "2018-03-31",
        "2018-05-01", "2018-05-10", "2018-05-12", "2018-05-20");
    assertThat(days.episodes()).containsExactly(new Span(d("2018-01-01"), d("2018-05-10")),
        new Span(d("2018-05-12"), d("2018-05-20")));
    assertThat(days.workedBetween(d("2018-01-01"), d("2018-12-31"))).isEqualTo(130 + 9);
    assertThat(days.workedBetween(d("2018-05-10"), d("2018-05-12"))).isEqualTo(2);
    assertThat(days.workedBetween(d("2017-01-01"), d("2017-12-31"))).isZero();
  }

  @Test
  void the_issue_s_three_spells_one_day_short_then_reached_with_one_more_day() {
    WorkedDays asRecorded = worked("2018-11-28", "2019-01-09", "2019-01-11", "2019-03-10",
        "2019-03-15", "2019-06-01");
    WorkedDays oneMore = worked("2018-11-28", "2019-01-10", "2019-01-11", "2019-03-10",
        "2019-03-15", "2019-06-01");
    assertThat(asRecorded.reach(6, 12).reachedOn()).isNull();
    WorkedDays.Reach closest = asRecorded.closest(6, 12, d("2019-06-30"));
    assertThat(closest.reachedOn()).isEqualTo(d("2019-06-01"));
    assertThat(closest.worked()).isEqualTo(181);
    assertThat(closest.required()).isEqualTo(182);
    assertThat(closest.shortfall()).isEqualTo(1);
    assertThat(oneMore.reach(6, 12).reachedOn()).isEqualTo(d("2019-06-01"));
  }

  @Test
  void the_window_counts_only_its_own_days() {
    // 2018-01-01 to 03-31 (90 days) and 2018-09-30 to 2019-01-01 (94): the window reaching
    // 2019-01-01 starts on 2018-01-02, so 183 days in it, not 184.
    WorkedDays days = worked("2018-01-01", "2018-03-31", "2018-09-30", "2019-01-01");
    assertThat(days.on(d("2019-01-01"), 6, 12).windowStart()).isEqualTo(d("2018-01-02"));
    assertThat(days.on(d("2019-01-01"), 6, 12).worked()).isEqualTo(183);
    assertThat(days.reach(6, 12).reachedOn()).isNull();
  }

  @Provide
  Arbitrary<List<Span>> spans() {
    return Arbitraries.randomValue(r -> randomSpans(r, 1 + r.nextInt(8)));
  }

  static List<Span> randomSpans(Random r, int count) {
    List<Span> out = new ArrayList<>();
    LocalDate start = d("2017-01-01").plusDays(r.nextInt(1500));
    for (int i = 0; i < count; i++) {
      if (r.nextInt(4) == 0) {
        start = start.withDayOfMonth(start.lengthOfMonth());
      }
      LocalDate end = start.plusDays(r.nextInt(200));
      out.add(new Span(start, end));
      start = r.nextInt(3) == 0 ? start.plusDays(r.nextInt(60)) : end.plusDays(r.nextInt(5) - 1);
      if (start.isAfter(end.plusDays(1)) && r.nextBoolean()) {
        start = end.plusDays(1 + r.nextInt(4));
      }
    }
    return out;
  }

  /** The definition itself, day by day: the first day worked where the days worked are enough. */
  private static LocalDate firstDayReached(WorkedDays days, int months, int window) {
    for (Span e : days.episodes()) {
      for (LocalDate day = e.start(); !day.isAfter(e.end()); day = day.plusDays(1)) {
        WorkedDays.Reach on = days.on(day, months, window);
        if (on.worked() >= on.required()) {
          return day;
        }
      }
    }
    return null;
  }

  @Property(tries = 2000)
  void jumping_by_the_shortfall_finds_the_first_day_worked_reached(@ForAll("spans") List<Span> spans) {
    WorkedDays days = WorkedDays.of(spans);
    assertThat(days.reach(6, 12).reachedOn()).isEqualTo(firstDayReached(days, 6, 12));
    assertThat(days.reach(4, 12).reachedOn()).isEqualTo(firstDayReached(days, 4, 12));
  }

  @Property(tries = 2000)
  void adding_a_span_of_work_never_delays_the_day_reached(@ForAll("spans") List<Span> spans,
      @ForAll("spans") List<Span> more) {
    LocalDate before = WorkedDays.of(spans).reach(6, 12).reachedOn();
    List<Span> all = new ArrayList<>(spans);
    all.add(more.get(0));
    LocalDate after = WorkedDays.of(all).reach(6, 12).reachedOn();
    if (before != null) {
      assertThat(after).isNotNull().isBeforeOrEqualTo(before);
    }
  }

  @Test
  void ten_thousand_spans_are_merged_and_measured() {
    // One-day missions every third day for 82 years: a third of the days, never six months
    // within twelve; then a run of 200 days, which reaches them with the missions of the window
    // before it. Sub-quadratic (no timing asserted here: see docs/performance.md).
    List<Span> spans = new ArrayList<>();
    LocalDate day = d("1930-01-01");
    for (int i = 0; i < 10_000; i++) {
      spans.add(new Span(day, day));
      day = day.plusDays(3);
    }
    spans.add(new Span(day, day.plusDays(199)));
    WorkedDays days = WorkedDays.of(spans);
    assertThat(days.episodes().size()).isEqualTo(10_001);
    LocalDate reached = days.reach(6, 12).reachedOn();
    assertThat(reached).isNotNull().isAfter(day).isBefore(day.plusDays(199));
    assertThat(reached).isEqualTo(firstDayReached(days, 6, 12));
  }
}
