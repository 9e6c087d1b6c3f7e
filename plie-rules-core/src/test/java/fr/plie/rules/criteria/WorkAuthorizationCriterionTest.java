package fr.plie.rules.criteria;

import static fr.plie.rules.criteria.Applications.assess;
import static fr.plie.rules.criteria.Applications.eligible;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BooleanNode;
import fr.plie.rules.model.Criterion;
import fr.plie.rules.model.CriterionAssessment;
import fr.plie.rules.model.CriterionStatus;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.EntryOutcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §I.C.1: « Les participants PLIE doivent […] disposer d'une autorisation de travailler ». */
@DisplayName("WORK_AUTHORIZATION: is authorised to work")
class WorkAuthorizationCriterionTest {

  @Test
  void a_person_authorised_to_work_meets_the_criterion() {
    CriterionAssessment c = assess(eligible().withWorkAuthorization(true),
        Criterion.WORK_AUTHORIZATION);

    assertThat(c.status()).isEqualTo(CriterionStatus.MET);
    assertThat(c.factsUsed()).containsExactlyEntriesOf(
        java.util.Map.of("workAuthorization", BooleanNode.TRUE));
    assertThat(c.reason()).contains("dispose d'une autorisation de travailler");
    assertThat(c.missingFacts()).isEmpty();
  }

  @Test
  void a_person_not_authorised_to_work_is_not_eligible_whatever_else() {
    EntryDecision decision = assess(eligible().withWorkAuthorization(false));
    CriterionAssessment c = decision.criterion(Criterion.WORK_AUTHORIZATION);

    assertThat(c.status()).isEqualTo(CriterionStatus.NOT_MET);
    assertThat(c.factsUsed()).containsExactlyEntriesOf(
        java.util.Map.of("workAuthorization", BooleanNode.FALSE));
    assertThat(c.reason()).contains("ne dispose pas d'une autorisation de travailler");
    assertThat(decision.outcome()).isEqualTo(EntryOutcome.NOT_ELIGIBLE);
  }

  @Test
  void an_unknown_authorisation_leaves_the_criterion_unknown_and_is_the_missing_fact() {
    EntryDecision decision = assess(eligible().withWorkAuthorization(null));
    CriterionAssessment c = decision.criterion(Criterion.WORK_AUTHORIZATION);

    assertThat(c.status()).isEqualTo(CriterionStatus.UNKNOWN);
    assertThat(c.missingFacts()).containsExactly("workAuthorization");
    assertThat(c.factsUsed()).isEmpty();
    assertThat(decision.outcome()).isEqualTo(EntryOutcome.UNDETERMINED);
    assertThat(decision.missingFacts()).containsExactly("workAuthorization");
  }
}
