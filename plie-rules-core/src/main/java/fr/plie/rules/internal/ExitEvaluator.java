package fr.plie.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import fr.plie.rules.internal.facts.AssessmentDay;
import fr.plie.rules.internal.facts.DecisionNote;
import fr.plie.rules.internal.facts.ExitActivity;
import fr.plie.rules.internal.facts.ExitOutcomeResult;
import fr.plie.rules.internal.facts.RouteResult;
import fr.plie.rules.model.Citation;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.ImmutableExitDecision;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.RouteAssessment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.KieSession;

/**
 * Runs the exit rules of one rule set on one exit case and turns what the rules inserted into an
 * {@link ExitDecision}. Safe from any thread: each decision takes a session of its own from the rule set's pool.
 */
public final class ExitEvaluator {

  private static final com.fasterxml.jackson.databind.ObjectWriter COMPACT = PlieJson.mapper()
      .writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

  private ExitEvaluator() {}

  public static ExitDecision decide(CompiledRuleSet ruleSet, ExitCase exitCase, List<String> notes,
      RecordStamp stamp) {
    return decide(ruleSet, exitCase, notes, stamp,
        ruleSet.exitTableRowsOn(exitCase.assessmentDate()));
  }

  /** The decision, with the day's shared table rows, or firing them in its session when null. */
  static ExitDecision decide(CompiledRuleSet ruleSet, ExitCase exitCase, List<String> notes,
      RecordStamp stamp, SharedTableRows.Rows dayRows) {
    KieSession session = ruleSet.newExitSession();
    FiringRecorder recorder = dayRows == null ? new FiringRecorder(ruleSet)
        : new FiringRecorder(ruleSet, dayRows.fired());
    session.addEventListener(recorder);
    List<RouteResult> routes = new ArrayList<>();
    List<ExitOutcomeResult> outcomes = new ArrayList<>();
    List<String> ruleNotes = new ArrayList<>();
    try {
      insertFacts(session, exitCase, dayRows);
      EngineFailures.fireAllRules(session, ruleSet);
      for (Object fact : session.getObjects()) {
        if (fact instanceof RouteResult r) {
          routes.add(r);
        } else if (fact instanceof ExitOutcomeResult o) {
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
    Map<ExitRoute, RouteResult> byRoute = new EnumMap<>(ExitRoute.class);
    for (RouteResult r : routes) {
      if (byRoute.put(r.route(), r) != null) {
        throw new IllegalStateException("rule set " + label + " is defective: route " + r.route()
            + " was decided twice");
      }
    }
    if (byRoute.size() != ExitRoute.values().length || outcomes.size() != 1) {
      throw new IllegalStateException("rule set " + label + " is defective: it assessed "
          + byRoute.keySet() + " and produced " + outcomes.size() + " outcome(s)");
    }
    // Read back from text so that the facts' JSON nodes are those a reader of the decision gets
    // (numbers as written: 17.50 and 10, not the 1E+1 a direct conversion keeps); compact text,
    // the same tokens as the indented form for a fraction of the cost.
    JsonNode facts = readTree(exitCase);
    List<RouteAssessment> assessments = new ArrayList<>();
    Set<String> allNotes = new LinkedHashSet<>(notes);
    allNotes.addAll(ruleNotes);
    for (RouteResult r : byRoute.values()) {
      allNotes.addAll(r.notes());
      assessments.add(RouteAssessment.builder()
          .route(r.route())
          .status(r.status())
          .date(r.date())
          .possibleDate(r.possibleDate())
          .reason(r.reason())
          .activitiesUsed(r.activities())
          .factsUsed(valuesOf(facts, r.factsUsed()))
          .missingFacts(r.missingFacts())
          .notes(r.notes())
          .rules(r.rules())
          .tableRows(r.tableRows())
          .citation(Citation.builder()
              .source(ruleSet.manifest().source())
              .section(r.section())
              .text(r.quote())
              .build())
          .build());
    }
    ExitOutcomeResult outcome = outcomes.get(0);
    ImmutableExitDecision draft = ExitDecision.builder()
        .decisionId(stamp.decisionId())
        .decidedAt(stamp.decidedAt())
        .participantId(exitCase.participantId())
        .assessmentDate(exitCase.assessmentDate())
        .outcome(outcome.outcome())
        .positiveExitDate(outcome.positiveExitDate())
        .projectedPositiveExitDate(outcome.projectedPositiveExitDate())
        .ruleSet(ruleSet.reference())
        .routes(assessments)
        .missingFacts(outcome.missingFacts())
        .notes(new ArrayList<>(allNotes))
        .firedRules(recorder.fired())
        .explanation("")
        .exitCase(exitCase)
        .build();
    return draft.withExplanation(Explanations.exit(draft));
  }

  /**
   * What the exit rules are given: the case and each activity with its index, and the day's table
   * rows: the facts they inserted when shared ({@code dayRows}), else the day, on which the rows
   * in force fire before any route rule and insert the thresholds and route conditions.
   */
  static void insertFacts(KieSession session, ExitCase exitCase, SharedTableRows.Rows dayRows) {
    if (dayRows == null) {
      session.insert(new AssessmentDay(exitCase.assessmentDate()));
    }
    session.insert(exitCase);
    for (int i = 0; i < exitCase.activities().size(); i++) {
      session.insert(new ExitActivity(i, exitCase.activities().get(i)));
    }
    if (dayRows != null) {
      // In the order the rows inserted them, after the case, as when they fired in this session.
      for (Object fact : dayRows.facts()) {
        session.insert(fact);
      }
    }
  }

  /** The input values at paths such as {@code birthDate} or {@code activities[1].weeklyHours}; absent ones are left out. */
  private static JsonNode readTree(ExitCase exitCase) {
    try {
      return PlieJson.mapper().readTree(COMPACT.writeValueAsBytes(exitCase));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read back our own JSON", e);
    }
  }

  private static Map<String, JsonNode> valuesOf(JsonNode facts, List<String> paths) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (String path : paths) {
      JsonNode value = at(facts, path);
      if (value != null && !value.isNull() && !value.isMissingNode()) {
        out.put(path, value);
      }
    }
    return out;
  }

  /**
   * The node at a path of dot-separated steps, each a field name or {@code name[index]}; null when
   * a step is absent. Walked by hand: this runs for every fact of every route of every decision.
   */
  private static JsonNode at(JsonNode facts, String path) {
    JsonNode value = facts;
    int start = 0;
    while (value != null && start <= path.length()) {
      int dot = path.indexOf('.', start);
      int end = dot < 0 ? path.length() : dot;
      int bracket = path.indexOf('[', start);
      if (bracket > start && bracket < end && path.charAt(end - 1) == ']'
          && isIndex(path, bracket + 1, end - 1)) {
        value = value.path(path.substring(start, bracket))
            .get(Integer.parseInt(path, bracket + 1, end - 1, 10));
      } else {
        value = value.get(path.substring(start, end));
      }
      start = end + 1;
    }
    return value;
  }

  private static boolean isIndex(String path, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(path.charAt(i))) {
        return false;
      }
    }
    return true;
  }

}
