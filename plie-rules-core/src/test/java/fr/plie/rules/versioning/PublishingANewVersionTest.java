package fr.plie.rules.versioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.plie.rules.api.CheckReport;
import fr.plie.rules.api.PlieRules;
import fr.plie.rules.api.RuleSetWorkbench;
import fr.plie.rules.exit.ExitCaseGenerator;
import fr.plie.rules.exit.ReferenceExitRoutes;
import fr.plie.rules.internal.CompiledRuleSet;
import fr.plie.rules.internal.RuleResources;
import fr.plie.rules.internal.RuleSetRegistry;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.ReplayReport;
import fr.plie.rules.model.RouteAssessment;
import fr.plie.rules.model.RuleSetVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing a new version as the README says (a manifest copied from the current revision of the
 * latest version, only the changed table in the new folder, a line in {@code index.json}, a
 * {@code scenarios.json}) in a copy of the shipped rule sets: the CDD route lowered to 4 months
 * (5 if the latest version already says 4).
 * The checks that hold for every shipped version hold for it too: its scenarios and the shipped
 * ones pass, it is chosen by date from its first day, the engine decides generated cases of its
 * period like the plain-Java reference reading its numbers, and its decisions replay identical.
 * Nothing here names a shipped version but the one it starts from (the latest).
 */
class PublishingANewVersionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path root;
  static String newVersion;
  static LocalDate validFrom;
  static String previousVersion;
  static PlieRules rules;
  static CompiledRuleSet published;
  static int months;

  @BeforeAll
  static void publish() throws IOException {
    RuleSetWorkbench.exportShipped(root);
    RuleSetRegistry shipped = RuleSetRegistry.shipped();
    CompiledRuleSet latest = shipped.versions().stream().filter(shipped::current)
        .reduce((a, b) -> b).orElseThrow();
    previousVersion = latest.reference().version();
    validFrom = LocalDate.of(latest.manifest().validFrom().getYear() + 1, 1, 1);
    newVersion = validFrom.getYear() + ".1";
    String id = latest.reference().id();
    String previousFolder = Path.of(latest.manifestPath()).getParent().getFileName().toString();
    Path folder = Files.createDirectories(root.resolve(id).resolve(newVersion));

    // 1. The manifest: the previous one, with its own version and date, no revision; every path
    //    pointing to the previous folder's files.
    ObjectNode manifest = (ObjectNode) JSON.readTree(
        root.resolve(latest.manifestPath()).toFile());
    manifest.put("version", newVersion);
    manifest.put("validFrom", validFrom.toString());
    manifest.remove("revision");
    manifest.put("description", "Test: the CDD route at another duration.");
    for (String list : List.of("entry", "exit")) {
      ArrayNode paths = (ArrayNode) manifest.get(list);
      for (int i = 0; i < paths.size(); i++) {
        paths.set(i, paths.textNode(sibling(previousFolder, paths.get(i).asText())));
      }
    }
    ObjectNode tables = (ObjectNode) manifest.get("tables");
    tables.fieldNames().forEachRemaining(key ->
        tables.put(key, sibling(previousFolder, tables.get(key).asText())));

    // 2. The changed table, copied into the new folder and edited as an analyst would.
    Path routes = Files.createDirectories(folder.resolve("tables")).resolve("exit-routes.drl.xlsx");
    Files.copy(root.resolve(latest.tablePaths().get("exitRoutes")), routes);
    int row = latest.tableLines("exitRoutes").stream()
        .filter(l -> "CDD".equals(String.valueOf(l.values().get("Voie")))
            && "CDD".equals(String.valueOf(l.values().get("Type d'activité")))
            && l.values().get("Valide jusqu'au") == null)
        .findFirst().orElseThrow().row();
    // The example lowers 6 months to 4; from a latest version already at 4, to 5.
    String previousMonths = RuleSetWorkbench.setCell(routes, row, "Durée minimale (mois)", "4");
    months = previousMonths.equals("4") ? 5 : 4;
    RuleSetWorkbench.setCell(routes, row, "Durée minimale (mois)", String.valueOf(months));
    tables.put("exitRoutes", "tables/exit-routes.drl.xlsx");
    JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve("ruleset.json").toFile(),
        manifest);

    // Its scenarios: what the change is about.
    LocalDate start = validFrom.plusMonths(1);
    Files.writeString(folder.resolve("scenarios.json"), """
        {"scenarios": [
          {"name": "CDD à temps plein de %5$d mois : sortie positive",
           "exit": {"participantId": "N-1", "assessmentDate": "%3$s",
             "activities": [{"type": "CDD", "start": "%1$s", "end": "%2$s", "weeklyHours": 35}]},
           "expect": {"outcome": "POSITIVE", "positiveExitDate": "%2$s",
             "routes": {"CDD": {"status": "ACQUIRED", "date": "%2$s"}}}},
          {"name": "CDD à temps plein de %5$d mois moins un jour : pas de sortie positive",
           "exit": {"participantId": "N-2", "assessmentDate": "%3$s",
             "activities": [{"type": "CDD", "start": "%1$s", "end": "%4$s", "weeklyHours": 35}]},
           "expect": {"outcome": "NOT_POSITIVE", "routes": {"CDD": "NOT_MET"}}}]}
        """.formatted(start, start.plusMonths(months).minusDays(1), start.plusMonths(11),
        start.plusMonths(months).minusDays(2), months));

    // 3. A line in index.json.
    Path index = root.resolve("index.json");
    ObjectNode indexJson = (ObjectNode) JSON.readTree(index.toFile());
    ((ArrayNode) indexJson.get("manifests")).add(id + "/" + newVersion + "/ruleset.json");
    JSON.writerWithDefaultPrettyPrinter().writeValue(index.toFile(), indexJson);

    rules = PlieRules.loadFrom(root);
    RuleResources resources = RuleResources.directory(root);
    published = RuleSetRegistry.of(resources, RuleSetRegistry.index(resources)).versions().stream()
        .filter(v -> v.reference().version().equals(newVersion)).findFirst().orElseThrow();
  }

  /** A path of the previous manifest, as seen from a sibling folder. */
  private static String sibling(String previousFolder, String path) {
    return path.startsWith("../") ? path : "../" + previousFolder + "/" + path;
  }

  @Test
  void check_finds_no_problem_and_every_scenario_passes_the_new_ones_and_the_shipped_ones() {
    CheckReport version = RuleSetWorkbench.check(root.resolve("plie-dijon").resolve(newVersion));
    assertThat(version.problems()).isEmpty();
    assertThat(version.scenarios()).hasSize(2).allMatch(CheckReport.ScenarioResult::passed);
    // The changed table is the new version's own copy: no other version's fingerprint changes.
    assertThat(version.sharedFiles()).isEmpty();

    CheckReport all = RuleSetWorkbench.check(root);
    assertThat(all.problems()).isEmpty();
    assertThat(all.scenarios()).allSatisfy(s -> assertThat(s.mismatches()).as(s.name()).isEmpty());
    assertThat(all.scenarios()).extracting(CheckReport.ScenarioResult::version)
        .anyMatch(v -> v.startsWith(newVersion));
  }

  @Test
  void the_versions_follow_each_other_and_the_new_one_decides_from_its_first_day() {
    RuleSetVersionSelectionTest.contiguous(rules);
    assertThat(rules.versions()).extracting(RuleSetVersion::version).last().isEqualTo(newVersion);
    // The previous version was not touched: same fingerprints as shipped.
    assertThat(rules.versions()).filteredOn(v -> !v.version().equals(newVersion))
        .extracting(FingerprintTest::label, RuleSetVersion::fingerprint)
        .containsExactlyElementsOf(PlieRules.load().versions().stream()
            .map(v -> org.assertj.core.groups.Tuple.tuple(FingerprintTest.label(v), v.fingerprint()))
            .toList());
    for (LocalDate day : List.of(validFrom.minusDays(1), validFrom, validFrom.plusDays(1))) {
      String expected = day.isBefore(validFrom) ? previousVersion : newVersion;
      assertThat(rules.assessEntry(RuleSetVersionSelectionTest.livingIn("21231", day))
          .ruleSet().version()).as(day.toString()).isEqualTo(expected);
    }
  }

  @Test
  void the_engine_decides_generated_cases_of_its_period_like_the_reference_with_its_numbers() {
    Random random = new Random(20200101L);
    List<String> mismatches = new ArrayList<>();
    int changedByTheNewThreshold = 0;
    for (int i = 0; i < 1000; i++) {
      ExitCase c = ExitCaseGenerator.valid(random, validFrom);
      ExitDecision engine = rules.assessExit(c);
      assertThat(engine.ruleSet().version()).isEqualTo(newVersion);
      ReferenceExitRoutes.Decision reference = ReferenceExitRoutes.decide(c,
          ReferenceExitRoutes.Thresholds.of(published, c.assessmentDate()));
      ReferenceExitRoutes.Decision before = ReferenceExitRoutes.decide(c);
      changedByTheNewThreshold += Objects.equals(before.routes().get(ExitRoute.CDD),
          reference.routes().get(ExitRoute.CDD)) ? 0 : 1;
      List<String> differences = new ArrayList<>();
      if (engine.outcome() != reference.outcome()
          || !Objects.equals(engine.positiveExitDate(), reference.positiveExitDate())) {
        differences.add("outcome " + engine.outcome() + " " + engine.positiveExitDate() + " vs "
            + reference.outcome() + " " + reference.positiveExitDate());
      }
      for (RouteAssessment route : engine.routes()) {
        ReferenceExitRoutes.Verdict expected = reference.routes().get(route.route());
        if (route.status() != expected.status() || !Objects.equals(route.date(), expected.date())
            || !Objects.equals(route.possibleDate(), expected.possibleDate())) {
          differences.add(route.route() + " " + route.status() + " " + route.date() + " vs "
              + expected.status() + " " + expected.date());
        }
      }
      if (!differences.isEmpty() && mismatches.size() < 5) {
        mismatches.add(differences + " for " + PlieJson.writeLine(c));
      }
    }
    assertThat(mismatches).isEmpty();
    // The cases reach the change: the shipped numbers would decide some of them otherwise.
    assertThat(changedByTheNewThreshold).isGreaterThan(10);
  }

  @Test
  void its_decisions_replay_identical_and_the_earlier_versions_decisions_too() {
    ExitCase c = PlieJson.readExitCase("""
        {"participantId": "R-1", "assessmentDate": "%s",
         "activities": [{"type": "CDD", "start": "%s", "end": "%s", "weeklyHours": 35}]}"""
        .formatted(validFrom.plusMonths(10), validFrom, validFrom.plusMonths(months).minusDays(1)));
    ExitDecision decision = PlieJson.readExitDecision(PlieJson.write(rules.assessExit(c)));
    assertThat(decision.ruleSet().version()).isEqualTo(newVersion);
    assertThat(decision.ruleSet().fingerprint()).isEqualTo(published.reference().fingerprint());
    assertThat(rules.replay(decision).status()).isEqualTo(ReplayReport.Status.IDENTICAL);
    // Not with the shipped rules alone: they do not know the new version's fingerprint.
    assertThat(PlieRules.load().replay(decision).status())
        .isEqualTo(ReplayReport.Status.UNKNOWN_RULE_SET);

    ExitDecision earlier = PlieJson.readExitDecision(PlieJson.write(PlieRules.load()
        .version(previousVersion).assessExit(ExitCase.builder().from(c)
            .assessmentDate(validFrom.minusDays(1)).build())));
    assertThat(rules.replay(earlier).status()).isEqualTo(ReplayReport.Status.IDENTICAL);
  }

  /**
   * A decision taken under the previous version on a day the new version now covers (as when a
   * version is published with a period that starts before decisions already taken) still replays
   * IDENTICAL: the replay notes no « version imposée » the decision did not have. A decision that
   * did carry that note (its version pinned outside its period) gets it back.
   */
  @Test
  void a_decision_the_new_period_now_covers_replays_identical_without_a_note_it_did_not_have() {
    ExitCase c = ExitCase.builder().participantId("R-2").assessmentDate(validFrom.plusDays(10))
        .addActivities(fr.plie.rules.model.Activity.builder()
            .type(fr.plie.rules.model.ActivityType.CDD).start(validFrom.minusMonths(8))
            .end(validFrom.plusDays(5)).weeklyHours(new java.math.BigDecimal("35")).build())
        .build();
    // Taken before the new version existed: the previous version was in force that day.
    ExitDecision taken = PlieJson.readExitDecision(PlieJson.write(PlieRules.load().assessExit(c)));
    assertThat(taken.ruleSet().version()).isEqualTo(previousVersion);
    assertThat(taken.notes()).noneMatch(n -> n.contains("imposée"));
    assertThat(rules.versionFor(c.assessmentDate()).version()).isEqualTo(newVersion);
    assertThat(rules.replay(taken).status()).isEqualTo(ReplayReport.Status.IDENTICAL);

    ExitDecision pinned = PlieJson.readExitDecision(PlieJson.write(
        PlieRules.load().version("2018.1").assessExit(c)));
    assertThat(pinned.notes()).anyMatch(n -> n.contains("imposée"));
    assertThat(rules.replay(pinned).status()).isEqualTo(ReplayReport.Status.IDENTICAL);
  }

  /** Guard: the table really changed in the new folder only. */
  @Test
  void only_the_new_folder_holds_the_changed_table() throws IOException {
    try (var files = Files.walk(root.resolve("plie-dijon").resolve(newVersion))) {
      assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("ruleset.json", "scenarios.json", "exit-routes.drl.xlsx");
    }
    JsonNode manifest = JSON.readTree(
        root.resolve("plie-dijon").resolve(newVersion).resolve("ruleset.json").toFile());
    assertThat(manifest.has("revision")).isFalse();
  }
}
