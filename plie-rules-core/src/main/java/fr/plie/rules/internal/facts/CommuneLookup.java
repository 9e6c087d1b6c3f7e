package fr.plie.rules.internal.facts;

/**
 * A commune code to look up in the commune tables: the applicant's, or the successor of a retired
 * code. Only the rows for looked-up codes fire, so a decision cites exactly the rows it used.
 */
public record CommuneLookup(String inseeCode) {}
