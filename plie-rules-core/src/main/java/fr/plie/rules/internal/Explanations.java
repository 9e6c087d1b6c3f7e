package fr.plie.rules.internal;

import fr.plie.rules.model.Criterion;
import fr.plie.rules.model.CriterionAssessment;
import fr.plie.rules.model.CriterionStatus;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.EntryOutcome;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitOutcome;
import fr.plie.rules.model.RouteAssessment;
import fr.plie.rules.internal.exit.ExitLabels;
import fr.plie.rules.model.RuleSetReference;
import java.util.List;
import java.util.function.Function;

/** Writes decisions in French for the participant's file and the referent. */
final class Explanations {
  private Explanations() {}

  static String entry(EntryDecision d) {
    StringBuilder out = new StringBuilder(capacity(d.notes(), d.criteria(),
        CriterionAssessment::reason, CriterionAssessment::tableRows));
    out.append("Entrée dans le PLIE : ").append(d.participantId()).append(", évaluée au ")
        .append(d.assessmentDate()).append(" : ").append(outcome(d.outcome())).append(".\n");
    out.append(rules(d.ruleSet())).append('\n');
    for (String note : d.notes()) {
      out.append("Note : ").append(note).append('\n');
    }
    for (CriterionAssessment c : d.criteria()) {
      out.append("- ").append(label(c.id())).append(" (").append(c.citation().section())
          .append(") : ").append(status(c.status())).append(". ").append(c.reason());
      if (!c.tableRows().isEmpty()) {
        out.append(" [").append(String.join(" ; ", c.tableRows())).append(']');
      }
      out.append('\n');
    }
    if (d.outcome() == EntryOutcome.UNDETERMINED && !d.missingFacts().isEmpty()) {
      out.append("Pour conclure, renseigner : ").append(String.join(", ", d.missingFacts()))
          .append(".\n");
    }
    return out.toString();
  }

  static String exit(ExitDecision d) {
    StringBuilder out = new StringBuilder(capacity(d.notes(), d.routes(),
        RouteAssessment::reason, RouteAssessment::tableRows));
    out.append("Sortie du PLIE : ").append(d.participantId()).append(", évaluée au ")
        .append(d.assessmentDate()).append(" : ").append(outcome(d)).append(".\n");
    out.append(rules(d.ruleSet())).append('\n');
    for (String note : d.notes()) {
      out.append("Note : ").append(note).append('\n');
    }
    for (RouteAssessment r : d.routes()) {
      out.append("- ").append(ExitLabels.route(r.route())).append(" (")
          .append(r.citation().section()).append(") : ").append(r.reason());
      if (!r.tableRows().isEmpty()) {
        out.append(" [").append(String.join(" ; ", r.tableRows())).append(']');
      }
      out.append('\n');
    }
    if (!d.missingFacts().isEmpty()) {
      out.append("Pour conclure, renseigner : ").append(String.join(", ", d.missingFacts()))
          .append(".\n");
    }
    return out.toString();
  }

  /**
   * Room for the whole text at once (the reasons, rows and notes, plus each line's labels): growing
   * a builder by doubling cost 1.3 µs of an exit decision (5.7 against 4.4 µs for its
   * explanation).
   */
  private static <T> int capacity(List<String> notes, List<T> lines, Function<T, String> reason,
      Function<T, List<String>> tableRows) {
    int size = 512;
    for (String note : notes) {
      size += note.length() + 8;
    }
    for (T line : lines) {
      size += reason.apply(line).length() + 96;
      for (String row : tableRows.apply(line)) {
        size += row.length() + 3;
      }
    }
    return size;
  }

  private static String outcome(ExitDecision d) {
    return switch (d.outcome()) {
      case POSITIVE -> "SORTIE POSITIVE au " + d.positiveExitDate();
      case PENDING_COMMISSION -> "EN ATTENTE de la validation de la commission des entrées-sorties";
      case IN_PROGRESS -> "EN COURS, sortie positive prévue au " + d.projectedPositiveExitDate()
          + " si les activités se déroulent comme prévu";
      case UNDETERMINED -> "INDÉTERMINÉE (faits manquants)";
      case NOT_POSITIVE -> "PAS DE SORTIE POSITIVE";
    };
  }

  static String rules(RuleSetReference r) {
    // Revision 1 is written as before revisions existed: recorded explanations replay unchanged.
    return "Règles appliquées : " + r.id() + " version " + r.version()
        + (r.revision() == 1 ? "" : " révision " + r.revision()) + " (en vigueur à partir du "
        + r.validFrom() + ", empreinte "
        + r.fingerprint() + ").";
  }

  private static String outcome(EntryOutcome outcome) {
    return switch (outcome) {
      case ELIGIBLE -> "ÉLIGIBLE";
      case NOT_ELIGIBLE -> "NON ÉLIGIBLE";
      case UNDETERMINED -> "INDÉTERMINÉ (faits manquants)";
    };
  }

  private static String status(CriterionStatus status) {
    return switch (status) {
      case MET -> "rempli";
      case NOT_MET -> "non rempli";
      case UNKNOWN -> "inconnu";
    };
  }

  static String label(Criterion criterion) {
    return switch (criterion) {
      case TERRITORY -> "Résidence sur le territoire du PLIE";
      case WORK_AUTHORIZATION -> "Autorisation de travailler";
      case PATHWAY_CONSENT -> "Souhait d'un parcours intégré d'accès à l'emploi";
      case LABOUR_MARKET -> "Situation sur le marché du travail";
      case PERSONAL_SITUATION -> "Situation personnelle";
    };
  }
}
