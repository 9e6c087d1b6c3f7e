package fr.plie.rules.criteria;

import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.ImmutableEntryApplication;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Valid entry applications drawn from a seeded {@link Random}, for the throughput benchmarks and
 * the {@code bench} command (no jqwik at run time): every fact sometimes missing, residences in and
 * out of the perimeter and retired codes, inactivity around one year (month ends and leap days
 * included), assessment dates across every shipped version's period.
 */
public final class EntryApplicationGenerator {
  private static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);
  /** Inside both versions, a code retired in 2019 (Crimolois), outside, Corsica. */
  private static final List<String> RESIDENCES = List.of("21231", "21617", "21213", "21166",
      "21515", "21452", "21408", "21462", "2A004");
  private static final List<List<String>> BENEFITS = List.of(List.of(), List.of("RSA"),
      List.of("ASS", "AAH"));

  private EntryApplicationGenerator() {}

  public static EntryApplication valid(Random r) {
    LocalDate assessed = FIRST_DAY.plusDays(r.nextInt(4 * 366));
    ImmutableEntryApplication.Builder b = EntryApplication.builder()
        .participantId("P-" + Integer.toString(r.nextInt(1 << 30), 36))
        .assessmentDate(assessed)
        .birthDate(r.nextInt(4) == 0 ? null : assessed.minusYears(16 + r.nextInt(55))
            .minusDays(r.nextInt(365)))
        .residenceInseeCode(r.nextInt(7) == 0 ? null : RESIDENCES.get(r.nextInt(RESIDENCES.size())))
        .workAuthorization(bool(r, 0.9))
        .wantsIntegratedPathway(bool(r, 0.9))
        .insufficientQualification(bool(r, 0.5))
        .lacksBasicSkills(bool(r, 0.5))
        .registeredWithPoleEmploi(bool(r, 0.5))
        .minimaSociaux(r.nextInt(4) == 0 ? null : BENEFITS.get(r.nextInt(BENEFITS.size())))
        .socioProfessionalOrientation(bool(r, 0.5))
        .complexFamilySituation(bool(r, 0.2))
        .mobilityProblems(bool(r, 0.2))
        .housingProblems(bool(r, 0.2))
        .healthOrDisabilityProblems(bool(r, 0.2))
        .followedByCapEmploi(bool(r, 0.2))
        .underJusticeMandate(bool(r, 0.2));
    int never = r.nextInt(4);
    if (never == 0) {
      b.neverWorked(true);
    } else {
      b.neverWorked(never == 1 ? null : Boolean.FALSE);
      if (r.nextInt(4) != 0) {
        // Around one year (month ends, leap days), well before, or still working.
        int days = switch (r.nextInt(3)) {
          case 0 -> 360 + r.nextInt(11);
          case 1 -> r.nextInt(1500);
          default -> -1 - r.nextInt(60);
        };
        b.lastProfessionalActivityEnd(assessed.minusDays(days));
      }
    }
    return b.build();
  }

  /** True with probability {@code p}, false otherwise, unknown (null) one time in six. */
  private static Boolean bool(Random r, double p) {
    if (r.nextInt(6) == 0) {
      return null;
    }
    return r.nextDouble() < p;
  }
}
