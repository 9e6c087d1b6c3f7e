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

/** §I.C.1: « Les participants PLIE doivent […] souhaiter s'inscrire dans un parcours intégré d'accès à l'emploi ». */
@DisplayName("PATHWAY_CONSENT: wants to enter an integrated pathway to employment")
class PathwayConsentCriterionTest {

  @Test
  void a_person_who_wants_the_integrated_pathway_meets_the_criterion() {
    CriterionAssessment c = assess(eligible().withWantsIntegratedPathway(true),
        Criterion.PATHWAY_CONSENT);

    assertThat(c.status()).isEqualTo(CriterionStatus.MET);
    assertThat(c.factsUsed()).containsExactlyEntriesOf(
        java.util.Map.of("wantsIntegratedPathway", BooleanNode.TRUE));
    assertThat(c.reason()).contains("souhaite s'inscrire dans un parcours intégré");
    assertThat(c.missingFacts()).isEmpty();
  }

  @Test
  void a_person_who_does_not_want_the_pathway_is_not_eligible_whatever_else() {
    EntryDecision decision = assess(eligible().withWantsIntegratedPathway(false));
    CriterionAssessment c = decision.criterion(Criterion.PATHWAY_CONSENT);

    assertThat(c.status()).isEqualTo(CriterionStatus.NOT_MET);
    assertThat(c.factsUsed()).containsExactlyEntriesOf(
        java.util.Map.of("wantsIntegratedPathway", BooleanNode.FALSE));
    assertThat(c.reason()).contains("ne souhaite pas s'inscrire dans un parcours intégré");
    assertThat(decision.outcome()).isEqualTo(EntryOutcome.NOT_ELIGIBLE);
  }

  @Test
  void an_unknown_wish_leaves_the_criterion_unknown_and_is_the_missing_fact() {
    EntryDecision decision = assess(eligible().withWantsIntegratedPathway(null));
    CriterionAssessment c = decision.criterion(Criterion.PATHWAY_CONSENT);

    assertThat(c.status()).isEqualTo(CriterionStatus.UNKNOWN);
    assertThat(c.missingFacts()).containsExactly("wantsIntegratedPathway");
    assertThat(c.factsUsed()).isEmpty();
    assertThat(decision.outcome()).isEqualTo(EntryOutcome.UNDETERMINED);
    assertThat(decision.missingFacts()).containsExactly("wantsIntegratedPathway");
  }
}
