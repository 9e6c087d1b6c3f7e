package fr.plie.rules.exit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.model.Activity;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitOutcome;
import fr.plie.rules.model.InvalidInputException;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.RouteAssessment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ExitProperties {
  @Provide
  Arbitrary<ExitCase> cases() {
    return Arbitraries.randomValue(ExitCaseGenerator::valid);
  }

  @Provide
  Arbitrary<Random> randoms() {
    return Arbitraries.randomValue(r -> new Random(r.nextLong()));
  }

  /** What a decision says, without the activity indexes (which a reordering changes). */
  private static List<Object> meaning(ExitDecision d) {
    List<Object> out = new ArrayList<>(List.of(d.outcome()));
    out.add(String.valueOf(d.positiveExitDate()));
    out.add(String.valueOf(d.projectedPositiveExitDate()));
    for (RouteAssessment r : d.routes()) {
      out.add(r.route() + " " + r.status() + " " + r.date());
    }
    return out;
  }

  @Property(tries = 150)
  void the_order_of_activities_never_changes_the_decision(@ForAll("cases") ExitCase c,
      @ForAll("randoms") Random random) {
    List<Activity> shuffled = new ArrayList<>(c.activities());
    Collections.shuffle(shuffled, random);
    ExitDecision original = ExitFixtures.decide(c);
    ExitDecision reordered = ExitFixtures.decide(ExitCase.builder().from(c).activities(shuffled).build());
    assertThat(meaning(reordered)).isEqualTo(meaning(original));
  }

  @Property(tries = 150)
  void lengthening_an_activity_never_turns_positive_into_anything_else(
      @ForAll("cases") ExitCase c, @ForAll("randoms") Random random,
      @ForAll @IntRange(min = 1, max = 400) int days) {
    ExitDecision original = ExitFixtures.decide(c);
    if (original.outcome() != ExitOutcome.POSITIVE) {
      return;
    }
    List<Activity> longer = new ArrayList<>(c.activities());
    int i = random.nextInt(longer.size());
    Activity a = longer.get(i);
    // Half the time the activity no longer ends at all.
    longer.set(i, Activity.builder().from(a)
        .end(a.end() == null || random.nextBoolean() ? null : a.end().plusDays(days)).build());
    ExitDecision lengthened = ExitFixtures.decide(ExitCase.builder().from(c).activities(longer).build());
    assertThat(lengthened.outcome()).isEqualTo(ExitOutcome.POSITIVE);
    assertThat(lengthened.positiveExitDate()).isBeforeOrEqualTo(original.positiveExitDate());
  }

  @Property(tries = 150)
  void removing_the_agreement_never_turns_not_positive_into_positive(@ForAll("cases") ExitCase c,
      @ForAll("randoms") Random random) {
    List<Activity> without = new ArrayList<>();
    for (Activity a : c.activities()) {
      boolean agreed = Boolean.TRUE.equals(a.participantAgreedToFewerHours());
      without.add(agreed && random.nextInt(3) > 0
          ? Activity.builder().from(a).participantAgreedToFewerHours(random.nextBoolean() ? null : false).build()
          : a);
    }
    ExitDecision withAgreement = ExitFixtures.decide(c);
    ExitDecision withoutAgreement = ExitFixtures.decide(ExitCase.builder().from(c).activities(without).build());
    if (withAgreement.outcome() == ExitOutcome.NOT_POSITIVE) {
      assertThat(withoutAgreement.outcome()).isNotEqualTo(ExitOutcome.POSITIVE);
    }
    if (withoutAgreement.outcome() == ExitOutcome.POSITIVE) {
      assertThat(withAgreement.outcome()).isEqualTo(ExitOutcome.POSITIVE);
    }
  }

  @Property(tries = 100)
  void the_decision_survives_a_json_round_trip(@ForAll("cases") ExitCase c) {
    ExitDecision decision = ExitFixtures.decide(c);
    assertThat(PlieJson.readExitDecision(PlieJson.write(decision))).isEqualTo(decision);
    assertThat(PlieJson.readExitCase(PlieJson.write(c))).isEqualTo(c);
  }

  @Property(tries = 200)
  void any_generated_case_yields_a_decision_or_an_invalid_input_exception(
      @ForAll("randoms") Random random) {
    try {
      ExitCase c = ExitCaseGenerator.possiblyInvalid(random);
      ExitDecision decision = ExitFixtures.decide(c);
      assertThat(decision.routes()).hasSize(7);
    } catch (InvalidInputException e) {
      assertThat(e.problems()).isNotEmpty()
          .allSatisfy(p -> assertThat(p.field()).matches("[a-zA-Z]+(\\[\\d+])?(\\.[a-zA-Z]+)?"));
    }
  }
}
