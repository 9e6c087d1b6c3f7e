package fr.plie.rules.model;

/** The routes to a positive exit listed by §I.C.2 of the call for projects, in the text's order. */
public enum ExitRoute {
  /** « Emploi en CDI mi-temps minimum (ou moins sur accord du participant) au terme de 6 mois ». */
  CDI,
  /** « Intérim régulier cumulant au moins 6 mois dans les 12 mois ». */
  INTERIM,
  /** « CDD unique ou successifs au terme de 6 mois dans les 12 mois ». */
  CDD,
  /** « Formation qualifiante ». */
  FORMATION_QUALIFIANTE,
  /** « Création ou reprise d'activité, suivi de 6 mois post création ». */
  CREATION_ENTREPRISE,
  /** « Contrats aidés de plus de 6 mois hors chantiers d'insertion ». */
  CONTRAT_AIDE,
  /** The senior exception: 55 or more, six months in a chantier d'insertion, commission validation. */
  SENIOR_CHANTIER_INSERTION
}
