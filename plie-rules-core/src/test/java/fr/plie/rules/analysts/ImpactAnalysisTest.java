package fr.plie.rules.analysts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.api.ImpactAnalysis;
import fr.plie.rules.api.ImpactReport;
import fr.plie.rules.api.PlieRules;
import fr.plie.rules.api.RuleSetWorkbench;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.PlieJson;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Impact analysis over a generated cohort matches deciding the cohort twice by hand. */
class ImpactAnalysisTest {
  private static final String[] COMMUNES = {"21231", "21166", "21213", "21408", "21617", "21462"};

  static List<EntryApplication> cohort(int size, long seed) {
    Random random = new Random(seed);
    List<EntryApplication> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      LocalDate date = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(400));
      out.add(EntryApplication.builder()
          .participantId("C" + i)
          .assessmentDate(date)
          .residenceInseeCode(COMMUNES[random.nextInt(COMMUNES.length)])
          .workAuthorization(random.nextInt(10) > 0)
          .wantsIntegratedPathway(random.nextInt(10) > 0 ? Boolean.TRUE : null)
          .insufficientQualification(random.nextBoolean())
          .lacksBasicSkills(random.nextBoolean())
          .lastProfessionalActivityEnd(date.minusDays(200 + random.nextInt(400)))
          .minimaSociaux(random.nextBoolean() ? List.of("RSA") : List.of())
          .socioProfessionalOrientation(random.nextBoolean())
          .housingProblems(random.nextBoolean())
          .build());
    }
    return out;
  }

  @Test
  void lowering_the_inactivity_threshold_changes_what_deciding_twice_by_hand_changes(
      @TempDir Path work) throws IOException {
    Path rulesets = work.resolve("rulesets");
    RuleSetWorkbench.exportShipped(rulesets);
    Path version = Exported.versionFolder(rulesets, "2018.1");
    Path parameters = Exported.table(rulesets, "2018.1", "parameters");
    RuleSetWorkbench.setCell(parameters, TableCheckTest.inactivityRow(parameters), "Valeur", "9");

    List<EntryApplication> cohort = cohort(150, 20181);
    Path file = work.resolve("cohort.jsonl");
    List<String> lines = new ArrayList<>();
    cohort.forEach(a -> lines.add(PlieJson.writeLine(a)));
    lines.add(2, "{\"participantId\": \"BAD\", \"assessmentDate\": \"2018-02-30\","
        + " \"workAuthorization\": true}");
    Files.write(file, lines);

    ImpactReport report;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()}, null)) {
      report = ImpactAnalysis.run("2018.1", PlieRules.load().version("2018.1"), "breaking",
          PlieRules.loadFromClassPath(loader, "rulesets").version("2018.1"), file);
    }

    PlieRules before = PlieRules.load().version("2018.1");
    PlieRules after = PlieRules.loadFrom(rulesets).version("2018.1");
    Map<String, Integer> outcomes = new TreeMap<>();
    List<String> changedIds = new ArrayList<>();
    for (EntryApplication application : cohort) {
      EntryDecision a = before.assessEntry(application);
      EntryDecision b = after.assessEntry(application);
      boolean anyStatus = false;
      for (int i = 0; i < a.criteria().size(); i++) {
        anyStatus |= a.criteria().get(i).status() != b.criteria().get(i).status();
      }
      if (a.outcome() != b.outcome()) {
        outcomes.merge("entry " + a.outcome() + " → " + b.outcome(), 1, Integer::sum);
      }
      if (a.outcome() != b.outcome() || anyStatus) {
        changedIds.add(application.participantId());
      }
    }

    assertThat(report.records()).isEqualTo(150);
    assertThat(report.invalid()).singleElement().asString()
        .startsWith("cohort.jsonl:3 : assessmentDate: is not a date");
    assertThat(new TreeMap<>(report.outcomeChanges())).isEqualTo(outcomes);
    assertThat(report.changed()).extracting(ImpactReport.ChangedRecord::participantId)
        .containsExactlyElementsOf(changedIds);
    assertThat(changedIds).as("the edit must matter for this cohort").isNotEmpty();
    assertThat(report.changed()).allSatisfy(c ->
        assertThat(c.reasons()).anyMatch(r -> r.startsWith("LABOUR_MARKET")));
  }

  /**
   * Issue 9, item 2: a record that made the engine throw (then, an end date of +999999999-12-31)
   * ended the whole analysis. Now it is listed with the others that could not be decided.
   */
  @Test
  void a_record_that_breaks_the_rules_is_reported_and_the_others_are_still_decided(
      @TempDir Path work) throws IOException {
    // Rules that throw can only come from the class path: a folder's rule files must be shipped ones.
    Path rulesets = work.resolve("rulesets");
    RuleSetWorkbench.exportShipped(rulesets);
    Path version = rulesets.resolve("plie-dijon/2018.1");
    Path drl = version.resolve("entry/work-authorization.drl");
    Files.writeString(drl, Files.readString(drl) + """

        rule "TEST: breaks on one participant"
          @section("§I.C.1")
          @quote("Les participants PLIE doivent […] disposer d'une autorisation de travailler")
        when
          EntryApplication( participantId == "BOOM" )
        then
          throw new IllegalStateException("boom");
        end
        """);
    List<EntryApplication> cohort = cohort(3, 11);
    Path file = work.resolve("cohort.jsonl");
    Files.write(file, List.of(PlieJson.writeLine(cohort.get(0)),
        PlieJson.writeLine(EntryApplication.builder().from(cohort.get(1)).participantId("BOOM").build()),
        "{\"participantId\": \"X\", \"assessmentDate\": \"2018-03-01\"," // ambiguous
            + " \"birthDate\": \"1980-01-01\"}",
        PlieJson.writeLine(cohort.get(2))));

    ImpactReport report;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()}, null)) {
      report = ImpactAnalysis.run("2018.1", PlieRules.load().version("2018.1"), "breaking",
          PlieRules.loadFromClassPath(loader, "rulesets").version("2018.1"), file);
    }

    assertThat(report.records()).isEqualTo(2);
    assertThat(report.invalid()).hasSize(2);
    assertThat(report.invalid().get(0))
        .startsWith("cohort.jsonl:2 : n'a pas pu être décidé (erreur interne : ")
        .hasSizeLessThan(200);
    assertThat(report.invalid().get(1))
        .startsWith("cohort.jsonl:3 : (document): could be an entry application or an exit case");
  }

  @Test
  void the_same_rules_change_nothing() throws IOException {
    Path file = Files.createTempFile("cohort", ".jsonl");
    List<String> lines = new ArrayList<>();
    cohort(40, 7).forEach(a -> lines.add(PlieJson.writeLine(a)));
    Files.write(file, lines);

    ImpactReport report = ImpactAnalysis.run("2018", "2018", file);

    assertThat(report.records()).isEqualTo(40);
    assertThat(report.changed()).isEmpty();
  }
}
