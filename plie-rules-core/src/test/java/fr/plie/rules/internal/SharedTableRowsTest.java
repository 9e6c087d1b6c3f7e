package fr.plie.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.exit.ExitCaseGenerator;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.FiredRule;
import fr.plie.rules.model.ImmutableExitCase;
import fr.plie.rules.versioning.FingerprintTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exit decision takes its day's table rows from a shared evaluation (SharedTableRows) instead
 * of firing them in its own session, and decides exactly as when it fires them: same routes,
 * reasons, table rows, notes, and the same fired rules in the same order, for every shipped
 * version, on generated cases that crowd the boundaries and on the first day the rows are in
 * force (2018-01-01: the day before, the day, the day after).
 */
class SharedTableRowsTest {
  private static final RecordStamp STAMP = new RecordStamp(
      UUID.fromString("00000000-0000-4000-8000-000000000012"), Instant.parse("2019-03-01T09:00:00Z"));
  private static final LocalDate ROWS_FROM = LocalDate.of(2018, 1, 1);

  /** Generated cases over 2017-2020, plus cases assessed around the rows' first day. */
  private static List<ExitCase> cases(int count) {
    Random random = new Random(12);
    List<ExitCase> cases = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      cases.add(ExitCaseGenerator.valid(random, LocalDate.of(2017, 6, 1)));
    }
    for (LocalDate day : List.of(ROWS_FROM.minusDays(1), ROWS_FROM, ROWS_FROM.plusDays(1))) {
      for (int i = 0; i < 20; i++) {
        cases.add(assessedOn(random, day));
      }
    }
    return cases;
  }

  /** A generated case moved to {@code day}, drawn again while its dates do not allow it. */
  private static ExitCase assessedOn(Random random, LocalDate day) {
    while (true) {
      try {
        return ImmutableExitCase.copyOf(ExitCaseGenerator.valid(random, day.minusDays(999)))
            .withAssessmentDate(day);
      } catch (fr.plie.rules.model.InvalidInputException later) {
        // An activity or the pathway starts after that day: another draw.
      }
    }
  }

  private static List<CompiledRuleSet> exitVersions() {
    return RuleSetRegistry.shipped().versions().stream().filter(v -> v.hasRules("exit")).toList();
  }

  @Test
  void every_shipped_version_shares_its_exit_table_rows() {
    assertThat(exitVersions()).isNotEmpty().allSatisfy(version -> {
      assertThat(version.sharesExitTableRows()).isTrue();
      SharedTableRows.Rows rows = version.exitTableRowsOn(ROWS_FROM);
      assertThat(rows).isNotNull();
      // Every row fired is a row of a table, each inserted its fact.
      assertThat(rows.fired()).isNotEmpty()
          .allSatisfy(rule -> assertThat(rule.file()).endsWith(".xlsx"));
      assertThat(rows.facts()).hasSameSizeAs(rows.fired());
      // Shared: the same evaluation for every decision of that day.
      assertThat(version.exitTableRowsOn(ROWS_FROM)).isSameAs(rows);
      // The day before the rows come into force, none fires.
      assertThat(version.exitTableRowsOn(ROWS_FROM.minusDays(1)).fired()).isEmpty();
    });
  }

  @Test
  void decisions_with_shared_table_rows_equal_decisions_firing_them() {
    List<ExitCase> cases = cases(600);
    for (CompiledRuleSet version : exitVersions()) {
      for (ExitCase exitCase : cases) {
        // Every day is shared (before 2018-01-01: with no row in force), so both ways are tried.
        assertThat(version.exitTableRowsOn(exitCase.assessmentDate())).isNotNull();
        Object fired = outcome(() -> ExitEvaluator.decide(version, exitCase, List.of(), STAMP, null));
        Object shared = outcome(() -> ExitEvaluator.decide(version, exitCase, List.of(), STAMP,
            version.exitTableRowsOn(exitCase.assessmentDate())));
        assertThat(shared).as("%s r%s, %s", version.reference().version(),
            version.reference().revision(), exitCase).isEqualTo(fired);
      }
    }
  }

  /**
   * The decision, or the message of the error: before 2018-01-01 no route row is in force, and
   * both ways must then refuse alike (the facade has no version in force to ask that day).
   */
  private static Object outcome(java.util.function.Supplier<ExitDecision> decide) {
    try {
      return decide.get();
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
  }

  @Test
  void the_table_rows_head_the_fired_rules_as_they_did() {
    CompiledRuleSet version = exitVersions().get(exitVersions().size() - 1);
    ExitCase exitCase = cases(1).get(0);
    List<FiredRule> rows = version.exitTableRowsOn(exitCase.assessmentDate()).fired();
    ExitDecision decision = ExitEvaluator.decide(version, exitCase, List.of(), STAMP);
    assertThat(decision.firedRules().subList(0, rows.size())).isEqualTo(rows);
    assertThat(decision.firedRules().subList(rows.size(), decision.firedRules().size()))
        .noneMatch(rule -> rule.file().endsWith(".xlsx"));
  }

  @Test
  void exit_rules_that_read_the_day_or_order_firings_turn_sharing_off() {
    String rule = "rule \"R\"\n%s\nwhen\n  %s\nthen\nend\n";
    for (String[] header : new String[][] {
        {"", "AssessmentDay( )"},
        {"", "$c : CommuneLookup( )"},
        {"  salience 10", "ExitCase( )"},
        {"  agenda-group \"late\"", "ExitCase( )"},
        {"  lock-on-active true", "ExitCase( )"}}) {
      assertThat(shareable(String.format(rule, header[0], header[1]))).as(header[1] + header[0])
          .isFalse();
    }
    // An attribute anywhere in the rule's header counts, not only at the start of a line.
    assertThat(shareable("rule \"R\" salience 10 when ExitCase( ) then end")).isFalse();
    assertThat(shareable("rule \"R\"\n  no-loop, duration 10\nwhen ExitCase( ) then end")).isFalse();
    // Words in comments or texts do not: only the facts a row reads, and attributes, in the code.
    assertThat(shareable("// rows enabled by the salience of the tables\n/* AssessmentDay, timer */\n"
        + String.format(rule, "  @section(\"§I.C.2\")", "ExitCase( )")
        + "rule \"S\" when ExitCase( ) then insert(\"the day's salience\"); end\n")).isTrue();
  }

  /**
   * Decisions taken on four threads at once, from a registry whose days are not yet evaluated
   * (each thread may be the first on a day), equal those taken one at a time firing the rows.
   */
  @Test
  void decisions_on_four_threads_from_cold_caches_equal_those_taken_one_by_one() throws Exception {
    Random random = new Random(4);
    List<ExitCase> cases = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      cases.add(ExitCaseGenerator.valid(random));
    }
    RuleSetRegistry cold = RuleSetRegistry.shipped();
    RuleSetRegistry alone = RuleSetRegistry.shipped();
    java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<ExitDecision>> decided = new ArrayList<>();
      for (ExitCase exitCase : cases) {
        decided.add(threads.submit(() -> ExitEvaluator.decide(
            cold.inForceOn(exitCase.assessmentDate()).orElseThrow(), exitCase, List.of(), STAMP)));
      }
      for (int i = 0; i < cases.size(); i++) {
        ExitCase exitCase = cases.get(i);
        assertThat(decided.get(i).get()).isEqualTo(ExitEvaluator.decide(
            alone.inForceOn(exitCase.assessmentDate()).orElseThrow(), exitCase, List.of(), STAMP,
            null));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /** The days kept are bounded; past the bound a new day's decisions fire their rows as before. */
  @Test
  void past_two_thousand_days_kept_a_new_day_is_fired_by_its_decisions() {
    SharedTableRows rows = new SharedTableRows(exitVersions().get(0), Map.of());
    for (int i = 0; i < 2_000; i++) {
      assertThat(rows.on(ROWS_FROM.plusDays(i))).isNotNull();
    }
    assertThat(rows.on(ROWS_FROM.plusDays(2_000))).isNull();
    assertThat(rows.on(ROWS_FROM.plusDays(1_999))).isNotNull();
  }

  private static boolean shareable(String drl) {
    return new SharedTableRows(exitVersions().get(0),
        Map.of("exit/x.drl", drl.getBytes(StandardCharsets.UTF_8))).shareable();
  }

  /**
   * A day is shared only if nothing but table rows fired there: a rule that reads what a row
   * inserts (not the day itself, so the rule files pass) fires in the day's evaluation, and that
   * day is then fired in each decision's own session, which still decides right.
   */
  @Test
  void a_day_where_a_rule_reads_a_row_is_not_shared_and_still_decided_right(@TempDir Path copy)
      throws IOException {
    FingerprintTest.copyTree(FingerprintTest.SOURCE, copy);
    Path version = copy.resolve("plie-dijon/2018.2-r3");
    Files.writeString(version.resolve("probe.drl"), """
        package fr.plie.rules.exit;
        import fr.plie.rules.internal.facts.Parameter;
        import fr.plie.rules.internal.facts.DecisionNote;
        rule "PROBE: the half-time threshold is in force"
        when
          Parameter( name == "exit.halfTime.weeklyHours" )
        then
          insert(new DecisionNote("probe", kcontext.getRule().getName()));
        end
        """);
    Path manifest = version.resolve("ruleset.json");
    Files.writeString(manifest, Files.readString(manifest)
        .replace("\"../2018.1-r2/exit/outcome.drl\"", "\"../2018.1-r2/exit/outcome.drl\", \"probe.drl\""));
    RuleResources folder = RuleResources.directory(copy);
    // Trusted as if shipped, so that the probe's rule file compiles.
    RuleResources trusted = new RuleResources() {
      @Override
      public byte[] read(String path) {
        return folder.read(path);
      }

      @Override
      public String describe(String path) {
        return folder.describe(path);
      }

      @Override
      public boolean shipped() {
        return true;
      }
    };
    CompiledRuleSet probed = RuleSetRegistry.of(trusted, List.of("plie-dijon/2018.2-r3/ruleset.json"))
        .versions().get(0);
    LocalDate day = LocalDate.of(2019, 6, 3);
    assertThat(probed.sharesExitTableRows()).isTrue();
    assertThat(probed.exitTableRowsOn(day)).isNull();
    ExitCase exitCase = assessedOn(new Random(3), day);
    ExitDecision decision = ExitEvaluator.decide(probed, exitCase, List.of(), STAMP);
    assertThat(decision.notes()).contains("probe");
    assertThat(decision).isEqualTo(ExitEvaluator.decide(probed, exitCase, List.of(), STAMP, null));
  }
}
