package fr.plie.rules.model;

/** What checking a decision record's signature found. */
public enum SignatureStatus {
  /** Signed with the key checked against, and not changed since. */
  VALID,
  /** Signed, but not by that key, or changed since it was signed, or the signature is malformed. */
  INVALID,
  /** The record carries no signature. */
  UNSIGNED,
  /** In a replay report only: the record is signed, but no public key was given to check it. */
  NOT_CHECKED
}
