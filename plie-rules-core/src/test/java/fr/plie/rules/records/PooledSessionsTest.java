package fr.plie.rules.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.plie.rules.TestRules;
import fr.plie.rules.api.PlieRules;
import fr.plie.rules.criteria.EntryApplicationGenerator;
import fr.plie.rules.exit.ExitCaseGenerator;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.PlieJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decisions take their Drools session from a pool and give it back reset: nothing of a decision
 * may reach the next one taken in the same session, on any thread, not even after a rule failed
 * (the failed session goes back to the pool reset, like any other).
 */
class PooledSessionsTest {

  @Test
  void reused_sessions_decide_alike_whatever_they_decided_before() throws Exception {
    Random random = new Random(42);
    List<Object> inputs = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      inputs.add(i % 2 == 0 ? EntryApplicationGenerator.valid(random)
          : ExitCaseGenerator.valid(random));
    }
    PlieRules shared = TestRules.deterministic(PlieRules.load());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> decided = new ArrayList<>();
      for (Object input : inputs) {
        decided.add(pool.submit(() -> decide(shared, input)));
      }
      // Another facade, one thread, the inputs in reverse order: each session has decided other
      // inputs before, in another order; were anything left in it, the decisions would differ.
      PlieRules other = TestRules.deterministic(PlieRules.load());
      for (int i = inputs.size() - 1; i >= 0; i--) {
        assertThat(decided.get(i).get()).as("input %d", i)
            .isEqualTo(decide(other, inputs.get(i)));
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void a_session_whose_rule_failed_is_reset_before_it_decides_again(@TempDir Path copy)
      throws IOException {
    // A rule that fails for one participant only, half-way through the session's work.
    PlieRules edited = TestRules.deterministic(RecordFixtures.withEntryRuleAppended(copy, """

        rule "BROKEN: fails for one participant"
          @section("§I.C.1")
        when
          $a : EntryApplication( participantId == "BOOM" )
        then
          throw new IllegalStateException("boom");
        end
        """));
    EntryApplication boom = EntryApplication.builder()
        .from(RecordFixtures.healthAndBenefits()).participantId("BOOM").build();
    String before = PlieJson.write(edited.assessEntry(RecordFixtures.familySituation()));

    for (int i = 0; i < 5; i++) {
      assertThat(catchThrowable(() -> edited.assessEntry(boom)))
          .hasMessageContaining("BROKEN: fails for one participant");
      assertThat(PlieJson.write(edited.assessEntry(RecordFixtures.familySituation())))
          .isEqualTo(before);
    }
  }

  private static String decide(PlieRules rules, Object input) {
    return input instanceof EntryApplication a ? PlieJson.write(rules.assessEntry(a))
        : PlieJson.write(rules.assessExit((ExitCase) input));
  }
}
