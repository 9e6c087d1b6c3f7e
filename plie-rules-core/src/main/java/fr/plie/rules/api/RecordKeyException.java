package fr.plie.rules.api;

import fr.plie.rules.internal.KeyProblem;
import java.util.function.Supplier;

/**
 * A key that cannot be used to sign, verify or pseudonymise: a missing or unreadable file, a file
 * that is not a PEM key of the expected kind, a pseudonymisation key that is too short. The
 * message names the key and the problem, never the key's content.
 */
public final class RecordKeyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * A key refused.
   *
   * @param key the key as the message names it (e.g. {@code private key keys/private-key.pem})
   * @param problem what is wrong with it, never its content
   */
  public RecordKeyException(String key, String problem) {
    super(key + ": " + problem);
  }

  /** Runs internal code, reporting the key problems it finds as this exception. */
  static <T> T reported(Supplier<T> action) {
    try {
      return action.get();
    } catch (KeyProblem e) {
      RecordKeyException reported = new RecordKeyException(e.key(), e.problem());
      reported.initCause(e);
      throw reported;
    }
  }
}
