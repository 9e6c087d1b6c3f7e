package fr.plie.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.EntryDecision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The build precompiles every shipped version, and the precompiled rules decide exactly as the
 * DRL compiled at run time: same outcome, same reasons, same fired rules in the same order.
 */
class PrecompiledRulesTest {

  @AfterEach
  void restore() {
    System.clearProperty(Precompiled.PROPERTY);
  }

  @Test
  void every_shipped_version_has_a_precompiled_model_matching_its_fingerprint() {
    for (CompiledRuleSet ruleSet : RuleSetRegistry.shipped().versions()) {
      for (String kind : List.of("entry", "exit")) {
        if (ruleSet.hasRules(kind)) {
          assertThat(Precompiled.find(ruleSet.reference(), kind))
              .as("%s %s %s", ruleSet.reference().version(), kind, "precompiled kjar").isNotNull();
        }
      }
    }
  }

  @Test
  void precompiled_and_run_time_compiled_rules_decide_alike() {
    List<EntryApplication> cases = new ArrayList<>();
    Boolean[] values = {true, false, null};
    int i = 0;
    for (Boolean a : values) {
      for (Boolean b : values) {
        for (Boolean c : values) {
          cases.add(EntryApplication.builder()
              .participantId("P" + i)
              .assessmentDate(LocalDate.of(2018, 1, 1).plusDays(i * 23L))
              .residenceInseeCode(i % 4 == 0 ? "21213" : "21231")
              .workAuthorization(a)
              .wantsIntegratedPathway(b)
              .insufficientQualification(c)
              .lacksBasicSkills(a)
              .lastProfessionalActivityEnd(i % 2 == 0 ? LocalDate.of(2017, 1, 1).plusDays(i * 7L) : null)
              .minimaSociaux(i % 3 == 0 ? List.of("RSA") : List.of())
              .socioProfessionalOrientation(b)
              .healthOrDisabilityProblems(c)
              .followedByCapEmploi(a)
              .build());
          i++;
        }
      }
    }
    List<EntryDecision> precompiled = decideAll(cases);
    System.setProperty(Precompiled.PROPERTY, "false");
    List<EntryDecision> compiledNow = decideAll(cases);
    assertThat(compiledNow).isEqualTo(precompiled);
  }

  private static final RecordStamp STAMP = new RecordStamp(
      java.util.UUID.fromString("00000000-0000-4000-8000-000000000001"),
      java.time.Instant.parse("2018-06-01T09:00:00Z"));

  private static List<EntryDecision> decideAll(List<EntryApplication> cases) {
    RuleSetRegistry registry = RuleSetRegistry.shipped();
    List<EntryDecision> out = new ArrayList<>();
    for (EntryApplication application : cases) {
      CompiledRuleSet ruleSet = registry.inForceOn(application.assessmentDate()).orElseThrow();
      // One stamp for all: the two runs must differ in nothing but how the rules were compiled.
      out.add(EntryEvaluator.decide(ruleSet, application, List.of(), STAMP));
    }
    return out;
  }
}
