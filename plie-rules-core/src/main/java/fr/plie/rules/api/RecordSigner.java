package fr.plie.rules.api;

import fr.plie.rules.internal.Ed25519Keys;
import fr.plie.rules.internal.SignedRecords;
import fr.plie.rules.model.DecisionRecord;
import java.nio.file.Path;
import java.security.PrivateKey;

/**
 * Signs decision records with an Ed25519 private key (JDK, RFC 8032), over the record's canonical
 * form (docs/records.md). Attach one to a facade to sign every decision it takes:
 *
 * <pre>{@code
 * PlieRules rules = PlieRules.load().withSigner(RecordSigner.ed25519(Path.of("keys/private-key.pem")));
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class RecordSigner {
  private final PrivateKey key;
  private final String keyId;

  private RecordSigner(PrivateKey key) {
    this.key = key;
    this.keyId = Ed25519Keys.keyId(Ed25519Keys.publicKeyOf(key));
  }

  /**
   * From a PKCS#8 PEM text ({@code -----BEGIN PRIVATE KEY-----}).
   *
   * @param privateKeyPem the private key, as PEM text
   * @return a signer with that key
   * @throws RecordKeyException when it is not an Ed25519 private key
   */
  public static RecordSigner ed25519(String privateKeyPem) {
    return RecordKeyException.reported(() ->
        new RecordSigner(Ed25519Keys.privateKey(privateKeyPem, "private key")));
  }

  /**
   * From a PKCS#8 PEM file, such as {@code private-key.pem} written by {@link RecordKeys#generate}.
   *
   * @param privateKeyFile the private key's file
   * @return a signer with that key
   * @throws RecordKeyException naming the file when it is missing or not an Ed25519 private key
   */
  public static RecordSigner ed25519(Path privateKeyFile) {
    String name = "private key " + privateKeyFile;
    return RecordKeyException.reported(() -> new RecordSigner(
        Ed25519Keys.privateKey(Ed25519Keys.readFile(privateKeyFile, "private key"), name)));
  }

  /**
   * {@return {@code sha256:} and the SHA-256 of the matching public key (its SubjectPublicKeyInfo),
   * as signatures name it}
   */
  public String keyId() {
    return keyId;
  }

  /**
   * Signs a record.
   *
   * @param <D> the kind of record (entry or exit decision)
   * @param record the record, full or pseudonymised
   * @return the record with its signature (replacing any previous one)
   */
  public <D extends DecisionRecord> D sign(D record) {
    return SignedRecords.sign(record, key, keyId);
  }
}
