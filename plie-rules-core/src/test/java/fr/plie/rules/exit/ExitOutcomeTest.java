package fr.plie.rules.exit;

import static fr.plie.rules.exit.ExitFixtures.activity;
import static fr.plie.rules.exit.ExitFixtures.d;
import static fr.plie.rules.exit.ExitFixtures.decide;
import static fr.plie.rules.exit.ExitFixtures.exitCase;
import static fr.plie.rules.exit.ExitFixtures.job;
import static fr.plie.rules.exit.ExitFixtures.plain;
import static fr.plie.rules.model.ActivityType.CDD;
import static fr.plie.rules.model.ActivityType.CDI;
import static fr.plie.rules.model.ActivityType.CHANTIER_INSERTION;
import static fr.plie.rules.model.ActivityType.FORMATION_QUALIFIANTE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitOutcome;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.FiredRule;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.RouteAssessment;
import fr.plie.rules.model.RouteStatus;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExitOutcomeTest {

  @Test
  void positive_lists_every_acquired_route_and_takes_the_earliest_date() {
    ExitDecision decision = decide(exitCase("2018-12-31").addActivities(
        job(CDI, "2018-01-01", null, "35"),
        plain(FORMATION_QUALIFIANTE, "2018-03-05", "2018-04-30")).build());
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.POSITIVE);
    assertThat(decision.route(ExitRoute.CDI).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(decision.route(ExitRoute.FORMATION_QUALIFIANTE).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(decision.positiveExitDate()).isEqualTo(d("2018-03-05"));
    assertThat(decision.projectedPositiveExitDate()).isNull();
    assertThat(decision.missingFacts()).isEmpty();
  }

  @Test
  void positive_wins_over_a_pending_commission() {
    ExitDecision decision = decide(exitCase("2018-12-31").birthDate(d("1958-01-01")).addActivities(
        plain(CHANTIER_INSERTION, "2018-01-01", "2018-12-31"),
        plain(FORMATION_QUALIFIANTE, "2018-11-05", null)).build());
    assertThat(decision.route(ExitRoute.SENIOR_CHANTIER_INSERTION).status())
        .isEqualTo(RouteStatus.PENDING_COMMISSION);
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.POSITIVE);
    assertThat(decision.missingFacts()).isEmpty();
  }

  @Test
  void a_pending_commission_wins_over_a_route_in_progress() {
    ExitDecision decision = decide(exitCase("2018-12-31").birthDate(d("1958-01-01")).addActivities(
        plain(CHANTIER_INSERTION, "2018-01-01", "2018-12-31"),
        job(CDI, "2019-01-07", null, "35")).build());
    assertThat(decision.route(ExitRoute.CDI).status()).isEqualTo(RouteStatus.IN_PROGRESS);
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.PENDING_COMMISSION);
    // A certain projection is never hidden, not even by a pending commission.
    assertThat(decision.projectedPositiveExitDate()).isEqualTo(d("2019-07-06"));
    assertThat(decision.missingFacts()).containsExactly("commissionDecision");
  }

  @Test
  void in_progress_wins_over_missing_facts_and_still_lists_them() {
    ExitDecision decision = decide(exitCase("2018-12-31").addActivities(
        activity(CDD, "2018-01-01", "2018-08-31").weeklyHours(new BigDecimal("12")).build(),
        job(CDI, "2018-10-01", null, "35")).build());
    assertThat(decision.route(ExitRoute.CDD).status()).isEqualTo(RouteStatus.UNKNOWN);
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.IN_PROGRESS);
    assertThat(decision.projectedPositiveExitDate()).isEqualTo(d("2019-03-31"));
    assertThat(decision.missingFacts()).containsExactly("activities[0].participantAgreedToFewerHours");
  }

  @Test
  void undetermined_lists_the_facts_that_would_settle_it() {
    ExitDecision decision = decide(exitCase("2018-12-31").addActivities(
        activity(CDI, "2018-01-01", null).build(),
        plain(CHANTIER_INSERTION, "2018-01-01", null)).build());
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.UNDETERMINED);
    assertThat(decision.missingFacts()).containsExactly("activities[0].weeklyHours",
        "activities[0].participantAgreedToFewerHours", "birthDate", "commissionDecision");
    assertThat(decision.explanation()).contains("Pour conclure, renseigner");
  }

  @Test
  void no_activity_is_not_positive_and_every_route_says_why() {
    ExitDecision decision = decide(exitCase("2018-12-31").build());
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
    assertThat(decision.routes()).extracting(RouteAssessment::status).containsOnly(RouteStatus.NOT_MET);
    assertThat(decision.missingFacts()).isEmpty();
    assertThat(decision.positiveExitDate()).isNull();
  }

  @Test
  void every_route_appears_once_in_order_citing_the_seed_verbatim() throws IOException {
    ExitDecision decision = decide(exitCase("2018-12-31").addActivities(
        job(CDI, "2018-01-01", null, "35")).build());
    assertThat(decision.routes()).extracting(RouteAssessment::route)
        .containsExactly(ExitRoute.values());
    // outcome.drl opens with the whole of §I.C.2, copied from the seed.
    String seed = normalized(resource("rulesets/" + ExitFixtures.exitFile(decision, "outcome.drl")));
    for (RouteAssessment route : decision.routes()) {
      assertThat(route.citation().section()).isEqualTo("§I.C.2");
      assertThat(route.citation().source()).startsWith("Appel à projets PLIE Dijon 2018");
      assertThat(seed).contains(normalized(route.citation().text()));
      assertThat(route.reason()).isNotBlank();
      assertThat(route.rules()).isNotEmpty();
    }
  }

  @Test
  void fired_rules_come_from_the_engine_in_the_exit_files() throws IOException {
    ExitDecision decision = decide(exitCase("2018-12-31").addActivities(
        job(CDI, "2018-01-01", null, "35")).build());
    assertThat(decision.firedRules()).isNotEmpty();
    String parameters = ExitFixtures.tablePath(decision, "parameters");
    String exitRoutes = ExitFixtures.tablePath(decision, "exitRoutes");
    for (FiredRule rule : decision.firedRules()) {
      if (rule.file().endsWith("parameters.drl.xlsx")) {
        // A row of the parameter table in force that day: it cites its own reference column.
        assertThat(rule.file()).isEqualTo(parameters);
        assertThat(rule.name()).matches("Paramètres_\\d+");
        assertThat(rule.section()).containsAnyOf("AAP PLIE Dijon 2018", "Convention (docs/interpretations.md");
        continue;
      }
      if (rule.file().endsWith(".drl.xlsx")) {
        // A row of the exit-route table in force that day: it quotes §I.C.2 in its reference column.
        assertThat(rule.file()).isEqualTo(exitRoutes);
        assertThat(rule.name()).matches("Voies de sortie_\\d+");
        // (« §I.C.2 : » in the French references of the analysts' layout)
        assertThat(rule.section()).containsPattern("^AAP PLIE Dijon 2018 §I\\.C\\.2 ?: « ");
        continue;
      }
      assertThat(ExitFixtures.exitFiles(decision)).contains(rule.file());
      assertThat(rule.section()).isEqualTo("§I.C.2");
      assertThat(resource("rulesets/" + rule.file())).contains("rule \"" + rule.name() + "\"");
    }
    // The exit parameters only: entry.inactivity.months is not in the exit knowledge base.
    assertThat(decision.firedRules()).filteredOn(r -> r.name().startsWith("Paramètres_"))
        .as("every exit parameter row in force fires, and only those")
        .hasSize(ExitFixtures.rowsInForce(decision, "parameters", "exit."));
    assertThat(decision.firedRules()).filteredOn(r -> r.name().startsWith("Voies de sortie_"))
        .as("every exit-route row in force fires")
        .hasSize(ExitFixtures.rowsInForce(decision, "exitRoutes"));
    List<String> fired = decision.firedRules().stream().map(FiredRule::name).toList();
    for (RouteAssessment route : decision.routes()) {
      assertThat(fired).containsAll(route.rules());
    }
    assertThat(fired).last().isEqualTo("OUTCOME: POSITIVE, a route is acquired");
  }

  @Test
  void every_route_cites_the_row_of_the_exit_route_table_it_applied() {
    ExitDecision decision = decide(exitCase("2018-12-31").addActivities(
        activity(CDD, "2018-01-01", "2018-08-31").weeklyHours(new BigDecimal("35")).build()).build());
    RouteAssessment cdd = decision.routes().stream().filter(r -> r.route() == ExitRoute.CDD)
        .findFirst().orElseThrow();
    assertThat(cdd.status()).isEqualTo(RouteStatus.ACQUIRED);
    // The route's row, and the parameter row of the convention its cumulation applied.
    assertThat(cdd.tableRows()).containsExactly(
        "table « Voies de sortie », ligne 13 : voie CDD, type CDD : 6 mois au moins dans 12 mois glissants",
        "exit.cumulation.convention = workedDays convention (table « Paramètres », ligne 14)");
    assertThat(cdd.reason()).contains("font au moins 6 mois de travail dans une période de 12 mois consécutifs");
    assertThat(decision.explanation()).contains("[table « Voies de sortie », ligne 13 : voie CDD");
    for (RouteAssessment route : decision.routes()) {
      assertThat(route.tableRows()).as(route.route().name()).first().asString()
          .startsWith("table « Voies de sortie », ligne ")
          .contains("voie " + route.route().name() + ", type ");
      assertThat(route.tableRows()).as(route.route().name()).hasSize(switch (route.route()) {
        case CDD, INTERIM, SENIOR_CHANTIER_INSERTION -> 2;
        default -> 1;
      });
    }
    assertThat(decision.route(ExitRoute.INTERIM).tableRows()).last().asString()
        .contains("exit.cumulation.convention = workedDays");
    assertThat(decision.route(ExitRoute.SENIOR_CHANTIER_INSERTION).tableRows()).last().asString()
        .containsPattern("exit\\.chantier\\.renewalGapDays = 0 (days|jours) ");
    assertThat(decision.routes()).filteredOn(r -> r.route() == ExitRoute.FORMATION_QUALIFIANTE)
        .singleElement().extracting(r -> r.tableRows().get(0)).asString()
        .endsWith("voie FORMATION_QUALIFIANTE, type FORMATION_QUALIFIANTE : sans durée minimale");
    assertThat(PlieJson.write(decision)).contains("\"tableRows\"");
  }

  @Test
  void the_decision_survives_a_json_round_trip_and_embeds_the_case() {
    ExitDecision decision = decide(exitCase("2018-12-31").birthDate(d("1960-05-05")).addActivities(
        activity(CDD, "2018-01-01", "2018-08-31").weeklyHours(new BigDecimal("17.4")).build(),
        job(CDI, "2018-10-01", null, "35")).build());
    ExitDecision back = PlieJson.readExitDecision(PlieJson.write(decision));
    assertThat(back).isEqualTo(decision);
    assertThat(back.exitCase().activities()).hasSize(2);
  }

  @Test
  void the_explanation_is_french_route_by_route() {
    ExitDecision decision = decide(exitCase("2018-12-31").addActivities(
        job(CDI, "2018-01-01", null, "35")).build());
    assertThat(decision.explanation())
        .startsWith("Sortie du PLIE : TEST-1, évaluée au 2018-12-31 : SORTIE POSITIVE au 2018-06-30.")
        .contains("Règles appliquées : plie-dijon version 2018.1")
        .contains("- CDI d'au moins un mi-temps (§I.C.2) : Acquise le 2018-06-30")
        .contains("- Senior en chantier d'insertion (§I.C.2) : Non remplie");
  }

  static String resource(String path) throws IOException {
    try (InputStream in = ExitOutcomeTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Drops the comment stars and joins lines, so that a quote matches across a wrapped comment. */
  static String normalized(String text) {
    return String.join(" ", Arrays.stream(text.split("\n"))
        .map(line -> line.replaceFirst("^\\s*\\*?\\s*", ""))
        .toList()).replaceAll("\\s+", " ");
  }
}
