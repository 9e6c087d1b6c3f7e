package fr.plie.rules.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an {@link EntryDecision} and an {@link ExitDecision} share as stored records: their format,
 * identity, time, form and signature, and whose decision it is under which rules.
 */
public interface DecisionRecord {
  /** The record format written by this library (see the JSON Schemas' {@code recordFormat}). */
  int CURRENT_FORMAT = 1;

  /**
   * Decisions stored before records had an identity (no {@code recordFormat}, {@code decisionId}
   * or {@code decidedAt}): still read, so that they replay with the rules that made them.
   */
  int LEGACY_FORMAT = 0;

  /**
   * The layout version of the record; {@value #CURRENT_FORMAT} for records this library writes,
   * {@value #LEGACY_FORMAT} for a decision stored before records had an identity.
   */
  int recordFormat();

  /**
   * Identifies this decision; a pseudonymised copy keeps it. Not compared by a replay. Absent only
   * in a {@link #LEGACY_FORMAT} record.
   */
  @Nullable UUID decisionId();

  /**
   * When the decision was taken (UTC, to the millisecond), from the facade's clock. Not compared by
   * a replay. Absent only in a {@link #LEGACY_FORMAT} record.
   */
  @Nullable Instant decidedAt();

  RecordForm form();

  /** Absent when the record is not signed. */
  @Nullable RecordSignature signature();

  /** The caller's identifier, or its keyed pseudonym in a {@link RecordForm#PSEUDONYMISED} record. */
  String participantId();

  LocalDate assessmentDate();

  RuleSetReference ruleSet();

  List<FiredRule> firedRules();

  String explanation();
}
