package fr.plie.rules.internal.facts;

/** A remark a rule makes about how it read the input; copied into the decision's notes. */
public record DecisionNote(String text, String rule) {}
