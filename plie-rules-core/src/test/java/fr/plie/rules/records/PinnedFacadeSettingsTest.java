package fr.plie.rules.records;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.TestRules;
import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.RuleSetVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pinning a facade to a version or a revision keeps what the caller set on it: the clock, the
 * decision ids, the signer. (Pinning a revision by number used to drop them: its decisions took
 * the system clock and random ids, and went out unsigned.)
 */
class PinnedFacadeSettingsTest {
  @Test
  void every_way_of_pinning_keeps_the_clock_the_ids_and_the_signer() {
    PlieRules configured = TestRules.deterministic(PlieRules.load()).withSigner(RecordFixtures.SIGNER);
    for (RuleSetVersion v : configured.versions()) {
      List<PlieRules> pinned = List.of(configured.version(v.version(), v.revision()),
          configured.version(v.version() + "-r" + v.revision()));
      for (PlieRules rules : pinned) {
        assertDeterministicAndSigned(rules.assessEntry(fr.plie.rules.model.ImmutableEntryApplication
            .copyOf(RecordFixtures.familySituation()).withAssessmentDate(v.validFrom())));
      }
      assertDeterministicAndSigned(configured.version(v.version()).assessEntry(
          fr.plie.rules.model.ImmutableEntryApplication.copyOf(RecordFixtures.familySituation())
              .withAssessmentDate(v.validFrom())));
    }
  }

  private static void assertDeterministicAndSigned(EntryDecision decision) {
    {
      assertThat(decision.decidedAt()).isEqualTo(TestRules.DECIDED_AT);
      assertThat(decision.decisionId()).isEqualTo(TestRules.DECISION_ID);
      assertThat(decision.signature()).isNotNull();
      assertThat(RecordFixtures.VERIFIER.verify(decision).status())
          .isEqualTo(fr.plie.rules.model.SignatureStatus.VALID);
    }
  }
}
