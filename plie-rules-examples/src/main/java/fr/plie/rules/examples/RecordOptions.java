package fr.plie.rules.examples;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.api.Pseudonymiser;
import fr.plie.rules.api.RecordKeyException;
import fr.plie.rules.api.RecordSigner;
import fr.plie.rules.api.RecordVerifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The decision-record options of the command line, taken out of a command's arguments and their
 * keys read at once (so that a bad key stops the command before anything is decided):
 * {@code --sign-key PRIVATE.pem} and {@code --pseudonymise KEYFILE} for the deciding commands,
 * {@code --public-key PUBLIC.pem} for {@code verify} and {@code replay}.
 */
final class RecordOptions {
  static final String SIGN_KEY = "--sign-key";
  static final String PSEUDONYMISE = "--pseudonymise";
  static final String PUBLIC_KEY = "--public-key";
  private static final Set<String> DECIDING = Set.of("entry", "exit", "decide");
  private static final Set<String> CHECKING = Set.of("verify", "replay");

  final RecordSigner signer;
  final Pseudonymiser pseudonymiser;
  final RecordVerifier verifier;

  private RecordOptions(RecordSigner signer, Pseudonymiser pseudonymiser, RecordVerifier verifier) {
    this.signer = signer;
    this.pseudonymiser = pseudonymiser;
    this.verifier = verifier;
  }

  /** A misplaced option or a missing value: the command's usage was wrong. */
  static final class UsageError extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
      super(message);
    }
  }

  /**
   * Removes the options and their values from {@code args} and reads their keys.
   *
   * @throws UsageError when an option lacks its value or does not belong to the command
   * @throws RecordKeyException when a key file is missing or not a key of the expected kind
   */
  static RecordOptions extract(String command, List<String> args) {
    String signKey = take(args, SIGN_KEY);
    String pseudonymKey = take(args, PSEUDONYMISE);
    String publicKey = take(args, PUBLIC_KEY);
    if ((signKey != null || pseudonymKey != null) && !DECIDING.contains(command)) {
      throw new UsageError((signKey != null ? SIGN_KEY : PSEUDONYMISE)
          + " goes with a deciding command (entry, exit, decide), not with " + command);
    }
    if (publicKey != null && !CHECKING.contains(command)) {
      throw new UsageError(PUBLIC_KEY + " goes with verify or replay, not with " + command);
    }
    return new RecordOptions(
        signKey == null ? null : RecordSigner.ed25519(Path.of(signKey)),
        pseudonymKey == null ? null : Pseudonymiser.fromKeyFile(Path.of(pseudonymKey)),
        publicKey == null ? null : RecordVerifier.ed25519(Path.of(publicKey)));
  }

  /**
   * The options as parsed by the command line, their keys read at once.
   *
   * @throws RecordKeyException when a key file is missing or not a key of the expected kind
   */
  static RecordOptions of(Path signKey, Path pseudonymKey, Path publicKey) {
    return new RecordOptions(
        signKey == null ? null : RecordSigner.ed25519(signKey),
        pseudonymKey == null ? null : Pseudonymiser.fromKeyFile(pseudonymKey),
        publicKey == null ? null : RecordVerifier.ed25519(publicKey));
  }

  /** The facade that writes records as asked: pseudonymised, then signed; verifying replays. */
  PlieRules apply(PlieRules rules) {
    PlieRules out = rules;
    if (pseudonymiser != null) {
      out = out.withPseudonymiser(pseudonymiser);
    }
    if (signer != null) {
      out = out.withSigner(signer);
    }
    if (verifier != null) {
      out = out.withVerifier(verifier);
    }
    return out;
  }

  private static String take(List<String> args, String option) {
    int at = args.indexOf(option);
    if (at < 0) {
      return null;
    }
    if (at + 1 >= args.size() || args.get(at + 1).startsWith("--")) {
      throw new UsageError(option + " needs a file");
    }
    String value = args.get(at + 1);
    args.remove(at + 1);
    args.remove(at);
    if (args.contains(option)) {
      throw new UsageError(option + " is given more than once");
    }
    return value;
  }
}
