package fr.plie.rules.versioning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.EntryDecision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One facade shared by many threads, deciding under both versions at once. */
class ConcurrentVersionsTest {
  private static final String[] COMMUNES = {"21231", "21213", "21452", "21408", "21617"};

  @Test
  void many_threads_get_the_same_decisions_as_one_thread() throws Exception {
    PlieRules shared = fr.plie.rules.TestRules.deterministic(PlieRules.load());
    List<EntryApplication> applications = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      // Alternate dates on both sides of the 2019-02-28 boundary, and the retired code.
      LocalDate date = LocalDate.of(2019, 2, 20).plusDays(i % 17);
      applications.add(RuleSetVersionSelectionTest.livingIn(COMMUNES[i % COMMUNES.length], date));
    }
    List<EntryDecision> sequential = new ArrayList<>();
    PlieRules alone = fr.plie.rules.TestRules.deterministic(PlieRules.load());
    for (EntryApplication application : applications) {
      sequential.add(alone.assessEntry(application));
    }

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<EntryDecision>> futures = new ArrayList<>();
      for (EntryApplication application : applications) {
        futures.add(pool.submit(() -> shared.assessEntry(application)));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).as("decision %d", i).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(sequential).extracting(d -> d.ruleSet().version()).contains("2018.1", "2018.2");
  }
}
