package fr.plie.rules.examples.report;

import fr.plie.rules.model.ActivityType;
import fr.plie.rules.model.Criterion;
import fr.plie.rules.model.CriterionStatus;
import fr.plie.rules.model.EntryOutcome;
import fr.plie.rules.model.ExitOutcome;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.RouteStatus;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The French words of the report for the model's codes (the codes stay shown beside them). */
final class Labels {
  private Labels() {}

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

  /** « 31 décembre 2018 »: the ISO date stays in the records, the reader gets words. */
  static String date(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  static String outcome(EntryOutcome outcome) {
    return switch (outcome) {
      case ELIGIBLE -> "Éligible";
      case NOT_ELIGIBLE -> "Non éligible";
      case UNDETERMINED -> "Indéterminée : des faits manquent";
    };
  }

  static String outcome(ExitOutcome outcome) {
    return switch (outcome) {
      case POSITIVE -> "Sortie positive";
      case PENDING_COMMISSION -> "En attente de la commission";
      case IN_PROGRESS -> "En cours";
      case UNDETERMINED -> "Indéterminée : des faits manquent";
      case NOT_POSITIVE -> "Sortie non positive";
    };
  }

  /** The banner's colour: good, pending, bad or unknown. */
  static String tone(EntryOutcome outcome) {
    return switch (outcome) {
      case ELIGIBLE -> "good";
      case NOT_ELIGIBLE -> "bad";
      case UNDETERMINED -> "unknown";
    };
  }

  static String tone(ExitOutcome outcome) {
    return switch (outcome) {
      case POSITIVE -> "good";
      case PENDING_COMMISSION, IN_PROGRESS -> "pending";
      case UNDETERMINED -> "unknown";
      case NOT_POSITIVE -> "bad";
    };
  }

  static String criterion(Criterion criterion) {
    return switch (criterion) {
      case TERRITORY -> "Territoire";
      case WORK_AUTHORIZATION -> "Autorisation de travail";
      case PATHWAY_CONSENT -> "Adhésion au parcours";
      case LABOUR_MARKET -> "Situation au regard de l'emploi";
      case PERSONAL_SITUATION -> "Situation personnelle";
    };
  }

  static String status(CriterionStatus status) {
    return switch (status) {
      case MET -> "Rempli";
      case NOT_MET -> "Non rempli";
      case UNKNOWN -> "Inconnu";
    };
  }

  static String tone(CriterionStatus status) {
    return switch (status) {
      case MET -> "good";
      case NOT_MET -> "bad";
      case UNKNOWN -> "unknown";
    };
  }

  static String route(ExitRoute route) {
    return switch (route) {
      case CDI -> "CDI";
      case INTERIM -> "Intérim";
      case CDD -> "CDD";
      case FORMATION_QUALIFIANTE -> "Formation qualifiante";
      case CREATION_ENTREPRISE -> "Création ou reprise d'activité";
      case CONTRAT_AIDE -> "Contrat aidé";
      case SENIOR_CHANTIER_INSERTION -> "Chantier d'insertion (55 ans et plus)";
    };
  }

  /** A route's name short enough for the timeline's label column. */
  static String routeShort(ExitRoute route) {
    return switch (route) {
      case CREATION_ENTREPRISE -> "Création";
      case SENIOR_CHANTIER_INSERTION -> "Chantier 55 ans +";
      case FORMATION_QUALIFIANTE -> "Formation";
      default -> route(route);
    };
  }

  static String status(RouteStatus status) {
    return switch (status) {
      case ACQUIRED -> "Acquise";
      case PENDING_COMMISSION -> "En attente de la commission";
      case IN_PROGRESS -> "En cours";
      case NOT_MET -> "Non remplie";
      case UNKNOWN -> "Inconnue";
    };
  }

  static String tone(RouteStatus status) {
    return switch (status) {
      case ACQUIRED -> "good";
      case PENDING_COMMISSION, IN_PROGRESS -> "pending";
      case NOT_MET -> "bad";
      case UNKNOWN -> "unknown";
    };
  }

  static String activity(ActivityType type) {
    return switch (type) {
      case CDI -> "CDI";
      case CDD -> "CDD";
      case INTERIM -> "Intérim";
      case CONTRAT_AIDE -> "Contrat aidé";
      case CHANTIER_INSERTION -> "Chantier d'insertion";
      case FORMATION_QUALIFIANTE -> "Formation qualifiante";
      case CREATION_ENTREPRISE -> "Création d'activité";
    };
  }

  /** An activity type short enough for the timeline's label column. */
  static String activityShort(ActivityType type) {
    return switch (type) {
      case CHANTIER_INSERTION -> "Chantier";
      case FORMATION_QUALIFIANTE -> "Formation";
      case CREATION_ENTREPRISE -> "Création";
      default -> activity(type);
    };
  }

  /** What to ask for a missing fact, by the last name of its path. */
  private static final Map<String, String> QUESTIONS = Map.ofEntries(
      Map.entry("weeklyHours", "Combien d'heures par semaine compte cette activité ?"),
      Map.entry("participantAgreedToFewerHours",
          "Le participant a-t-il accepté de travailler moins que le mi-temps ?"),
      Map.entry("birthDate", "Quelle est la date de naissance du participant ?"),
      Map.entry("commissionDecision", "Quelle est la décision de la commission (validée ou rejetée) ?"),
      Map.entry("end", "À quelle date l'activité a-t-elle pris fin (ou prendra-t-elle fin) ?"),
      Map.entry("start", "À quelle date l'activité a-t-elle commencé ?"),
      Map.entry("residenceInseeCode", "Dans quelle commune le participant réside-t-il (code INSEE) ?"),
      Map.entry("workAuthorization", "Le participant est-il autorisé à travailler en France ?"),
      Map.entry("wantsIntegratedPathway", "Le participant souhaite-t-il s'engager dans un parcours intégré ?"),
      Map.entry("registeredWithPoleEmploi", "Le participant est-il inscrit à Pôle emploi ?"),
      Map.entry("lastProfessionalActivityEnd", "À quelle date a pris fin sa dernière activité professionnelle ?"),
      Map.entry("neverWorked", "Le participant a-t-il déjà travaillé ?"),
      Map.entry("minimaSociaux", "Le participant perçoit-il un minimum social, et lequel ?"),
      Map.entry("socioProfessionalOrientation", "Le participant a-t-il une orientation socioprofessionnelle ?"),
      Map.entry("healthOrDisabilityProblems", "Le participant a-t-il des problèmes de santé ou un handicap ?"),
      Map.entry("followedByCapEmploi", "Le participant est-il suivi par Cap Emploi ?"),
      Map.entry("underJusticeMandate", "Le participant est-il sous mandat de justice ?"),
      Map.entry("housingProblems", "Le participant a-t-il des difficultés de logement ?"),
      Map.entry("mobilityProblems", "Le participant a-t-il des difficultés de mobilité ?"),
      Map.entry("complexFamilySituation", "La situation familiale du participant est-elle complexe ?"),
      Map.entry("insufficientQualification", "Le participant manque-t-il de qualification ?"),
      Map.entry("lacksBasicSkills", "Le participant manque-t-il des savoirs de base ?"));

  /** The question for a missing fact, or null when there is none on file (the path is shown). */
  static String question(String path) {
    String name = path.substring(path.lastIndexOf('.') + 1);
    return QUESTIONS.get(name);
  }
}
