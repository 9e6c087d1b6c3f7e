package fr.plie.rules.internal.exit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.internal.exit.Cumulation.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Revision 1's cumulation (replay only): months and days, 30 days a month. */
class CumulationTest {
  private static final int DAYS_PER_MONTH = 30;

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Span span(String start, String end) {
    return new Span(d(start), d(end));
  }

  @ParameterizedTest(name = "{0} to {1} counts {2} units")
  @CsvSource({
      "2018-01-01, 2018-06-29, 179",   // the day before six months: 5 months 29 days
      "2018-01-01, 2018-06-30, 180",   // the day: 6 months
      "2018-01-01, 2018-07-01, 181",   // the day after: 6 months 1 day
      "2018-01-15, 2018-02-13, 29",    // 30 days short of the anniversary stay under a month
      "2018-01-15, 2018-02-14, 30",    // the anniversary
      "2018-08-31, 2019-02-26, 177",   // clamped: 2018-08-31 + 6 months is 2019-02-28; 5 months (to 01-31) and 27 days
      "2018-08-31, 2019-02-27, 180",
      "2018-01-31, 2018-07-29, 179",   // 5 months 30 days: capped, no month before the anniversary
      "2018-01-31, 2018-07-30, 180",
      "2018-03-01, 2018-03-01, 1"
  })
  void one_episode_counts_whole_months_by_anniversary_and_the_days_left(String start, String end,
      int units) {
    assertThat(Cumulation.units(d(start), d(end), DAYS_PER_MONTH)).isEqualTo(units);
  }

  @Test
  void one_episode_reaches_six_months_exactly_on_the_cdi_completion_day() {
    for (LocalDate start = d("2018-01-01"); start.isBefore(d("2020-01-01")); start = start.plusDays(1)) {
      LocalDate completed = ExitDates.completedOn(start, 6);
      assertThat(Cumulation.units(start, completed, DAYS_PER_MONTH)).as(start.toString()).isEqualTo(180);
      assertThat(Cumulation.units(start, completed.minusDays(1), DAYS_PER_MONTH)).as(start.toString())
          .isLessThan(180);
    }
  }

  @Test
  void overlapping_and_adjacent_spans_merge_into_episodes() {
    assertThat(Cumulation.merge(List.of(
        span("2018-03-01", "2018-04-30"), span("2018-01-01", "2018-03-31"),
        span("2018-05-01", "2018-05-10"), span("2018-05-12", "2018-05-20"))))
        .containsExactly(span("2018-01-01", "2018-05-10"), span("2018-05-12", "2018-05-20"));
    assertThat(Cumulation.merge(List.of(span("2018-01-01", "2018-12-31"), span("2018-02-01", "2018-02-02"))))
        .containsExactly(span("2018-01-01", "2018-12-31"));
  }

  @ParameterizedTest
  @CsvSource({
      "2018-12-31, 2018-01-01",
      "2019-02-28, 2018-03-01",  // 2018-02-28 + 12 months - 1 day is 2019-02-27
      "2020-02-29, 2019-03-01",
      "2021-02-28, 2020-03-01"   // the window from 2020-02-29 ends on 2021-02-27
  })
  void the_widest_window_ending_on_a_day(String day, String start) {
    LocalDate w = Cumulation.windowStart(d(day), 12);
    assertThat(w).isEqualTo(d(start));
    assertThat(ExitDates.completedOn(w, 12)).isAfterOrEqualTo(d(day));
    assertThat(ExitDates.completedOn(w.minusDays(1), 12)).isBefore(d(day));
  }

  @Test
  void reach_finds_the_first_day_and_the_best_cumulation_by_a_date() {
    List<Span> episodes = Cumulation.merge(List.of(
        span("2018-01-01", "2018-03-31"), span("2018-10-01", "2018-12-31")));
    Cumulation.Reach reach = Cumulation.reach(episodes, 180, 12, DAYS_PER_MONTH, d("2018-11-30"));
    assertThat(reach.reachedOn()).isEqualTo(d("2018-12-31"));
    assertThat(reach.windowStart()).isEqualTo(d("2018-01-01"));
    assertThat(reach.bestUnitsByDate()).isEqualTo(150);  // 3 months + 2 months by 2018-11-30
  }

  @Test
  void months_and_days_in_french() {
    assertThat(ExitDates.monthsAndDays(132, 30)).isEqualTo("4 mois et 12 jours");
    assertThat(ExitDates.monthsAndDays(1, 30)).isEqualTo("1 jour");
    assertThat(ExitDates.monthsAndDays(180, 30)).isEqualTo("6 mois");
  }

  @Test
  void ages_follow_plus_years() {
    assertThat(ExitDates.ageOn(d("1963-06-30"), d("2018-06-30"))).isEqualTo(55);
    assertThat(ExitDates.ageOn(d("1963-07-01"), d("2018-06-30"))).isEqualTo(54);
    assertThat(ExitDates.ageOn(d("1964-02-29"), d("2019-02-28"))).isEqualTo(55);
    assertThat(ExitDates.ageOn(d("1964-02-29"), d("2019-02-27"))).isEqualTo(54);
  }
}
