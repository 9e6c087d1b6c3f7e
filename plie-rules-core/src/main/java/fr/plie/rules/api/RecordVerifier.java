package fr.plie.rules.api;

import com.fasterxml.jackson.databind.JsonNode;
import fr.plie.rules.internal.Ed25519Keys;
import fr.plie.rules.internal.SignedRecords;
import fr.plie.rules.model.DecisionRecord;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.SignatureStatus;
import java.nio.file.Path;
import java.security.PublicKey;

/**
 * Checks decision records' signatures with an Ed25519 public key: {@link SignatureStatus#VALID}
 * (signed by that key and unchanged since), {@link SignatureStatus#INVALID} (changed, signed by
 * another key, or a malformed signature) or {@link SignatureStatus#UNSIGNED}. Immutable and
 * thread-safe.
 */
public final class RecordVerifier {
  private final PublicKey key;
  private final String keyId;

  private RecordVerifier(PublicKey key) {
    this.key = key;
    this.keyId = Ed25519Keys.keyId(key);
  }

  /**
   * What a check found: the status, one sentence saying why, and whether the signature is
   * malformed.
   *
   * @param status the signature's status
   * @param detail one sentence saying why
   * @param malformed whether the signature field itself is malformed
   */
  public record Verification(SignatureStatus status, String detail, boolean malformed) {}

  /**
   * From an X.509 SubjectPublicKeyInfo PEM text ({@code -----BEGIN PUBLIC KEY-----}).
   *
   * @param publicKeyPem the public key, as PEM text
   * @return a verifier with that key
   * @throws RecordKeyException when it is not an Ed25519 public key
   */
  public static RecordVerifier ed25519(String publicKeyPem) {
    return RecordKeyException.reported(() ->
        new RecordVerifier(Ed25519Keys.publicKey(publicKeyPem, "public key")));
  }

  /**
   * From a PEM file such as {@code public-key.pem} written by {@link RecordKeys#generate}.
   *
   * @param publicKeyFile the public key's file
   * @return a verifier with that key
   * @throws RecordKeyException naming the file when it is missing or not an Ed25519 public key
   */
  public static RecordVerifier ed25519(Path publicKeyFile) {
    String name = "public key " + publicKeyFile;
    return RecordKeyException.reported(() -> new RecordVerifier(
        Ed25519Keys.publicKey(Ed25519Keys.readFile(publicKeyFile, "public key"), name)));
  }

  /**
   * {@return the key id the verifier expects in a signature: {@code sha256:} and the SHA-256 of its
   * public key}
   */
  public String keyId() {
    return keyId;
  }

  /**
   * Checks a record held as a value (its JSON as this library writes it).
   *
   * @param record the record
   * @return what the check found
   */
  public Verification verify(DecisionRecord record) {
    return verify(PlieJson.toTree(record));
  }

  /**
   * Checks a record as read from a file: the JSON tree as it is, so that a record of an older
   * format, or one this library would not read, can still be checked.
   *
   * @param record the record's JSON tree
   * @return what the check found; a tree that is not an object is INVALID
   */
  public Verification verify(JsonNode record) {
    if (record == null || !record.isObject()) {
      return new Verification(SignatureStatus.INVALID, "a record must be a JSON object", true);
    }
    SignedRecords.Check check = SignedRecords.verify(record, key, keyId);
    return new Verification(check.status(), check.detail(), check.malformed());
  }
}
