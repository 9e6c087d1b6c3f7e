package fr.plie.rules.exit;

import static fr.plie.rules.exit.ExitOutcomeTest.normalized;
import static fr.plie.rules.exit.ExitOutcomeTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The project's conventions for rule files, checked on every exit DRL. */
class ExitRuleFilesTest {
  private static final Pattern RULE = Pattern.compile("(?s)\\nrule \"([^\"]+)\"(.*?)\\nwhen");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w$.\\[])\\d+(\\.\\d+)?(?![\\w\\]])");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "cdi.drl | Emploi en CDI mi-temps minimum (ou moins sur accord du participant) au terme de 6 mois de présence en entreprise,",
      "interim.drl | Intérim régulier cumulant au moins 6 mois dans les 12 mois,",
      "cdd.drl | CDD unique ou successifs au terme de 6 mois dans les 12 mois à temps plein ou partiel (si temps de travail est inférieur à 17H50 avec l'accord du participant),",
      "formation-qualifiante.drl | Formation qualifiante,",
      "creation-entreprise.drl | Création ou reprise d'activité, suivi de 6 mois post création.",
      "contrat-aide.drl | Contrats aidés de plus de 6 mois hors chantiers d'insertion.",
      "senior-chantier-insertion.drl | Les seniors de 55 ans et plus, en contrat au sein d'un chantier d'insertion pourront également être comptabilisés dans les sorties positives, au terme de 6 mois dans l'emploi après validation, au cas par cas, de la commission de validation des entrées-sorties du PLIE.",
      "outcome.drl | 2. Les critères de sorties positives"
  })
  void the_file_opens_with_its_seed_paragraph_and_every_rule_cites_the_section(String file,
      String seedParagraph) throws IOException {
    String drl = resource("rulesets/plie-dijon/2018.1/exit/" + file);
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
  @CsvSource({"cdi.drl", "interim.drl", "cdd.drl", "formation-qualifiante.drl",
      "creation-entreprise.drl", "contrat-aide.drl", "senior-chantier-insertion.drl", "outcome.drl"})
  void no_threshold_is_written_as_a_number_in_the_rules(String file) throws IOException {
    String code = resource("rulesets/plie-dijon/2018.1/exit/" + file)
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
  @CsvSource({"cdi.drl", "interim.drl", "cdd.drl", "formation-qualifiante.drl",
      "creation-entreprise.drl", "contrat-aide.drl", "senior-chantier-insertion.drl", "outcome.drl"})
  void no_reason_states_a_duration_or_an_age_that_the_tables_could_contradict(String file)
      throws IOException {
    // The seed's words stay verbatim in comments and @quote; the reasons a decision gives take
    // their numbers from the tables.
    String code = resource("rulesets/plie-dijon/2018.1/exit/" + file)
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
