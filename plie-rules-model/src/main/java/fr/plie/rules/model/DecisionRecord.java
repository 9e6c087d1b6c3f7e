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
   * {@return the layout version of the record: {@value #CURRENT_FORMAT} for records this library
   * writes, {@value #LEGACY_FORMAT} for a decision stored before records had an identity}
   */
  int recordFormat();

  /**
   * {@return the id of this decision, which a pseudonymised copy keeps; not compared by a replay.
   * Absent only in a {@link #LEGACY_FORMAT} record}
   */
  @Nullable UUID decisionId();

  /**
   * {@return when the decision was taken (UTC, to the millisecond), from the facade's clock; not
   * compared by a replay. Absent only in a {@link #LEGACY_FORMAT} record}
   */
  @Nullable Instant decidedAt();

  /** {@return whether the record is written in full or pseudonymised} */
  RecordForm form();

  /** {@return the record's signature; absent when the record is not signed} */
  @Nullable RecordSignature signature();

  /**
   * {@return the caller's identifier, or its keyed pseudonym in a {@link RecordForm#PSEUDONYMISED}
   * record}
   */
  String participantId();

  /** {@return the day the decision assesses, as the input gave it} */
  LocalDate assessmentDate();

  /**
   * {@return the rules that decided: rule set, version, revision, fingerprint and library build}
   */
  RuleSetReference ruleSet();

  /**
   * {@return the rules and table rows that fired, in firing order, each with its file and section}
   */
  List<FiredRule> firedRules();

  /** {@return the decision explained in French, for the person and the auditor} */
  String explanation();
}
