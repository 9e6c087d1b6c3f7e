package fr.plie.rules.criteria;

import fr.plie.rules.internal.CompiledRuleSet;
import fr.plie.rules.internal.RuleSetRegistry;
import fr.plie.rules.internal.TableSchemas;
import fr.plie.rules.model.Criterion;
import fr.plie.rules.model.CriterionStatus;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.EntryOutcome;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An independent, plain-Java reading of the entry criteria of §I.C.1 as the DRL files and
 * docs/interpretations.md state them, written without the production helpers (no Kleene, no
 * Verdicts, no Drools), to check the rules on generated applications and to be the baseline of the
 * throughput benchmarks. Three-valued: {@code null} is "unknown".
 *
 * <p>Its data (the communes of the perimeter, the retired codes read as their successor, the
 * inactivity threshold) come from the tables of the version it compares against, rows in force on
 * the assessment date ({@link Tables}).
 */
public final class ReferenceEntryCriteria {
  /**
   * The tables of one version on one day.
   *
   * @param inactivityMonths entry.inactivity.months, null when no row is in force
   */
  public record Tables(Set<String> perimeter, Map<String, String> successorOfRetired,
      Integer inactivityMonths) {
    private static final RuleSetRegistry SHIPPED = RuleSetRegistry.shipped();
    private static final Map<String, Tables> CACHE = new ConcurrentHashMap<>();

    /** The shipped version's current revision in force on {@code day}. */
    public static Tables inForce(LocalDate day) {
      CompiledRuleSet ruleSet = SHIPPED.versions().stream()
          .filter(v -> SHIPPED.current(v) && SHIPPED.inForce(v, day))
          .findFirst().orElseThrow(() -> new IllegalArgumentException("no version on " + day));
      return of(ruleSet, day);
    }

    /** {@code ruleSet}'s tables, rows in force on {@code day}. */
    public static Tables of(CompiledRuleSet ruleSet, LocalDate day) {
      return CACHE.computeIfAbsent(ruleSet.reference().fingerprint() + " " + day, key -> {
        Set<String> perimeter = new HashSet<>();
        for (Map<String, Object> row : rows(ruleSet, "communes")) {
          if (inForce(row, "Valide du", "Valide jusqu'au", day)) {
            perimeter.add(String.valueOf(row.get("Code INSEE")));
          }
        }
        Map<String, String> successors = new HashMap<>();
        for (Map<String, Object> row : rows(ruleSet, "retiredCommunes")) {
          if (inForce(row, "Retiré le", null, day)) {
            successors.put(String.valueOf(row.get("Code INSEE retiré")),
                String.valueOf(row.get("Code INSEE successeur")));
          }
        }
        Integer months = rows(ruleSet, "parameters").stream()
            .filter(row -> "entry.inactivity.months".equals(String.valueOf(row.get("Nom"))))
            .filter(row -> inForce(row, "Valide du", "Valide jusqu'au", day))
            .map(row -> Integer.parseInt(String.valueOf(row.get("Valeur"))))
            .findFirst().orElse(null);
        return new Tables(Set.copyOf(perimeter), Map.copyOf(successors), months);
      });
    }

    private static List<Map<String, Object>> rows(CompiledRuleSet ruleSet, String table) {
      if (!ruleSet.tablePaths().containsKey(table)) {
        return List.of();
      }
      return ruleSet.tableLines(table).stream().map(TableSchemas.CheckedLine::values).toList();
    }

    private static boolean inForce(Map<String, Object> row, String from, String to, LocalDate day) {
      LocalDate start = (LocalDate) row.get(from);
      LocalDate end = to == null ? null : (LocalDate) row.get(to);
      return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }
  }

  /** The outcome and each criterion's status. */
  public record Decision(EntryOutcome outcome, Map<Criterion, CriterionStatus> criteria) {}

  private ReferenceEntryCriteria() {}

  /** Decided with the tables of the shipped version in force on the assessment date. */
  public static Decision decide(EntryApplication a) {
    return decide(a, Tables.inForce(a.assessmentDate()));
  }

  public static Decision decide(EntryApplication a, Tables t) {
    Map<Criterion, CriterionStatus> criteria = new EnumMap<>(Criterion.class);
    criteria.put(Criterion.TERRITORY, status(territory(a, t)));
    criteria.put(Criterion.WORK_AUTHORIZATION, status(a.workAuthorization()));
    criteria.put(Criterion.PATHWAY_CONSENT, status(a.wantsIntegratedPathway()));
    criteria.put(Criterion.LABOUR_MARKET, status(and(
        or(a.insufficientQualification(), a.lacksBasicSkills()),
        or(longInactivity(a, t), and(receivesMinima(a), a.socioProfessionalOrientation())))));
    criteria.put(Criterion.PERSONAL_SITUATION, status(or(a.complexFamilySituation(),
        a.mobilityProblems(), a.housingProblems(),
        and(a.healthOrDisabilityProblems(), not(a.followedByCapEmploi())),
        a.underJusticeMandate())));
    EntryOutcome outcome;
    if (criteria.containsValue(CriterionStatus.NOT_MET)) {
      outcome = EntryOutcome.NOT_ELIGIBLE;
    } else if (criteria.containsValue(CriterionStatus.UNKNOWN)) {
      outcome = EntryOutcome.UNDETERMINED;
    } else {
      outcome = EntryOutcome.ELIGIBLE;
    }
    return new Decision(outcome, criteria);
  }

  /** By INSEE code; a retired code counts as its successor's from the day it was retired. */
  private static Boolean territory(EntryApplication a, Tables t) {
    String code = a.residenceInseeCode();
    if (code == null) {
      return null;
    }
    if (t.perimeter().contains(code)) {
      return true;
    }
    String successor = t.successorOfRetired().get(code);
    return successor != null && t.perimeter().contains(successor);
  }

  /** "Plus d'une année": the end date plus the months is strictly before the assessment date. */
  private static Boolean longInactivity(EntryApplication a, Tables t) {
    if (Boolean.TRUE.equals(a.neverWorked())) {
      return true;
    }
    LocalDate end = a.lastProfessionalActivityEnd();
    if (end == null || t.inactivityMonths() == null) {
      return null;
    }
    if (end.isAfter(LocalDate.MAX.minusMonths(t.inactivityMonths()))) {
      return false;
    }
    return end.plusMonths(t.inactivityMonths()).isBefore(a.assessmentDate());
  }

  private static Boolean receivesMinima(EntryApplication a) {
    return a.minimaSociaux() == null ? null : !a.minimaSociaux().isEmpty();
  }

  private static CriterionStatus status(Boolean value) {
    return value == null ? CriterionStatus.UNKNOWN
        : value ? CriterionStatus.MET : CriterionStatus.NOT_MET;
  }

  private static Boolean not(Boolean value) {
    return value == null ? null : !value;
  }

  private static Boolean and(Boolean... values) {
    boolean unknown = false;
    for (Boolean v : values) {
      if (Boolean.FALSE.equals(v)) {
        return false;
      }
      unknown |= v == null;
    }
    return unknown ? null : true;
  }

  private static Boolean or(Boolean... values) {
    boolean unknown = false;
    for (Boolean v : values) {
      if (Boolean.TRUE.equals(v)) {
        return true;
      }
      unknown |= v == null;
    }
    return unknown ? null : false;
  }
}
