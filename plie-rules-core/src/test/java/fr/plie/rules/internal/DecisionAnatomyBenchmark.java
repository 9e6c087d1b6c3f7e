package fr.plie.rules.internal;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.criteria.EntryApplicationGenerator;
import fr.plie.rules.exit.ExitCaseGenerator;
import fr.plie.rules.internal.facts.AssessmentDay;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.ExitCase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.kie.api.runtime.KieSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Where the time of one decision goes, layer by layer, on the same 500 generated inputs: what a
 * pooled Drools session costs with nothing in it (taken, fired, reset), then with the assessment
 * day only (the table rows that read only the day fire: every exit table, the entry parameters;
 * the commune rows wait for the application's commune to be looked up), then with the input
 * (every rule: the engine's
 * part of a decision), then the whole decision as {@link PlieRules} gives it (the engine's part
 * plus the decision, its trace and its explanation). Each layer includes the one before, so the
 * differences are the costs of the layers: docs/performance.md, "Anatomy of a decision". Run with
 * the {@code bench} profile ({@code -Dbench.filter=DecisionAnatomy} for this one alone).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecisionAnatomyBenchmark {
  private static final int INPUTS = 500;

  @Param({"entry", "exit"})
  public String kind;

  private final List<Object> inputs = new ArrayList<>();
  /** The version in force on each input's assessment date, as the facade would choose it. */
  private final List<CompiledRuleSet> ruleSets = new ArrayList<>();
  private PlieRules rules;

  @Setup
  public void setUp() {
    Random random = new Random(2018);
    for (int i = 0; i < INPUTS; i++) {
      inputs.add(exit() ? ExitCaseGenerator.valid(random) : EntryApplicationGenerator.valid(random));
    }
    rules = PlieRules.load().warmUp();
    RuleSetRegistry registry = RuleSetRegistry.shipped();
    for (Object input : inputs) {
      ruleSets.add(registry.inForceOn(dateOf(input)).orElseThrow());
    }
  }

  /** A pooled session taken, fired with nothing in it and given back (reset). */
  @Benchmark
  @OperationsPerInvocation(INPUTS)
  public void emptySession(Blackhole blackhole) {
    for (int i = 0; i < INPUTS; i++) {
      KieSession session = session(i);
      blackhole.consume(session.fireAllRules());
      session.dispose();
    }
  }

  /** The same with the assessment day: the table rows that read only the day fire. */
  @Benchmark
  @OperationsPerInvocation(INPUTS)
  public void tableRows(Blackhole blackhole) {
    for (int i = 0; i < INPUTS; i++) {
      KieSession session = session(i);
      session.insert(new AssessmentDay(dateOf(inputs.get(i))));
      blackhole.consume(session.fireAllRules());
      session.dispose();
    }
  }

  /**
   * The same with the input, inserted by the evaluators themselves: every rule fires, nothing is
   * built. An exit decision shares its day's table rows (SharedTableRows): their facts are
   * inserted, the rows do not fire again, so for exit this layer does not include the one before.
   */
  @Benchmark
  @OperationsPerInvocation(INPUTS)
  public void allRules(Blackhole blackhole) {
    for (int i = 0; i < INPUTS; i++) {
      Object input = inputs.get(i);
      KieSession session = session(i);
      if (input instanceof ExitCase exitCase) {
        ExitEvaluator.insertFacts(session, exitCase,
            ruleSets.get(i).exitTableRowsOn(exitCase.assessmentDate()));
      } else {
        EntryEvaluator.insertFacts(session, (EntryApplication) input);
      }
      blackhole.consume(session.fireAllRules());
      blackhole.consume(session.getObjects());
      session.dispose();
    }
  }

  /** The whole explained decision, as a user gets it. */
  @Benchmark
  @OperationsPerInvocation(INPUTS)
  public void decision(Blackhole blackhole) {
    for (Object input : inputs) {
      blackhole.consume(input instanceof ExitCase exitCase ? rules.assessExit(exitCase)
          : rules.assessEntry((EntryApplication) input));
    }
  }

  private boolean exit() {
    return kind.equals("exit");
  }

  private KieSession session(int input) {
    CompiledRuleSet ruleSet = ruleSets.get(input);
    return exit() ? ruleSet.newExitSession() : ruleSet.newEntrySession();
  }

  private static LocalDate dateOf(Object input) {
    return input instanceof ExitCase exitCase ? exitCase.assessmentDate()
        : ((EntryApplication) input).assessmentDate();
  }
}
