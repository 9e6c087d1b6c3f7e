package fr.plie.rules.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plie.rules.api.Batch;
import fr.plie.rules.api.BatchInput;
import fr.plie.rules.api.BatchResult;
import fr.plie.rules.api.BatchResults;
import fr.plie.rules.api.PlieRules;
import fr.plie.rules.criteria.Applications;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A batch whose caller's parts fail (the id supplier) still hands back every decided result. */
class BatchFailureTest {
  @Test
  void a_failing_id_supplier_drops_no_result_already_decided() {
    AtomicInteger ids = new AtomicInteger();
    PlieRules rules = PlieRules.load().withDecisionIds(() -> {
      if (ids.incrementAndGet() > 2) {
        throw new IllegalStateException("no more ids");
      }
      return new UUID(0, ids.get());
    });
    List<BatchInput> inputs = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      inputs.add(BatchInput.entry(Applications.eligible().withParticipantId("P" + i)));
    }
    List<String> taken = new ArrayList<>();
    try (BatchResults<BatchResult> results = rules.batch().threads(1).window(1)
        .decide(inputs.iterator())) {
      assertThatThrownBy(() -> {
        while (results.hasNext()) {
          taken.add(results.next().decision().participantId());
        }
      }).hasMessageContaining("no more ids");
    }
    assertThat(taken).containsExactly("P1", "P2");
  }

  @Test
  void threads_are_bounded() {
    Batch batch = PlieRules.load().batch();
    assertThatThrownBy(() -> batch.threads(Batch.MAX_THREADS + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(batch.threads(Batch.MAX_THREADS).threads()).isEqualTo(Batch.MAX_THREADS);
  }
}
