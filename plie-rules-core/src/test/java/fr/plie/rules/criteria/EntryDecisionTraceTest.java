package fr.plie.rules.criteria;

import static fr.plie.rules.criteria.Applications.assess;
import static fr.plie.rules.criteria.Applications.eligible;
import static fr.plie.rules.criteria.Applications.rules;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.plie.rules.model.Citation;
import fr.plie.rules.model.Criterion;
import fr.plie.rules.model.CriterionAssessment;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.EntryOutcome;
import fr.plie.rules.model.FiredRule;
import fr.plie.rules.model.PlieJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a decision carries to be explained and replayed: the rules fired by the engine in firing
 * order, each criterion's rules and citation of §I.C.1, the rule set and its fingerprint, the
 * application it answers and a French explanation.
 */
@DisplayName("Decision trace: fired rules, citations, rule set, embedded application, explanation")
class EntryDecisionTraceTest {

  /** Key phrases of §I.C.1 that each criterion's citation must quote. */
  private static final Map<Criterion, List<String>> KEY_PHRASES = Map.of(
      Criterion.TERRITORY, List.of("habiter l'une des communes de la Communauté Urbaine du Grand Dijon"),
      Criterion.WORK_AUTHORIZATION, List.of("disposer d'une autorisation de travailler"),
      Criterion.PATHWAY_CONSENT, List.of("souhaiter s'inscrire dans un parcours intégré d'accès à l'emploi"),
      Criterion.LABOUR_MARKET, List.of(
          "qualification/compétences insuffisantes ou inadaptée au regard du marché du travail",
          "ne maîtrisant pas les compétences de base",
          "sans activité professionnelle depuis plus d'une année",
          "inscrites ou non comme demandeuses d'emploi auprès de Pôle Emploi",
          "bénéficiaires de minimas sociaux relevant d'une orientation socioprofessionnelle"),
      Criterion.PERSONAL_SITUATION, List.of(
          "situation familiale complexe (personnes seules avec enfants à charge, notamment les femmes)",
          "problèmes de mobilité ou de logement",
          "problèmes de santé/handicap (ne faisant pas l'objet d'un accompagnement par CapEmploi)",
          "personnes sous mandat de justice"));

  private static List<String> firedNames(EntryDecision d) {
    return d.firedRules().stream().map(FiredRule::name).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(EntryOutcome.class)
  void every_criterion_cites_section_I_C_1_verbatim_whatever_the_outcome(EntryOutcome outcome) {
    EntryApplication application = switch (outcome) {
      case ELIGIBLE -> eligible();
      case NOT_ELIGIBLE -> eligible().withResidenceInseeCode("21408").withWorkAuthorization(false)
          .withWantsIntegratedPathway(false).withInsufficientQualification(false)
          .withComplexFamilySituation(false);
      case UNDETERMINED -> EntryApplication.builder().participantId("X")
          .assessmentDate(LocalDate.of(2018, 3, 1)).build();
    };
    EntryDecision d = assess(application);
    assertThat(d.outcome()).isEqualTo(outcome);

    for (CriterionAssessment c : d.criteria()) {
      Citation citation = c.citation();
      assertThat(citation.section()).isEqualTo("§I.C.1");
      assertThat(citation.source()).contains("Appel à projets PLIE Dijon 2018");
      assertThat(citation.text()).as("quote of %s", c.id()).isNotBlank();
      for (String phrase : KEY_PHRASES.get(c.id())) {
        assertThat(citation.text()).as("quote of %s", c.id()).contains(phrase);
      }
      assertThat(c.reason()).as("reason of %s", c.id()).isNotBlank();
    }
  }

  @Test
  void the_rule_set_is_plie_dijon_2018_1_with_a_sha256_fingerprint() {
    EntryDecision d = assess(eligible());

    assertThat(d.ruleSet().id()).isEqualTo("plie-dijon");
    assertThat(d.ruleSet().version()).isEqualTo("2018.1");
    assertThat(d.ruleSet().validFrom()).isEqualTo(LocalDate.of(2018, 1, 1));
    assertThat(d.ruleSet().fingerprint()).matches("sha256:[0-9a-f]{64}");
    // The current revision of 2018.1 decides (an older one only replays).
    assertThat(rules().versions()).filteredOn(v -> v.version().equals("2018.1") && v.current())
        .singleElement().satisfies(v -> {
          assertThat(d.ruleSet().fingerprint()).isEqualTo(v.fingerprint());
          assertThat(d.ruleSet().revision()).isEqualTo(v.revision());
        });
    assertThat(d.ruleSet().libraryVersion()).isNotBlank();
  }

  @Test
  void the_decision_embeds_the_application_it_answers() {
    EntryApplication application = eligible().withParticipantId("DIJ-42")
        .withAssessmentDate(LocalDate.of(2018, 7, 14));
    EntryDecision d = assess(application);

    assertThat(d.application()).isEqualTo(application);
    assertThat(d.participantId()).isEqualTo("DIJ-42");
    assertThat(d.assessmentDate()).isEqualTo(LocalDate.of(2018, 7, 14));
  }

  @Test
  void fired_rules_are_each_rule_once_in_firing_order_with_the_outcome_rule_last() {
    EntryDecision d = assess(eligible());
    List<String> fired = firedNames(d);

    assertThat(fired).doesNotHaveDuplicates();
    assertThat(fired.get(fired.size() - 1)).isEqualTo("OUTCOME: ELIGIBLE, every criterion is met");
    for (FiredRule rule : d.firedRules()) {
      if (rule.file().endsWith(".drl.xlsx")) {
        // A row of an analysts' table: it cites its own reference column.
        assertThat(rule.name()).matches("(Communes|Paramètres)_\\d+");
        assertThat(rule.section()).isNotBlank();
      } else {
        assertThat(rule.section()).isEqualTo("§I.C.1");
        assertThat(rule.file()).matches(".*entry/[a-z-]+\\.drl");
      }
    }
    assertThat(d.firedRules())
        .filteredOn(r -> r.name().startsWith("TERRITORY"))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.file()).endsWith("entry/territory.drl"));
    assertThat(d.firedRules())
        .filteredOn(r -> r.name().startsWith("Communes_"))
        .singleElement()
        .satisfies(r -> assertThat(r.file()).endsWith("tables/communes.drl.xlsx"));
  }

  @Test
  void each_combining_rule_fires_after_the_rules_whose_findings_it_combines() {
    EntryDecision d = assess(eligible());
    List<String> fired = firedNames(d);

    for (CriterionAssessment c : d.criteria()) {
      List<String> rules = c.rules();
      assertThat(fired).as("rules of %s were fired", c.id()).containsAll(rules);
      String deciding = rules.get(rules.size() - 1);
      for (String contributing : rules) {
        assertThat(fired.indexOf(contributing)).as("%s before %s", contributing, deciding)
            .isLessThanOrEqualTo(fired.indexOf(deciding));
      }
    }
    int outcome = fired.indexOf("OUTCOME: ELIGIBLE, every criterion is met");
    for (CriterionAssessment c : d.criteria()) {
      String deciding = c.rules().get(c.rules().size() - 1);
      assertThat(fired.indexOf(deciding)).isLessThan(outcome);
    }
  }

  @Test
  void the_fired_rules_depend_on_the_facts_as_the_engine_saw_them() {
    List<String> inside = firedNames(assess(eligible()));
    List<String> outside = firedNames(assess(eligible().withResidenceInseeCode("21462")));
    List<String> unknown = firedNames(assess(eligible().withResidenceInseeCode(null)));

    assertThat(inside).contains("TERRITORY: the commune of residence is in the perimeter")
        .doesNotContain("TERRITORY: the commune of residence is outside the perimeter");
    assertThat(outside).contains("TERRITORY: the commune of residence is outside the perimeter",
        "OUTCOME: NOT_ELIGIBLE, a criterion is not met");
    assertThat(unknown).contains("TERRITORY: the commune of residence is not known",
        "OUTCOME: UNDETERMINED, no criterion failed but some are unknown");
    // Only one outcome rule fires per decision.
    for (List<String> fired : List.of(inside, outside, unknown)) {
      assertThat(fired).filteredOn(n -> n.startsWith("OUTCOME")).hasSize(1);
    }
  }

  @Test
  void each_criterion_names_the_rules_that_decided_it_and_the_facts_they_used() {
    EntryDecision d = assess(eligible().withLastProfessionalActivityEnd(null).withNeverWorked(true));
    CriterionAssessment labour = d.criterion(Criterion.LABOUR_MARKET);

    assertThat(labour.rules()).contains("LABOUR_MARKET: insufficient or unsuited qualification",
        "LABOUR_MARKET: never worked");
    assertThat(labour.rules()).last().asString().startsWith("LABOUR_MARKET: (qualification");
    assertThat(labour.factsUsed()).containsOnlyKeys("insufficientQualification", "neverWorked");
    JsonNode neverWorked = labour.factsUsed().get("neverWorked");
    assertThat(neverWorked.isBoolean() && neverWorked.booleanValue()).isTrue();
  }

  @Test
  void facts_used_are_the_json_values_of_the_input_with_iso_dates() {
    EntryDecision d = assess(eligible().withLastProfessionalActivityEnd(LocalDate.of(2016, 2, 29)));
    Map<String, JsonNode> facts = d.criterion(Criterion.LABOUR_MARKET).factsUsed();

    assertThat(facts.get("lastProfessionalActivityEnd").isTextual()).isTrue();
    assertThat(facts.get("lastProfessionalActivityEnd").asText()).isEqualTo("2016-02-29");
    assertThat(facts.get("assessmentDate").asText()).isEqualTo("2018-03-01");
  }

  @Test
  void the_explanation_is_in_french_criterion_by_criterion() {
    EntryDecision d = assess(eligible());

    assertThat(d.explanation()).contains("Entrée dans le PLIE", "TEST-0001", "2018-03-01",
        "ÉLIGIBLE", "plie-dijon", "2018.1", d.ruleSet().fingerprint(),
        "Résidence sur le territoire du PLIE", "Autorisation de travailler",
        "parcours intégré", "Situation sur le marché du travail", "Situation personnelle",
        "rempli");
    for (CriterionAssessment c : d.criteria()) {
      assertThat(d.explanation()).contains(c.reason());
    }
  }

  @Test
  void an_undetermined_explanation_says_which_facts_to_give() {
    EntryDecision d = assess(eligible().withWorkAuthorization(null));

    assertThat(d.explanation()).contains("INDÉTERMINÉ", "inconnu",
        "Pour conclure, renseigner : workAuthorization.");
  }

  @Test
  void a_not_eligible_explanation_says_which_criterion_is_not_met() {
    EntryDecision d = assess(eligible().withResidenceInseeCode("21555"));

    assertThat(d.explanation()).contains("NON ÉLIGIBLE", "non rempli", "21555")
        .doesNotContain("Pour conclure");
  }

  @Test
  void the_decision_written_as_json_reads_back_equal() {
    EntryDecision d = assess(eligible().withMinimaSociaux(List.of("RSA", "AAH")));

    assertThat(PlieJson.readEntryDecision(PlieJson.write(d))).isEqualTo(d);
    assertThat(PlieJson.readEntryDecision(PlieJson.writeLine(d))).isEqualTo(d);
  }
}
