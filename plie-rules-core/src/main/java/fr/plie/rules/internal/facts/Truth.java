package fr.plie.rules.internal.facts;

/** Kleene's three-valued truth, for conditions whose facts may be unknown. */
public enum Truth {
  TRUE,
  FALSE,
  UNKNOWN
}
