package fr.plie.rules.model;

/** The kinds of activity a participant may hold after the PLIE, as §I.C.2 names them. */
public enum ActivityType {
  /** Contrat à durée indéterminée. */
  CDI,
  /** Contrat à durée déterminée. */
  CDD,
  /** A temporary-work (intérim) mission. */
  INTERIM,
  /** A subsidised contract (contrat aidé) outside a chantier d'insertion. */
  CONTRAT_AIDE,
  /** A contract within a chantier d'insertion (never a contrat aidé route, see §I.C.2). */
  CHANTIER_INSERTION,
  /** A qualifying training course (formation qualifiante). */
  FORMATION_QUALIFIANTE,
  /** The creation or takeover of a business (création ou reprise d'activité). */
  CREATION_ENTREPRISE
}
