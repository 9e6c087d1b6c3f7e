package fr.plie.rules.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * What is known of a person applying to enter the PLIE on an assessment date. Every fact but the
 * identifier and the assessment date may be absent (null), which means <em>unknown</em>.
 *
 * <p>The JSON field names are the contract with other PLIE systems; see the JSON Schema
 * {@code fr/plie/rules/model/schemas/entry-application.schema.json} shipped in this jar.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEntryApplication.class)
@JsonDeserialize(as = ImmutableEntryApplication.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "participantId", "assessmentDate", "birthDate", "residenceInseeCode", "workAuthorization",
  "wantsIntegratedPathway", "insufficientQualification", "lacksBasicSkills", "neverWorked",
  "lastProfessionalActivityEnd", "registeredWithPoleEmploi", "minimaSociaux",
  "socioProfessionalOrientation", "complexFamilySituation", "mobilityProblems", "housingProblems",
  "healthOrDisabilityProblems", "followedByCapEmploi", "underJusticeMandate"
})
public abstract class EntryApplication {
  private static final Pattern INSEE_CODE = Pattern.compile("[0-9]{5}|2[AB][0-9]{3}");

  public static ImmutableEntryApplication.Builder builder() {
    return ImmutableEntryApplication.builder();
  }

  /** The caller's identifier of the person; echoed in the decision. */
  public abstract String participantId();

  /** The day on which eligibility is assessed; it also selects the rule-set version in force. */
  public abstract LocalDate assessmentDate();

  /** Informative for entry (no age criterion in §I.C.1). */
  public abstract @Nullable LocalDate birthDate();

  /** INSEE code (code officiel géographique) of the commune of residence, not the postal code. */
  public abstract @Nullable String residenceInseeCode();

  public abstract @Nullable Boolean workAuthorization();

  public abstract @Nullable Boolean wantsIntegratedPathway();

  /** Qualification or skills insufficient or unsuited to the labour market. */
  public abstract @Nullable Boolean insufficientQualification();

  /** Does not master the basic skills ("compétences de base"). */
  public abstract @Nullable Boolean lacksBasicSkills();

  public abstract @Nullable Boolean neverWorked();

  /** Last day (inclusive) of the last professional activity. */
  public abstract @Nullable LocalDate lastProfessionalActivityEnd();

  /** Informative only: the text says "inscrites ou non comme demandeuses d'emploi". */
  public abstract @Nullable Boolean registeredWithPoleEmploi();

  /**
   * Codes of the minimum social benefits received, from the closed list {@link MinimaSociaux}
   * (RSA, ASS, AAH…); empty means none, null unknown.
   */
  // @AllowNulls: a null element must reach check() below, which names it (minimaSociaux[i]);
  // without it the generated builder threw a NullPointerException first, reported against
  // "(document)" with a Java class name (found by PlieJsonTest).
  @AllowNulls
  public abstract @Nullable List<@Nullable String> minimaSociaux();

  /** Has a socio-professional orientation (e.g. the RSA orientation towards employment support). */
  public abstract @Nullable Boolean socioProfessionalOrientation();

  /** E.g. a single parent with dependent children. */
  public abstract @Nullable Boolean complexFamilySituation();

  public abstract @Nullable Boolean mobilityProblems();

  public abstract @Nullable Boolean housingProblems();

  public abstract @Nullable Boolean healthOrDisabilityProblems();

  /** Followed by Cap Emploi (the employment service for disabled people). */
  public abstract @Nullable Boolean followedByCapEmploi();

  public abstract @Nullable Boolean underJusticeMandate();

  /**
   * Rejects inputs no decision could honestly be taken on; every problem names its field and says
   * what is wrong, never the value (messages end up in logs; values may be special-category data).
   */
  @Value.Check
  protected void check() {
    List<InputProblem> problems = new ArrayList<>();
    if (participantId().isBlank()) {
      problems.add(new InputProblem("participantId", "must not be blank"));
    }
    String code = residenceInseeCode();
    if (code != null && !INSEE_CODE.matcher(code).matches()) {
      problems.add(new InputProblem("residenceInseeCode",
          "is not an INSEE commune code (5 characters, such as 21231 for Dijon;"
              + " a postal code cannot decide residence)"));
    }
    boolean datesInRange = InputLimits.checkDate(problems, "assessmentDate", assessmentDate())
        & InputLimits.checkDate(problems, "birthDate", birthDate())
        & InputLimits.checkDate(problems, "lastProfessionalActivityEnd", lastProfessionalActivityEnd());
    if (datesInRange && birthDate() != null && birthDate().isAfter(assessmentDate())) {
      problems.add(new InputProblem("birthDate",
          "is after the assessment date"));
    }
    if (Boolean.TRUE.equals(neverWorked()) && lastProfessionalActivityEnd() != null) {
      problems.add(new InputProblem("lastProfessionalActivityEnd",
          "is given although neverWorked is true"));
    }
    List<String> benefits = minimaSociaux();
    if (benefits != null && benefits.size() > MinimaSociaux.all().size()) {
      problems.add(new InputProblem("minimaSociaux", benefits.size() + " codes: there are only "
          + MinimaSociaux.all().size() + " minimum social benefits"));
    } else if (benefits != null) {
      for (int i = 0; i < benefits.size(); i++) {
        String problem = MinimaSociaux.problem(benefits.get(i),
            InputLimits.inRange(assessmentDate()) ? assessmentDate() : null);
        if (problem != null) {
          problems.add(new InputProblem("minimaSociaux[" + i + "]", problem));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
