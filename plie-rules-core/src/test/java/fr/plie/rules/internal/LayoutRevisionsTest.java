package fr.plie.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.exit.ExitCaseGenerator;
import fr.plie.rules.model.CriterionAssessment;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.FiredRule;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.RouteAssessment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A revision that only lays its tables out again (the analysts' layout: French references, units
 * and labels, formatting) keeps the rules and every value: it must decide every case as the
 * revision before it (outcome, statuses, dates, missing facts, fired rules and the table rows
 * used; what a row quotes may differ, e.g. its unit in French). The
 * pairs are found among the shipped revisions, whatever their number.
 */
class LayoutRevisionsTest {
  private static final int CASES = 400;
  private static final String[] CODES = {"21231", "21617", "21213", "21452", "21166", "21462",
      "21408", "2A004"};

  /** Consecutive revisions of a version with the same rule files and the same table values. */
  static Stream<Arguments> layoutOnlyRevisions() {
    List<Arguments> pairs = new ArrayList<>();
    List<CompiledRuleSet> versions = RuleSetRegistry.shipped().versions();
    for (CompiledRuleSet later : versions) {
      int revision = later.reference().revision();
      versions.stream()
          .filter(v -> v.reference().version().equals(later.reference().version())
              && v.reference().revision() == revision - 1)
          .filter(earlier -> sameRules(earlier, later) && sameValues(earlier, later))
          .forEach(earlier -> pairs.add(Arguments.of(later.reference().version(),
              earlier.reference().revision(), revision)));
    }
    return pairs.stream();
  }

  @Test
  void at_least_one_shipped_revision_only_lays_its_tables_out_again() {
    // Revision 3 of 2018.1 and 2018.2 (issue 11) are such revisions: released, never removed.
    assertThat(layoutOnlyRevisions()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}: revision {2} decides as revision {1}")
  @MethodSource("layoutOnlyRevisions")
  void a_layout_only_revision_decides_every_generated_case_as_the_revision_before(String version,
      int earlier, int later) {
    PlieRules before = PlieRules.load().version(version, earlier);
    PlieRules after = PlieRules.load().version(version, later);
    CompiledRuleSet ruleSet = RuleSetRegistry.shipped().version(version, later).orElseThrow();
    LocalDate from = ruleSet.manifest().validFrom();
    LocalDate to = RuleSetRegistry.shipped().validTo(ruleSet);
    int days = to == null ? 1000 : (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    Random random = new Random(20181103L);
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < CASES && differences.size() < 5; i++) {
      EntryApplication application = application(random, from.plusDays(random.nextInt(days)));
      Map<String, Object> a = entry(before.assessEntry(application));
      Map<String, Object> b = entry(after.assessEntry(application));
      if (!a.equals(b)) {
        differences.add(a + "\n  vs " + b + "\n  for " + PlieJson.writeLine(application));
      }
      ExitCase exitCase = ExitCaseGenerator.valid(random, from);
      Map<String, Object> c = exit(before.assessExit(exitCase));
      Map<String, Object> d = exit(after.assessExit(exitCase));
      if (!c.equals(d)) {
        differences.add(c + "\n  vs " + d + "\n  for " + PlieJson.writeLine(exitCase));
      }
    }
    assertThat(differences).isEmpty();
  }

  private static Map<String, Object> entry(EntryDecision decision) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("outcome", decision.outcome());
    for (CriterionAssessment criterion : decision.criteria()) {
      out.put(criterion.id().name(), List.of(criterion.status(), criterion.missingFacts(),
          criterion.rules(), rows(criterion.tableRows())));
    }
    out.put("missing", decision.missingFacts());
    out.put("fired", decision.firedRules().stream().map(FiredRule::name).toList());
    return out;
  }

  private static Map<String, Object> exit(ExitDecision decision) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("outcome", decision.outcome());
    out.put("dates", Arrays.asList(decision.positiveExitDate(),
        decision.projectedPositiveExitDate()));
    for (RouteAssessment route : decision.routes()) {
      out.put(route.route().name(), Arrays.asList(route.status(), route.date(),
          route.possibleDate(), route.missingFacts(), route.rules(), rows(route.tableRows())));
    }
    out.put("missing", decision.missingFacts());
    out.put("fired", decision.firedRules().stream().map(FiredRule::name).toList());
    return out;
  }

  private static final Pattern ROW = Pattern.compile("table « [^»]+ », ligne [0-9]+");

  /**
   * Which table rows were used (« table « Paramètres », ligne 11 »), without what they say: the
   * unit a row quotes is in French in the analysts' layout.
   */
  private static List<String> rows(List<String> tableRows) {
    List<String> out = new ArrayList<>();
    for (String row : tableRows) {
      ROW.matcher(row).results().map(MatchResult::group).forEach(out::add);
    }
    return out;
  }

  /** An application around the rules' boundaries: one year without work, codes in, out, retired. */
  private static EntryApplication application(Random r, LocalDate assessed) {
    Boolean[] maybe = {Boolean.TRUE, Boolean.FALSE, null};
    int sinceWork = r.nextBoolean() ? 360 + r.nextInt(11) : r.nextInt(1500);
    return EntryApplication.builder()
        .participantId("GEN-" + r.nextInt(100_000))
        .assessmentDate(assessed)
        .birthDate(r.nextInt(4) == 0 ? null : assessed.minusYears(16 + r.nextInt(55)))
        .residenceInseeCode(r.nextInt(8) == 0 ? null : CODES[r.nextInt(CODES.length)])
        .workAuthorization(r.nextInt(6) == 0 ? maybe[r.nextInt(3)] : Boolean.TRUE)
        .wantsIntegratedPathway(r.nextInt(6) == 0 ? maybe[r.nextInt(3)] : Boolean.TRUE)
        .insufficientQualification(maybe[r.nextInt(3)])
        .lacksBasicSkills(maybe[r.nextInt(3)])
        .lastProfessionalActivityEnd(r.nextInt(5) == 0 ? null : assessed.minusDays(sinceWork))
        .registeredWithPoleEmploi(maybe[r.nextInt(3)])
        .minimaSociaux(r.nextInt(4) == 0 ? null : r.nextBoolean() ? List.of() : List.of("RSA"))
        .complexFamilySituation(maybe[r.nextInt(3)])
        .housingProblems(maybe[r.nextInt(3)])
        .build();
  }

  private static boolean sameRules(CompiledRuleSet a, CompiledRuleSet b) {
    List<byte[]> rulesA = ruleFiles(a);
    List<byte[]> rulesB = ruleFiles(b);
    if (rulesA.size() != rulesB.size()) {
      return false;
    }
    for (int i = 0; i < rulesA.size(); i++) {
      if (!Arrays.equals(rulesA.get(i), rulesB.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<byte[]> ruleFiles(CompiledRuleSet ruleSet) {
    RuleResources classpath = RuleResources.classpath();
    return ruleSet.resourcePaths().stream().filter(p -> p.endsWith(".drl"))
        .map(classpath::read).toList();
  }

  /** The same rows with the same values; free text (references, labels) and the unit vocabulary aside. */
  private static boolean sameValues(CompiledRuleSet a, CompiledRuleSet b) {
    if (!a.tablePaths().keySet().equals(b.tablePaths().keySet())) {
      return false;
    }
    for (String key : a.tablePaths().keySet()) {
      if (!values(a.tableLines(key)).equals(values(b.tableLines(key)))) {
        return false;
      }
    }
    return true;
  }

  private static List<Map<String, Object>> values(List<TableSchemas.CheckedLine> lines) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (TableSchemas.CheckedLine line : lines) {
      Map<String, Object> values = new LinkedHashMap<>(line.values());
      values.remove("Référence");
      values.remove("Libellé");
      values.computeIfPresent("Unité", (k, unit) -> TableSchemas.UNITS_FR.contains(unit)
          ? TableSchemas.UNITS.get(TableSchemas.UNITS_FR.indexOf(unit)) : unit);
      values.put("row", line.row());
      out.add(values);
    }
    return out;
  }
}
