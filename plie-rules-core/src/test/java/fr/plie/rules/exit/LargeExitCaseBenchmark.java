package fr.plie.rules.exit;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.Activity;
import fr.plie.rules.model.ActivityType;
import fr.plie.rules.model.ExitCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One exit case with many activities (issue 9): the engine's full explained decision against the
 * plain-Java reference deciding the same case, the baseline measured in the same run (issue 9
 * measured revision 1 at 17 s for one case of 1,000 activities and 286 s for 10,000: its
 * cumulation walked every worked day and, for each, every run of work). Run with the {@code bench}
 * profile (docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LargeExitCaseBenchmark {
  @Param({"100", "1000"})
  public int activities;

  private ExitCase exitCase;
  private PlieRules rules;

  @Setup
  public void setUp() {
    exitCase = largeCase(activities);
    rules = PlieRules.load().warmUp();
  }

  /**
   * Missions of one to three days every four days, a tenth of them CDDs, and chantier contracts
   * renewed every four months, ending on the assessment date 2019-06-30: every route has work to
   * measure.
   */
  static ExitCase largeCase(int count) {
    List<Activity> list = new ArrayList<>();
    LocalDate day = LocalDate.of(2019, 6, 30).minusDays(4L * count);
    for (int i = 0; i < count; i++) {
      ActivityType type = i % 10 == 0 ? ActivityType.CDD
          : i % 37 == 0 ? ActivityType.CHANTIER_INSERTION : ActivityType.INTERIM;
      LocalDate end = type == ActivityType.CHANTIER_INSERTION ? day.plusMonths(4).minusDays(1)
          : day.plusDays(i % 3);
      list.add(Activity.builder().type(type).start(day).end(end)
          .weeklyHours(type == ActivityType.CDD ? new BigDecimal("35") : null).build());
      day = day.plusDays(4);
    }
    return ExitCase.builder().participantId("LARGE-" + count)
        .assessmentDate(LocalDate.of(2019, 6, 30)).birthDate(LocalDate.of(1940, 1, 1))
        .activities(list).build();
  }

  @Benchmark
  public Object engine() {
    return rules.assessExit(exitCase);
  }

  @Benchmark
  public Object reference() {
    return ReferenceExitRoutes.decide(exitCase);
  }
}
