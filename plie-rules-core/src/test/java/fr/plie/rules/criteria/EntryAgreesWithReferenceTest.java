package fr.plie.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.model.CriterionAssessment;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.EntryDecision;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The entry rules and {@link ReferenceEntryCriteria}, an independent plain-Java reading of
 * §I.C.1, give the same outcome and the same status to every criterion, on the applications of
 * {@link EntryProperties} (jqwik, shrinking) and on those of the benchmarks' generator.
 */
class EntryAgreesWithReferenceTest {

  @Property(tries = 2000)
  void the_engine_and_the_reference_agree(@ForAll("applications") EntryApplication application) {
    assertAgree(application);
  }

  @Provide
  Arbitrary<EntryApplication> applications() {
    return new EntryProperties().applications();
  }

  @Test
  void they_agree_on_the_applications_the_benchmarks_decide() {
    Random random = new Random(2018);
    Map<fr.plie.rules.model.EntryOutcome, Integer> seen =
        new EnumMap<>(fr.plie.rules.model.EntryOutcome.class);
    for (int i = 0; i < 3000; i++) {
      EntryApplication application = EntryApplicationGenerator.valid(random);
      assertAgree(application);
      seen.merge(Applications.rules().assessEntry(application).outcome(), 1, Integer::sum);
    }
    // The generator reaches every outcome, or agreeing would prove little.
    assertThat(seen.keySet()).containsExactlyInAnyOrder(
        fr.plie.rules.model.EntryOutcome.values());
  }

  private static void assertAgree(EntryApplication application) {
    EntryDecision engine = Applications.rules().assessEntry(application);
    ReferenceEntryCriteria.Decision reference = ReferenceEntryCriteria.decide(application);
    Map<fr.plie.rules.model.Criterion, fr.plie.rules.model.CriterionStatus> statuses =
        new EnumMap<>(fr.plie.rules.model.Criterion.class);
    for (CriterionAssessment c : engine.criteria()) {
      statuses.put(c.id(), c.status());
    }
    assertThat(statuses).as("criteria of %s", application).isEqualTo(reference.criteria());
    assertThat(engine.outcome()).as("outcome of %s", application).isEqualTo(reference.outcome());
  }
}
