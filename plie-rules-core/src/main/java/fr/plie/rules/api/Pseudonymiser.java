package fr.plie.rules.api;

import fr.plie.rules.internal.Pseudonymisation;
import fr.plie.rules.model.DecisionRecord;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ImmutableEntryDecision;
import fr.plie.rules.model.ImmutableExitDecision;
import fr.plie.rules.model.RecordForm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes the pseudonymised form of decision records, for long-term storage: the participant id
 * replaced by {@code hmac-sha256:} and the HMAC-SHA256 of the id under a secret key (the same
 * person and key always give the same pseudonym, so records can still be linked; without the key
 * the id cannot be recomputed), employer names and unused birth dates and special-category facts
 * left out, and no special-category value repeated in the reasons (README, "Decision records").
 * A pseudonymised record still replays and, once signed, verifies.
 *
 * <pre>{@code
 * PlieRules rules = PlieRules.load()
 *     .withPseudonymiser(Pseudonymiser.fromKeyFile(Path.of("pseudonym.key")))
 *     .withSigner(RecordSigner.ed25519(Path.of("keys/private-key.pem")));
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class Pseudonymiser {
  /** The shortest secret accepted: 256 bits, the HMAC-SHA256 output length (RFC 2104 §3). */
  public static final int MINIMUM_KEY_BYTES = 32;
  private static final String MAC = "HmacSHA256";
  private final byte[] key;

  private Pseudonymiser(byte[] key, String name) {
    if (key.length < MINIMUM_KEY_BYTES) {
      throw new RecordKeyException(name, "holds " + key.length + " bytes; a pseudonymisation key"
          + " needs at least " + MINIMUM_KEY_BYTES + " secret bytes (e.g. head -c 32 /dev/urandom > FILE)");
    }
    this.key = key.clone();
  }

  /**
   * A pseudonymiser keyed with {@code secretKey} (copied).
   *
   * @param secretKey the secret key, at least {@value #MINIMUM_KEY_BYTES} bytes
   * @return the pseudonymiser
   * @throws RecordKeyException when the key is shorter than {@value #MINIMUM_KEY_BYTES} bytes
   */
  public static Pseudonymiser hmacSha256(byte[] secretKey) {
    return new Pseudonymiser(secretKey, "pseudonymisation key");
  }

  /**
   * The key is the file's bytes, as they are.
   *
   * @param keyFile the file holding the secret key
   * @return the pseudonymiser
   * @throws RecordKeyException naming the file when it is missing, unreadable or too short
   */
  public static Pseudonymiser fromKeyFile(Path keyFile) {
    String name = "pseudonymisation key " + keyFile;
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(keyFile);
    } catch (NoSuchFileException e) {
      throw new RecordKeyException(name, "no such file");
    } catch (IOException e) {
      throw new RecordKeyException(name, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    try {
      return new Pseudonymiser(bytes, name);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /**
   * The keyed pseudonym of a participant: the same id gives the same pseudonym with the same key.
   *
   * @param participantId the caller's identifier
   * @return {@code hmac-sha256:} and 64 hexadecimal digits
   */
  public String pseudonym(String participantId) {
    try {
      Mac mac = Mac.getInstance(MAC);
      mac.init(new SecretKeySpec(key, MAC));
      return "hmac-sha256:" + HexFormat.of().formatHex(
          mac.doFinal(participantId.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no HMAC-SHA256", e);
    }
  }

  /**
   * The pseudonymised form of a full record (unsigned: sign it again if needed); its decision id
   * and time are kept.
   *
   * @param <D> the kind of record (entry or exit decision)
   * @param record a record in its full form
   * @return the record in its pseudonymised form
   * @throws IllegalArgumentException when the record is already pseudonymised
   */
  public <D extends DecisionRecord> D pseudonymise(D record) {
    if (record.form() == RecordForm.PSEUDONYMISED) {
      throw new IllegalArgumentException("the record " + record.decisionId()
          + " is already pseudonymised");
    }
    String pseudonym = pseudonym(record.participantId());
    DecisionRecord renamed;
    if (record instanceof EntryDecision entry) {
      renamed = ImmutableEntryDecision.copyOf(entry).withParticipantId(pseudonym);
    } else if (record instanceof ExitDecision exit) {
      renamed = ImmutableExitDecision.copyOf(exit).withParticipantId(pseudonym);
    } else {
      throw new IllegalArgumentException("not a decision record: " + record.getClass().getSimpleName());
    }
    @SuppressWarnings("unchecked")
    D minimised = (D) Pseudonymisation.minimise(renamed);
    return minimised;
  }
}
