package fr.plie.rules.api;

/**
 * A key that cannot be used to sign, verify or pseudonymise: a missing or unreadable file, a file
 * that is not a PEM key of the expected kind, a pseudonymisation key that is too short. The
 * message names the key and the problem, never the key's content.
 */
public final class RecordKeyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public RecordKeyException(String key, String problem) {
    super(key + ": " + problem);
  }
}
