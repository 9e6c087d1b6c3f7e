package fr.plie.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.plie.rules.api.RuleSetWorkbench;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plie-rules scenarios accept}: after a reviewed change (the CDD route lowered to 4
 * months), the scenarios that now decide otherwise are shown first; only with {@code --yes} is
 * {@code scenarios.json} rewritten, keeping the order, the names, the inputs and every other field.
 */
class ScenariosAcceptTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FOUR_MONTHS =
      "CDD à temps plein de 4 mois : pas de sortie positive (6 mois requis dans 12 mois)";
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PlieRulesCli cli;
  @TempDir Path rulesets;
  private Path version;
  private Path scenarios;

  @BeforeEach
  void editTheCddDuration() {
    cli = new PlieRulesCli(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    RuleSetWorkbench.exportShipped(rulesets);
    // The version that decides 2018 today, and the route table it reads.
    version = rulesets.resolve("plie-dijon/2018.1-r2");
    scenarios = version.resolve("scenarios.json");
    Path routes = rulesets.resolve("plie-dijon/2018.1/tables/exit-routes.drl.xlsx");
    int row = RuleSetWorkbench.tableAsMarkdown(routes).lines()
        .filter(l -> l.startsWith("| ") && l.contains(" | CDD | CDD | "))
        .map(l -> Integer.parseInt(l.split("\\|")[1].trim())).findFirst().orElseThrow();
    assertThat(RuleSetWorkbench.setCell(routes, row, "Durée minimale (mois)", "4")).isEqualTo("6");
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return cli.run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void without_yes_the_differences_are_shown_nothing_is_written_and_the_exit_code_says_so()
      throws IOException {
    byte[] before = Files.readAllBytes(scenarios);

    assertThat(run("scenarios", "accept", version.toString())).isEqualTo(PlieRulesCli.CHECK_FAILED);

    assertThat(out()).contains("décident autrement que prévu")
        .contains("- « " + FOUR_MONTHS + " »")
        .contains("outcome : attendu NOT_POSITIVE, décidé maintenant POSITIVE")
        .contains("CDD : attendu NOT_MET, décidé maintenant ACQUIRED")
        .contains("Rien n'a été écrit. Après relecture, relancez avec --yes");
    assertThat(Files.readAllBytes(scenarios)).isEqualTo(before);
  }

  @Test
  void with_yes_the_new_expectations_are_written_in_place_and_everything_else_is_kept()
      throws IOException {
    JsonNode before = JSON.readTree(scenarios.toFile());

    assertThat(run("scenarios", "accept", version.toString(), "--yes")).isZero();

    assertThat(out()).contains("- « " + FOUR_MONTHS + " »")
        .contains("outcome : attendu NOT_POSITIVE, décidé maintenant POSITIVE")
        .contains("scenarios.json mis à jour");
    JsonNode after = JSON.readTree(scenarios.toFile());
    assertThat(after.get("comment")).isEqualTo(before.get("comment"));
    assertThat(names(after)).isEqualTo(names(before));
    List<String> changed = new ArrayList<>();
    for (int i = 0; i < before.get("scenarios").size(); i++) {
      JsonNode was = before.get("scenarios").get(i);
      JsonNode now = after.get("scenarios").get(i);
      // Inputs and names never change; only an expectation may.
      assertThat(withoutExpect(now)).isEqualTo(withoutExpect(was));
      if (!now.get("expect").equals(was.get("expect"))) {
        changed.add(now.get("name").asText());
        // The same fields, in the same order and shape.
        assertThat(names(now.get("expect"), true)).isSubsetOf(names(was.get("expect"), true));
      }
    }
    assertThat(changed).contains(FOUR_MONTHS).allMatch(name -> name.contains("CDD"));
    JsonNode four = after.get("scenarios").get(names(after).indexOf(FOUR_MONTHS)).get("expect");
    assertThat(four.get("outcome").asText()).isEqualTo("POSITIVE");
    assertThat(four.get("routes").get("CDD").asText()).isEqualTo("ACQUIRED");

    // The file now says what the edited rules decide: check passes, a second accept has nothing.
    assertThat(RuleSetWorkbench.check(version).scenarios()).allMatch(s -> s.passed());
    assertThat(run("scenarios", "accept", version.toString())).isZero();
    assertThat(out()).contains("décident comme prévu ; rien à mettre à jour");
  }

  @Test
  void a_folder_that_is_not_a_version_is_refused_in_french() {
    assertThat(run("scenarios", "accept", rulesets.resolve("nowhere").toString()))
        .isEqualTo(PlieRulesCli.INVALID);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("dossier introuvable");
    assertThat(run("scenarios", "accept", rulesets.toString())).isEqualTo(PlieRulesCli.INVALID);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("pas de ruleset.json");
  }

  private static JsonNode withoutExpect(JsonNode scenario) {
    com.fasterxml.jackson.databind.node.ObjectNode copy = scenario.deepCopy();
    copy.remove("expect");
    return copy;
  }

  private static List<String> names(JsonNode root) {
    List<String> names = new ArrayList<>();
    root.get("scenarios").forEach(s -> names.add(s.get("name").asText()));
    return names;
  }

  private static List<String> names(JsonNode object, boolean fields) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
