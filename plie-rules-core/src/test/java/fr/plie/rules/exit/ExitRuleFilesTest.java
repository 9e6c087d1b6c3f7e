package fr.plie.rules.exit;

import static fr.plie.rules.exit.ExitOutcomeTest.normalized;
import static fr.plie.rules.exit.ExitOutcomeTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.internal.RuleSetRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The project's conventions for rule files, checked on every exit DRL of every shipped revision. */
class ExitRuleFilesTest {
  private static final Pattern RULE = Pattern.compile("(?s)\\nrule \"([^\"]+)\"(.*?)\\nwhen");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w$.\\[])\\d+(\\.\\d+)?(?![\\w\\]])");

  /** What each exit rule file quotes from the seed, by file name. */
  private static final Map<String, String> SEED = Map.of(
      "cdi.drl", "Emploi en CDI mi-temps minimum (ou moins sur accord du participant) au terme de 6 mois de présence en entreprise,",
      "interim.drl", "Intérim régulier cumulant au moins 6 mois dans les 12 mois,",
      "cdd.drl", "CDD unique ou successifs au terme de 6 mois dans les 12 mois à temps plein ou partiel (si temps de travail est inférieur à 17H50 avec l'accord du participant),",
      "formation-qualifiante.drl", "Formation qualifiante,",
      "creation-entreprise.drl", "Création ou reprise d'activité, suivi de 6 mois post création.",
      "contrat-aide.drl", "Contrats aidés de plus de 6 mois hors chantiers d'insertion.",
      "senior-chantier-insertion.drl", "Les seniors de 55 ans et plus, en contrat au sein d'un chantier d'insertion pourront également être comptabilisés dans les sorties positives, au terme de 6 mois dans l'emploi après validation, au cas par cas, de la commission de validation des entrées-sorties du PLIE.",
      "outcome.drl", "2. Les critères de sorties positives",
      "pathway.drl", "souhaiter s'inscrire dans un parcours intégré d'accès à l'emploi");

  /** Every exit rule file of every shipped version and revision, relative to {@code rulesets/}. */
  static Stream<String> exitFiles() {
    return RuleSetRegistry.shipped().versions().stream()
        .flatMap(v -> v.resourcePaths().stream())
        .filter(p -> p.contains("/exit/") && p.endsWith(".drl"))
        .distinct();
  }

  @ParameterizedTest
  @MethodSource("exitFiles")
  void the_file_opens_with_its_seed_paragraph_and_every_rule_cites_the_section(String path)
      throws IOException {
    String file = path.substring(path.lastIndexOf('/') + 1);
    String seedParagraph = SEED.get(file);
    assertThat(seedParagraph).as("the seed paragraph of " + file).isNotNull();
    String drl = resource("rulesets/" + path);
    String header = drl.substring(0, drl.indexOf("*/"));
    assertThat(drl).startsWith("/*\n * Appel à projets PLIE Dijon 2018, §I.C.2");
    assertThat(normalized(header)).contains(seedParagraph);
    Matcher rules = RULE.matcher(drl);
    int count = 0;
    while (rules.find()) {
      count++;
      assertThat(rules.group(2)).as(rules.group(1)).contains("@section(\"§I.C.2\")");
    }
    assertThat(count).isPositive();
  }

  @ParameterizedTest
  @MethodSource("exitFiles")
  void no_threshold_is_written_as_a_number_in_the_rules(String path) throws IOException {
    String code = resource("rulesets/" + path)
        .replaceAll("(?s)/\\*.*?\\*/", "")
        .replaceAll("//[^\\n]*", "")
        .replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
    List<String> numbers = new ArrayList<>();
    Matcher m = NUMBER.matcher(code);
    while (m.find()) {
      if (!m.group().equals("0")) {
        numbers.add(m.group());
      }
    }
    // Only comparisons with 0 may appear; thresholds and durations come from the tables
    // (parameters.drl.xlsx, exit-routes.drl.xlsx).
    assertThat(numbers).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("exitFiles")
  void no_reason_states_a_duration_or_an_age_that_the_tables_could_contradict(String path)
      throws IOException {
    // The seed's words stay verbatim in comments and @quote; the reasons a decision gives take
    // their numbers from the tables.
    String code = resource("rulesets/" + path)
        .replaceAll("(?s)/\\*.*?\\*/", "")
        .replaceAll("//[^\\n]*", "")
        .replaceAll("@quote\\(\"[^\"]*\"\\)", "");
    List<String> literals = new ArrayList<>();
    Matcher m = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"").matcher(code);
    while (m.find()) {
      if (m.group().matches("(?s).*\\d+\\s*(mois|ans|h\\b).*")) {
        literals.add(m.group());
      }
    }
    assertThat(literals).isEmpty();
  }
}
