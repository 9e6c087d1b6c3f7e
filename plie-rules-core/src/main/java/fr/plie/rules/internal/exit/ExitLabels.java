package fr.plie.rules.internal.exit;

import fr.plie.rules.model.ActivityType;
import fr.plie.rules.model.ExitRoute;

/** French words for exit routes and activities. */
public final class ExitLabels {
  private ExitLabels() {}

  public static String route(ExitRoute route) {
    return switch (route) {
      case CDI -> "CDI d'au moins un mi-temps";
      case INTERIM -> "Intérim régulier";
      case CDD -> "CDD unique ou successifs";
      case FORMATION_QUALIFIANTE -> "Formation qualifiante";
      case CREATION_ENTREPRISE -> "Création ou reprise d'activité";
      case CONTRAT_AIDE -> "Contrat aidé hors chantier d'insertion";
      case SENIOR_CHANTIER_INSERTION -> "Senior en chantier d'insertion";
    };
  }

  /** "le CDI", "la mission d'intérim"… */
  public static String activity(ActivityType type) {
    return switch (type) {
      case CDI -> "le CDI";
      case CDD -> "le CDD";
      case INTERIM -> "la mission d'intérim";
      case CONTRAT_AIDE -> "le contrat aidé";
      case CHANTIER_INSERTION -> "le contrat en chantier d'insertion";
      case FORMATION_QUALIFIANTE -> "la formation qualifiante";
      case CREATION_ENTREPRISE -> "l'activité créée ou reprise";
    };
  }

  /** "les CDD", "les missions d'intérim" (for cumulated routes). */
  public static String plural(ExitRoute route) {
    return switch (route) {
      case INTERIM -> "les missions d'intérim";
      case CDD -> "les CDD";
      default -> "les activités de la voie " + route(route);
    };
  }

  /** The text with its first letter in upper case: "Le CDD". */
  public static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
