package fr.plie.rules.internal.facts;

/**
 * A commune code no longer in use on the assessment day, and the code that took it over (a merger
 * into a commune nouvelle, or a commune déléguée): inserted by the row of the retired-codes table
 * that applies that day. The retired code is then read as its successor, and the decision says so.
 */
public record RetiredCommune(
    String inseeCode, String name, String successorInseeCode, String successorName,
    String reference, TableRow row) {}
