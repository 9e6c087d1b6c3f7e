package fr.plie.rules.model;

/**
 * The entry criteria of §I.C.1 of the call for projects, as the rules assess them. An applicant
 * is eligible when all five are met.
 */
public enum Criterion {
  /** Lives in one of the communes of the PLIE perimeter (the Communauté urbaine du Grand Dijon). */
  TERRITORY,
  /** Is authorised to work in France ("disposer d'une autorisation de travailler"). */
  WORK_AUTHORIZATION,
  /** Wants to enter an integrated pathway to employment ("souhaiter s'inscrire dans un parcours intégré"). */
  PATHWAY_CONSENT,
  /** The first series of criteria: the person's situation on the labour market. */
  LABOUR_MARKET,
  /** The second series of criteria: the person's personal situation. */
  PERSONAL_SITUATION
}
