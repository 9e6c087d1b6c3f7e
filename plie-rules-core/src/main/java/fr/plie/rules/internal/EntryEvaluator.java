package fr.plie.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.plie.rules.internal.facts.AssessmentDay;
import fr.plie.rules.internal.facts.CriterionResult;
import fr.plie.rules.internal.facts.DecisionNote;
import fr.plie.rules.internal.facts.EntryOutcomeResult;
import fr.plie.rules.model.Citation;
import fr.plie.rules.model.Criterion;
import fr.plie.rules.model.CriterionAssessment;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.ImmutableEntryDecision;
import fr.plie.rules.model.PlieJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;

/**
 * Runs the entry rules of one rule set on one application and turns what the rules inserted into
 * an {@link EntryDecision}. Safe from any thread: each decision takes a session of its own from the rule set's pool.
 */
public final class EntryEvaluator {
  private EntryEvaluator() {}

  /**
   * The application is embedded as received: how the rules read it (e.g. a retired commune code
   * read as its successor) is said in the decision's notes, not by rewriting the input.
   */
  public static EntryDecision decide(CompiledRuleSet ruleSet, EntryApplication application,
      List<String> notes, RecordStamp stamp) {
    KieSession session = ruleSet.newEntrySession();
    FiringRecorder recorder = new FiringRecorder(ruleSet);
    session.addEventListener(recorder);
    List<CriterionResult> criteria = new ArrayList<>();
    List<EntryOutcomeResult> outcomes = new ArrayList<>();
    List<String> ruleNotes = new ArrayList<>();
    try {
      insertFacts(session, application);
      EngineFailures.fireAllRules(session, ruleSet);
      for (Object fact : session.getObjects()) {
        if (fact instanceof CriterionResult c) {
          criteria.add(c);
        } else if (fact instanceof EntryOutcomeResult o) {
          outcomes.add(o);
        } else if (fact instanceof DecisionNote note) {
          ruleNotes.add(note.text());
        }
      }
    } finally {
      session.removeEventListener(recorder);
      // Back to the pool, reset (working memory, agenda, node memories), also after a rule
      // failed: Drools 10.2's destroy() of a pooled session does the same.
      session.dispose();
    }
    String label = ruleSet.reference().id() + " " + ruleSet.reference().version();
    Map<Criterion, CriterionResult> byCriterion = new EnumMap<>(Criterion.class);
    for (CriterionResult c : criteria) {
      if (byCriterion.put(c.criterion(), c) != null) {
        throw new IllegalStateException("rule set " + label + " is defective: criterion "
            + c.criterion() + " was decided twice");
      }
    }
    if (byCriterion.size() != Criterion.values().length || outcomes.size() != 1) {
      throw new IllegalStateException("rule set " + label + " is defective: it assessed "
          + byCriterion.keySet() + " and produced " + outcomes.size() + " outcome(s)");
    }
    ObjectNode facts = PlieJson.toTree(application);
    List<CriterionAssessment> assessments = new ArrayList<>();
    byCriterion.values().stream()
        .sorted(Comparator.comparing(CriterionResult::criterion))
        .forEach(c -> assessments.add(CriterionAssessment.builder()
            .id(c.criterion())
            .status(c.status())
            .reason(String.join(" ", c.finding().reasons()))
            .factsUsed(valuesOf(facts, c.finding().factsUsed()))
            .missingFacts(c.finding().missingFacts())
            .rules(c.finding().rules())
            .tableRows(c.finding().tableRows())
            .citation(Citation.builder()
                .source(ruleSet.manifest().source())
                .section(c.section())
                .text(c.quote())
                .build())
            .build()));
    EntryOutcomeResult outcome = outcomes.get(0);
    ImmutableEntryDecision draft = EntryDecision.builder()
        .decisionId(stamp.decisionId())
        .decidedAt(stamp.decidedAt())
        .participantId(application.participantId())
        .assessmentDate(application.assessmentDate())
        .outcome(outcome.outcome())
        .ruleSet(ruleSet.reference())
        .criteria(assessments)
        .missingFacts(outcome.missingFacts())
        .notes(concat(notes, ruleNotes))
        .firedRules(recorder.fired())
        .explanation("")
        .application(application)
        .build();
    return draft.withExplanation(Explanations.entry(draft));
  }

  /** What the entry rules are given: the assessment day and the application. */
  static void insertFacts(KieSession session, EntryApplication application) {
    session.insert(new AssessmentDay(application.assessmentDate()));
    session.insert(application);
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    second.stream().sorted().forEach(all::add);
    return all;
  }

  private static Map<String, JsonNode> valuesOf(ObjectNode facts, List<String> names) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (String name : names) {
      JsonNode value = facts.get(name);
      if (value != null) {
        out.put(name, value);
      }
    }
    return out;
  }
}
