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

  /** {@return a new builder; {@code build()} checks the value} */
  public static ImmutableEntryApplication.Builder builder() {
    return ImmutableEntryApplication.builder();
  }

  /** {@return the caller's identifier of the person, echoed in the decision} */
  public abstract String participantId();

  /**
   * {@return the day on which eligibility is assessed; it also selects the rule-set version in
   * force}
   */
  public abstract LocalDate assessmentDate();

  /**
   * {@return the birth date, informative for entry (no age criterion in §I.C.1); absent when
   * unknown}
   */
  public abstract @Nullable LocalDate birthDate();

  /**
   * {@return the INSEE code (code officiel géographique) of the commune of residence, not the
   * postal code; absent when unknown}
   */
  public abstract @Nullable String residenceInseeCode();

  /** {@return whether the person is authorised to work in France; absent when unknown} */
  public abstract @Nullable Boolean workAuthorization();

  /**
   * {@return whether the person consents to an individualised, integrated pathway (« parcours
   * intégré »); absent when unknown}
   */
  public abstract @Nullable Boolean wantsIntegratedPathway();

  /**
   * {@return whether the person's qualification or skills are insufficient or unsuited to the
   * labour market; absent when unknown}
   */
  public abstract @Nullable Boolean insufficientQualification();

  /**
   * {@return whether the person does not master the basic skills (« compétences de base »); absent
   * when unknown}
   */
  public abstract @Nullable Boolean lacksBasicSkills();

  /** {@return whether the person has never had a professional activity; absent when unknown} */
  public abstract @Nullable Boolean neverWorked();

  /** {@return the last day (inclusive) of the last professional activity; absent when unknown} */
  public abstract @Nullable LocalDate lastProfessionalActivityEnd();

  /**
   * {@return whether the person is registered as a job seeker, informative only: the text says «
   * inscrites ou non comme demandeuses d'emploi »}
   */
  public abstract @Nullable Boolean registeredWithPoleEmploi();

  /**
   * Codes of the minimum social benefits received, from the closed list {@link MinimaSociaux}
   * (RSA, ASS, AAH…); empty means none, null unknown.
   *
   * @return the codes, as given
   */
  // @AllowNulls: a null element must reach check() below, which names it (minimaSociaux[i]);
  // without it the generated builder threw a NullPointerException first, reported against
  // "(document)" with a Java class name (found by PlieJsonTest).
  @AllowNulls
  public abstract @Nullable List<@Nullable String> minimaSociaux();

  /**
   * {@return whether the person has a socio-professional orientation (e.g. the RSA orientation
   * towards employment support); absent when unknown}
   */
  public abstract @Nullable Boolean socioProfessionalOrientation();

  /**
   * {@return whether the person's family situation is complex (e.g. a single parent with dependent
   * children); absent when unknown}
   */
  public abstract @Nullable Boolean complexFamilySituation();

  /** {@return whether the person has mobility problems; absent when unknown} */
  public abstract @Nullable Boolean mobilityProblems();

  /** {@return whether the person has housing problems; absent when unknown} */
  public abstract @Nullable Boolean housingProblems();

  /** {@return whether the person has health problems or a disability; absent when unknown} */
  public abstract @Nullable Boolean healthOrDisabilityProblems();

  /**
   * {@return whether the person is followed by Cap Emploi (the employment service for disabled
   * people); absent when unknown}
   */
  public abstract @Nullable Boolean followedByCapEmploi();

  /**
   * {@return whether the person is under a court measure (« sous main de justice »); absent when
   * unknown}
   */
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
