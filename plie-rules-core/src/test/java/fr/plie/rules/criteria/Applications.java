package fr.plie.rules.criteria;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.Criterion;
import fr.plie.rules.model.CriterionAssessment;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.ImmutableEntryApplication;
import fr.plie.rules.model.InputProblem;
import fr.plie.rules.model.InvalidInputException;
import fr.plie.rules.model.RecordSchemas;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Test-scope builder: a fully eligible baseline application (every fact known) to vary one fact
 * at a time with the Immutables {@code withX(...)} methods, and the facade shared by the tests.
 */
public final class Applications {
  /** The day most tests assess on (the 2018.1 rule set is in force from 2018-01-01). */
  public static final LocalDate ASSESSED = LocalDate.of(2018, 3, 1);

  /** Dijon. */
  public static final String DIJON = "21231";

  private static PlieRules rules;

  private Applications() {}

  /**
   * One facade for the whole test JVM: loading compiles the rule set (seconds), deciding is
   * fast. {@code PlieRules} is documented immutable and thread-safe. Deterministic (fixed clock
   * and decision id), and every decision {@link #assess} returns is checked against its schema.
   */
  public static synchronized PlieRules rules() {
    if (rules == null) {
      rules = fr.plie.rules.TestRules.deterministic(PlieRules.load());
    }
    return rules;
  }

  /**
   * Lives in Dijon, may work, wants the pathway, insufficient qualification, out of work since
   * 2016-06-30 (20 months before {@link #ASSESSED}), no benefit, complex family situation; every
   * other difficulty known to be absent.
   */
  public static ImmutableEntryApplication eligible() {
    return EntryApplication.builder()
        .participantId("TEST-0001")
        .assessmentDate(ASSESSED)
        .birthDate(LocalDate.of(1980, 1, 15))
        .residenceInseeCode(DIJON)
        .workAuthorization(true)
        .wantsIntegratedPathway(true)
        .insufficientQualification(true)
        .lacksBasicSkills(false)
        .neverWorked(false)
        .lastProfessionalActivityEnd(LocalDate.of(2016, 6, 30))
        .registeredWithPoleEmploi(true)
        .minimaSociaux(List.of())
        .socioProfessionalOrientation(false)
        .complexFamilySituation(true)
        .mobilityProblems(false)
        .housingProblems(false)
        .healthOrDisabilityProblems(false)
        .followedByCapEmploi(false)
        .underJusticeMandate(false)
        .build();
  }

  /**
   * The baseline with the personal situation emptied (every personal difficulty known false), so
   * that a test can set exactly the difficulty it is about.
   */
  public static ImmutableEntryApplication eligibleButNoPersonalDifficulty() {
    return eligible().withComplexFamilySituation(false);
  }

  /**
   * The baseline with the labour-market facts emptied to a known "not met" state: qualification
   * sufficient, basic skills mastered, out of work for only two months, no benefit.
   */
  public static ImmutableEntryApplication eligibleButNoLabourMarketDifficulty() {
    return eligible()
        .withInsufficientQualification(false)
        .withLacksBasicSkills(false)
        .withLastProfessionalActivityEnd(ASSESSED.minusMonths(2));
  }

  public static EntryDecision assess(EntryApplication application) {
    EntryDecision decision = rules().assessEntry(application);
    if (fourDigitYears(application)) {
      // The schemas' dates are RFC 3339 full-dates (years 0000-9999). A few robustness tests go
      // beyond (LocalDate.MAX), which the model still accepts: bounding input dates is issue 9's.
      RecordSchemas.assertValid(decision);
    }
    return decision;
  }

  private static boolean fourDigitYears(EntryApplication a) {
    return java.util.stream.Stream.of(a.assessmentDate(), a.birthDate(), a.lastProfessionalActivityEnd())
        .allMatch(d -> d == null || (d.getYear() >= 0 && d.getYear() <= 9999));
  }

  public static CriterionAssessment assess(EntryApplication application, Criterion criterion) {
    return assess(application).criterion(criterion);
  }

  /** The InvalidInputException {@code call} throws (the test fails if it throws anything else). */
  public static InvalidInputException rejection(ThrowingCallable call) {
    Throwable thrown = Assertions.catchThrowable(call);
    Assertions.assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return (InvalidInputException) thrown;
  }

  /** The fields named by the problems of the InvalidInputException {@code call} throws. */
  public static List<String> rejectedFields(ThrowingCallable call) {
    return rejection(call).problems().stream().map(InputProblem::field).toList();
  }
}
